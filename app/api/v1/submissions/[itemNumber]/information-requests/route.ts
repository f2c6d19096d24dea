import { readJsonBody } from '@/lib/api/body';
import { caseSystemRoute } from '@/lib/api/case-system-route';
import { json, notFound } from '@/lib/api/problem';
import { informationRequestSchema } from '@/lib/api/schemas';
import { refusalProblem } from '@/lib/api/submissions';

import { requestInformation } from '@/lib/matters/handling';
import { parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/submissions/{itemNumber}/information-requests: asks the owner for more
 * information (fields of the form to answer again, attachments, a message); the item goes to
 * "information_requested" as when an official asks.
 */
export const POST = caseSystemRoute<{ itemNumber: string }>(async (request, { actor, params }) => {
  const itemNumber = parseItemNumber(params.itemNumber);
  if (!itemNumber) return notFound();
  const body = await readJsonBody(request, informationRequestSchema);
  if (!body.ok) return body.response;
  const result = await requestInformation(actor, itemNumber, body.data);
  if (result.status === 'notFound') return notFound();
  if (result.status === 'invalid') return refusalProblem(result);
  return json({ itemNumber, status: 'information_requested' }, 201);
});
