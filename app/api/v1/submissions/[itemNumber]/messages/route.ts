import { isMultipart, readJsonBody, readMultipartBody } from '@/lib/api/body';
import { caseSystemRoute } from '@/lib/api/case-system-route';
import { invalidBody, json, notFound } from '@/lib/api/problem';
import { formObject, messageSchema, multipartMessageSchema } from '@/lib/api/schemas';
import { refusalProblem } from '@/lib/api/submissions';

import { postCityMessage } from '@/lib/matters/handling';
import { parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/submissions/{itemNumber}/messages: writes to the item's owner, as JSON
 * `{ "body": "…" }` or as multipart/form-data with `body` and up to five `files` (each checked by
 * its bytes, at most 2 MiB). Starts or continues the conversation as an official's message does.
 */
export const POST = caseSystemRoute<{ itemNumber: string }>(async (request, { actor, params }) => {
  const itemNumber = parseItemNumber(params.itemNumber);
  if (!itemNumber) return notFound();
  let input: { body: string; files: File[] };
  if (isMultipart(request)) {
    const form = await readMultipartBody(request);
    if (!form.ok) return form.response;
    const parsed = multipartMessageSchema.safeParse(formObject(form.data, ['files']));
    if (!parsed.success) return invalidBody(parsed.error);
    input = parsed.data;
  } else {
    const body = await readJsonBody(request, messageSchema, { multipart: true });
    if (!body.ok) return body.response;
    input = { body: body.data.body, files: [] };
  }
  const result = await postCityMessage(actor, itemNumber, input);
  if (result.status === 'notFound') return notFound();
  if (result.status === 'invalid') return refusalProblem(result);
  return json({ itemNumber }, 201);
});
