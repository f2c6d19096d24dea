import { getDb } from '@/db';
import { attachmentDownloadHeaders } from '@/lib/attachments/download-headers';
import { ownerOf } from '@/lib/forms/owner';
import { isLocale } from '@/lib/i18n/routing';
import { readFormAttachmentForOwner, readSubmissionFileForOwner } from '@/lib/matters/files';
import { notFoundResponse, residentOfPost } from '@/lib/matters/posted-form';
import { itemFiles } from '@/lib/matters/resident';
import { parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; itemNumber: string; fileId: string }> };

/**
 * A file of one of the resident's own items (FOL6 attachments): a file they attached to the form,
 * or one that came after sending (a message's, a decision, a complement's). Only for the item's
 * owner and only for an item the folder keeps; anyone else, and any file not of this item, 404.
 */
export async function GET(_request: Request, { params }: Context) {
  const { locale, itemNumber, fileId } = await params;
  const number = parseItemNumber(itemNumber);
  if (!isLocale(locale) || number === null) return notFoundResponse();
  const caller = await residentOfPost(locale, `/${locale}/folder/${itemNumber}/files/${encodeURIComponent(fileId)}`);
  if (!caller.ok) return caller.response;
  const owner = ownerOf(caller.session);

  const files = await itemFiles(owner, number);
  if (!files) return notFoundResponse();
  const db = await getDb();
  const file = files.formAttachments.some((entry) => entry.id === fileId)
    ? await readFormAttachmentForOwner(db, owner, fileId)
    : files.submissionFiles.some((entry) => entry.id === fileId)
      ? await readSubmissionFileForOwner(db, owner, fileId)
      : null;
  if (!file) return notFoundResponse();
  return new Response(file.body, { headers: attachmentDownloadHeaders(file) });
}
