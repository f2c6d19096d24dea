import 'server-only';
import type { z } from 'zod';
import { readWithinLimit } from '@/lib/attachments/read-within-limit';
import { invalidBody, problem } from './problem';

/*
 * Reading request bodies of the backend API within a size limit: a JSON body checked by its zod
 * schema, or a multipart form with files. A body is read only as far as its limit, so a huge
 * upload costs at most the limit in memory.
 */

export type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response };

/** JSON bodies are small: a message is at most a few thousand characters. */
export const JSON_BODY_LIMIT = 64 * 1024;

/** A form with one or a few files of at most 2 MiB each, and its text fields. */
export const MULTIPART_BODY_LIMIT = 11 * 1024 * 1024;

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

export function isMultipart(request: Request): boolean {
  return mediaType(request) === 'multipart/form-data';
}

async function limitedBytes(request: Request, limit: number): Promise<BodyResult<Uint8Array>> {
  const declared = Number(request.headers.get('content-length'));
  const tooLarge = problem('tooLarge', `The request body may be at most ${Math.floor(limit / 1024)} KiB.`);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, response: tooLarge };
  if (!request.body) return { ok: true, data: new Uint8Array() };
  const read = await readWithinLimit(request.body, limit);
  if (read.ok) return { ok: true, data: read.bytes };
  return read.reason === 'empty' ? { ok: true, data: new Uint8Array() } : { ok: false, response: tooLarge };
}

/** A JSON body that passes the schema, or the problem answer to send back. */
export async function readJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema, also: { multipart?: boolean } = {}): Promise<BodyResult<z.infer<Schema>>> {
  if (mediaType(request) !== 'application/json') {
    const accepted = also.multipart ? 'application/json or multipart/form-data' : 'application/json';
    return { ok: false, response: problem('unsupportedMediaType', `Send the body as ${accepted}.`) };
  }
  const bytes = await limitedBytes(request, JSON_BODY_LIMIT);
  if (!bytes.ok) return bytes;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.data));
  } catch {
    return { ok: false, response: problem('invalidRequest', 'The body is not valid JSON.') };
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalidBody(parsed.error) };
}

/** A multipart form body, read within its limit. */
export async function readMultipartBody(request: Request): Promise<BodyResult<FormData>> {
  if (!isMultipart(request)) return { ok: false, response: problem('unsupportedMediaType', 'Send the body as multipart/form-data.') };
  const bytes = await limitedBytes(request, MULTIPART_BODY_LIMIT);
  if (!bytes.ok) return bytes;
  try {
    // Parsed from the bytes already read, under the request's own boundary.
    const form = await new Response(bytes.data as BodyInit, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
    return { ok: true, data: form };
  } catch {
    return { ok: false, response: problem('invalidRequest', 'The body is not a valid multipart/form-data form.') };
  }
}
