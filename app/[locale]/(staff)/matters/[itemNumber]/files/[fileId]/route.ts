import { redirect } from 'next/navigation';
import { attachmentDownloadHeaders } from '@/lib/attachments/download-headers';
import { staffSignInPath } from '@/lib/auth/guards';
import { getStaffSession } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/routing';
import { officialActor } from '@/lib/matters/actor';
import { readCityItemFile } from '@/lib/matters/city-files';

import { notFoundResponse } from '@/lib/matters/posted-form';
import { parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; itemNumber: string; fileId: string }> };

/**
 * A file of an item, for an official of the item's division: the form's attachments and the
 * files that came after sending. A signed-out caller goes to the staff sign-in and back; anyone
 * else, and any file that is not this item's, gets a 404.
 */
export async function GET(_request: Request, { params }: Context) {
  const { locale, itemNumber, fileId } = await params;
  const number = parseItemNumber(itemNumber);
  if (!isLocale(locale) || number === null) return notFoundResponse();
  const staff = await getStaffSession();
  if (!staff) redirect(staffSignInPath(locale, `/${locale}/matters/${number}/files/${encodeURIComponent(fileId)}`));
  const actor = officialActor(staff.role === 'official' || staff.role === 'admin' ? staff : null);
  const file = actor ? await readCityItemFile(actor, number, fileId) : null;
  if (!file) return notFoundResponse();
  return new Response(file.body, { headers: attachmentDownloadHeaders(file) });
}
