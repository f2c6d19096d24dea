import { readJsonBody } from '@/lib/api/body';
import { caseSystemRoute } from '@/lib/api/case-system-route';
import { json, notFound } from '@/lib/api/problem';
import { statusChangeSchema } from '@/lib/api/schemas';
import { refusalProblem } from '@/lib/api/submissions';

import { changeStatus } from '@/lib/matters/handling';
import { parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/submissions/{itemNumber}/status `{ "status": "received" }`: moves the item to
 * another status by the same rules, event, notification and audit entry as the back office.
 */
export const POST = caseSystemRoute<{ itemNumber: string }>(async (request, { actor, params }) => {
  const itemNumber = parseItemNumber(params.itemNumber);
  if (!itemNumber) return notFound();
  const body = await readJsonBody(request, statusChangeSchema);
  if (!body.ok) return body.response;
  const result = await changeStatus(actor, itemNumber, body.data.status);
  if (result.status === 'notFound') return notFound();
  if (result.status === 'invalid') return refusalProblem(result);
  return json({ itemNumber, status: body.data.status });
});
