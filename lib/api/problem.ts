/**
 * Answers of the backend API (/api/v1): JSON, never cached, and errors as RFC 9457 problem
 * details (`application/problem+json`) whose `detail` says in plain English what was wrong.
 */
import type { ZodError } from 'zod';

/** The problem types the API answers with; each is described in the OpenAPI document. */
export const problemTypes = {
  unauthorized: { status: 401, title: 'Unauthorized' },
  notFound: { status: 404, title: 'Not found' },
  invalidRequest: { status: 400, title: 'Invalid request' },
  conflict: { status: 409, title: 'Conflict' },
  tooLarge: { status: 413, title: 'Request too large' },
  unsupportedMediaType: { status: 415, title: 'Unsupported media type' },
  internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemType = keyof typeof problemTypes;

const NO_STORE = 'no-store';

/** A problem answer: `type` names the kind (`urn:asiointi:problem:not-found`), `detail` says what to do. */
export function problem(type: ProblemType, detail: string, extra: Record<string, unknown> = {}): Response {
  const { status, title } = problemTypes[type];
  const headers = new Headers({ 'Content-Type': 'application/problem+json', 'Cache-Control': NO_STORE });
  // RFC 6750: a refused bearer token is answered with the scheme to use.
  if (type === 'unauthorized') headers.set('WWW-Authenticate', 'Bearer realm="asiointi-api"');
  const body = { type: `urn:asiointi:problem:${type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, title, status, detail, ...extra };
  return new Response(JSON.stringify(body), { status, headers });
}

/** The one "not found" of the API: for an item that does not exist and for one the caller may not see alike. */
export function notFound(): Response {
  return problem('notFound', 'There is no such item among the submissions this case system may see.');
}

/** A body that did not pass its schema: every problem, each with where it is. */
export function invalidBody(error: ZodError): Response {
  const errors = error.issues.map((issue) => ({ pointer: `/${issue.path.join('/')}`, detail: issue.message }));
  const detail = errors.map((e) => (e.pointer === '/' ? e.detail : `${e.pointer.slice(1)}: ${e.detail}`)).join('; ');
  return problem('invalidRequest', detail, { errors });
}

/** A JSON answer; dates become ISO 8601 strings through Date's toJSON. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': NO_STORE } });
}
