/**
 * Which requests get a page from the cache. A service description is the same for everyone who
 * is not signed in and reads at the default text size, so for them next.config.ts rewrites
 * /{locale}/e-services/{slug} to the cached copy in app/cached/, and the proxy does not run at
 * all (proxy.ts's matcher leaves exactly these requests out): the copy is served about as
 * directly as a file. Anyone else, and the router's own requests for page data, get the page
 * rendered per request. proxy.ts must spell the same conditions out itself, because Next reads
 * its matcher without running any code; cached-pages.test.ts checks that the two agree.
 */
import type { RouteHas } from 'next/dist/lib/load-custom-routes';
import { SESSION_COOKIE_NAMES } from '../auth/session-cookie';

/** Where the cached pages live in app/; from outside the address answers 404. */
export const CACHED_PAGES_PREFIX = '/cached';

/** What makes a visitor's page their own: signed in, a text size of their own, or the router asking. */
export const PERSONAL_REQUEST: RouteHas[] = [
  ...SESSION_COOKIE_NAMES.map((key): RouteHas => ({ type: 'cookie', key })),
  { type: 'cookie', key: 'text-size', value: '(?:125|150)' },
  { type: 'header', key: 'rsc' },
];

export const cachedPageRewrites = [
  {
    source: '/:locale(fi|sv|en)/e-services/:slug([a-z0-9][a-z0-9-]*)',
    destination: `${CACHED_PAGES_PREFIX}/:locale/e-services/:slug`,
    missing: PERSONAL_REQUEST,
  },
];

/**
 * The same decision for a request the production server sees before Next does (server.mjs):
 * a service description asked for by someone the cached copy is for.
 */
export function isCachedPageRequest(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = (request.url ?? '').split('?')[0]!;
  if (!/^\/(?:fi|sv|en)\/e-services\/[a-z0-9][a-z0-9-]*$/.test(path)) return false;
  const cookies = new Map(
    String(request.headers.cookie ?? '')
      .split(';')
      .map((pair) => pair.trim().split('='))
      .filter((parts) => parts[0])
      .map(([name, ...value]) => [name!, value.join('=')]),
  );
  return !PERSONAL_REQUEST.some((condition) => {
    const value = condition.type === 'cookie' ? cookies.get(condition.key) : condition.type === 'header' ? request.headers[condition.key] : undefined;
    if (value === undefined) return false;
    return condition.value === undefined || new RegExp(`^(?:${condition.value})$`).test(String(value));
  });
}
