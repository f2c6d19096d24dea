import { caseSystemRoute } from '@/lib/api/case-system-route';
import { json, notFound } from '@/lib/api/problem';
import { formVersionOf, submissionDocument } from '@/lib/api/submissions';

import { openItem } from '@/lib/matters/handling';
import { parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/submissions/{itemNumber}: one item with its answers, form version, events,
 * messages and files. Opening it goes to the access log the owner sees, as an official's does.
 */
export const GET = caseSystemRoute<{ itemNumber: string }>(async (_request, { actor, params }) => {
  const itemNumber = parseItemNumber(params.itemNumber);
  const item = itemNumber ? await openItem(actor, itemNumber, 'api') : null;
  if (!item) return notFound();
  return json(submissionDocument(item, await formVersionOf(item)));
});
