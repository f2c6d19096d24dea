import { caseSystemRoute } from '@/lib/api/case-system-route';
import { notFound } from '@/lib/api/problem';
import { readItemFile } from '@/lib/api/submissions';
import { attachmentDownloadHeaders } from '@/lib/attachments/download-headers';
import { findCityItem } from '@/lib/matters/city-queries';
import { parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/submissions/{itemNumber}/attachments/{attachmentId}: the bytes of one of the
 * item's files, as a download whose type was read from the bytes when it came in.
 */
export const GET = caseSystemRoute<{ itemNumber: string; attachmentId: string }>(async (_request, { actor, params }) => {
  const itemNumber = parseItemNumber(params.itemNumber);
  const item = itemNumber ? await findCityItem(actor, itemNumber) : null;
  const file = item ? await readItemFile(actor, item, params.attachmentId) : null;
  if (!file) return notFound();
  return new Response(file.body, { headers: attachmentDownloadHeaders(file) });
});
