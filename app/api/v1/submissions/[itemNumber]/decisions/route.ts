import { readMultipartBody } from '@/lib/api/body';
import { caseSystemRoute } from '@/lib/api/case-system-route';
import { invalidBody, json, notFound } from '@/lib/api/problem';
import { decisionSchema, formObject } from '@/lib/api/schemas';
import { refusalProblem } from '@/lib/api/submissions';

import { uploadDecision } from '@/lib/matters/handling';
import { parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/submissions/{itemNumber}/decisions: attaches a decision document (multipart
 * `file`, checked by its bytes, at most 2 MiB) to the item's history, where the owner finds it.
 * The status is a step of its own (POST …/status `decided`).
 */
export const POST = caseSystemRoute<{ itemNumber: string }>(async (request, { actor, params }) => {
  const itemNumber = parseItemNumber(params.itemNumber);
  if (!itemNumber) return notFound();
  const form = await readMultipartBody(request);
  if (!form.ok) return form.response;
  const parsed = decisionSchema.safeParse(formObject(form.data));
  if (!parsed.success) return invalidBody(parsed.error);
  const result = await uploadDecision(actor, itemNumber, parsed.data.file);
  if (result.status === 'notFound') return notFound();
  if (result.status === 'invalid') return refusalProblem(result);
  return json({ itemNumber }, 201);
});
