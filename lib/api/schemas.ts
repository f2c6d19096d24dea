/**
 * The bodies the backend API takes, as zod schemas: the routes check with them and the OpenAPI
 * document (lib/api/openapi.ts) describes the same limits.
 */
import { z } from 'zod';
import { MESSAGE_MAX_LENGTH, settableStatuses } from '@/lib/matters/handling';

/** The message for a body that is not the object expected, or has fields the call does not take. */
function objectError(expected: string) {
  return (issue: z.core.$ZodRawIssue) => {
    if (issue.code === 'unrecognized_keys') return `has fields this call does not take: ${issue.keys.join(', ')}`;
    return expected;
  };
}

export const statusChangeSchema = z.strictObject(
  {
    status: z.enum(settableStatuses, {
      error: `must be one of ${settableStatuses.join(', ')} ("information_requested" is set by an information request)`,
    }),
  },
  { error: objectError('must be an object with "status"') },
);

const messageBody = z
  .string({ error: 'must be the message as text' })
  .trim()
  .min(1, 'must not be empty')
  .max(MESSAGE_MAX_LENGTH, `must be at most ${MESSAGE_MAX_LENGTH} characters`);

export const messageSchema = z.strictObject({ body: messageBody }, { error: objectError('must be an object with "body"') });

export const informationRequestSchema = z.strictObject(
  {
    fieldNames: z.array(z.string().regex(/^[A-Za-z0-9]+$/, 'must be a field name of the form'), { error: "must be a list of the form's field names" }).max(100).default([]),
    attachmentsRequested: z.boolean({ error: 'must be true or false' }).default(false),
    message: messageBody,
  },
  { error: objectError('must be an object with "message" and "fieldNames" or "attachmentsRequested"') },
);

/** The most files one message may carry through the API. */
export const MESSAGE_MAX_FILES = 5;

/** A message with files, as multipart/form-data: `body` and up to five `files`. */
export const multipartMessageSchema = z.strictObject(
  {
    body: messageBody,
    files: z.array(z.instanceof(File, { error: 'must be files' })).max(MESSAGE_MAX_FILES, `may be at most ${MESSAGE_MAX_FILES} files`).default([]),
  },
  { error: objectError('must be a form with "body" and optional "files"') },
);

/** A decision document, as multipart/form-data: one `file`. */
export const decisionSchema = z.strictObject({ file: z.instanceof(File, { error: 'must be the decision document as a file' }) }, { error: objectError('must be a form with "file"') });

/** A multipart form as an object: a name given once is a value, a name given several times a list. */
export function formObject(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    object[name] = lists.includes(name) || values.length > 1 ? values : values[0];
  }
  return object;
}
