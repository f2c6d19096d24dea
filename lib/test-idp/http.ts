/**
 * Small answers every route of the test identification service gives, and the switch that
 * makes all of them answer 404 when the service is off.
 */
import { testIdpConfig } from './config';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function notFound(): Response {
  return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Wraps a route handler so that it exists only while the service is enabled. */
export function whenEnabled<Args extends unknown[]>(handler: (request: Request, ...rest: Args) => Promise<Response> | Response) {
  return async (request: Request, ...rest: Args): Promise<Response> => (testIdpConfig.isEnabled() ? handler(request, ...rest) : notFound());
}

/** A redirect after a form post or to another step: the browser follows it with GET. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string>; noStore?: boolean } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...(init.noStore ? NO_STORE : {}), ...init.headers },
  });
}

/** An OAuth 2.0 error answer (RFC 6749 5.2). */
export function oauthError(status: 400 | 401, error: string, description?: string, headers: Record<string, string> = {}): Response {
  return json({ error, ...(description ? { error_description: description } : {}) }, { status, headers, noStore: true });
}
