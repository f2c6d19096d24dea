/**
 * Whether a request that changes something came from a page of this portal. Browsers say so in
 * Sec-Fetch-Site; an older one at least sends Origin on a POST, whose host must be the one the
 * request was sent to (as Next checks for server actions). A request with neither is not from a
 * browser page at all (a script with no cookies of the person), and passes: the session cookie
 * is what it would lack.
 */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
