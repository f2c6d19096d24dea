/**
 * The address a request came from, for rate limits: the first hop of X-Forwarded-For. Next's
 * server fills that header with the connection's address when no proxy set it, so it is always
 * there behind a proxy and without one. A client can write its own first hop, so a limit keyed on
 * this slows floods down but is never the only guard of anything that matters.
 */
export function clientAddress(headers: Headers): string {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  if (first) return first.slice(0, 64);
  return headers.get('x-real-ip')?.trim().slice(0, 64) || 'unknown';
}
