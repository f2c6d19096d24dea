import { NextResponse, type NextRequest } from 'next/server';
import createIntlMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';
import { cachedPageFor, rememberLanguage } from '@/lib/cache/cached-pages';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import {
  API_CONTENT_SECURITY_POLICY,
  CURRENT_PATH_HEADER,
  NONCE_HEADER,
  REQUEST_ID_HEADER,
  contentSecurityPolicy,
  createNonce,
  requestIdFrom,
} from '@/lib/security/headers';

const handleLocaleRouting = createIntlMiddleware(routing);

function isOutsideLocaleRouting(pathname: string) {
  return pathname === '/test-idp' || pathname.startsWith('/test-idp/');
}

/**
 * Every request passes here first: it gets a request id for the logs, pages get a fresh CSP
 * nonce (Next reads it from the request's Content-Security-Policy header and puts it on its own
 * scripts), and paths without a locale are sent to the person's language. A visitor who is not
 * signed in gets a service description from the cache (lib/cache/cached-pages.ts).
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  request.headers.set(REQUEST_ID_HEADER, requestId);
  const { pathname } = request.nextUrl;
  logger.info({ requestId, method: request.method, path: pathname }, 'request');

  // `next dev` caches no pages, so there every page is rendered per request. (The cached pages'
  // own addresses need no guard: like any path without a language, they are sent to /fi/…,
  // where no such page exists.)
  const cachedPage = env.isDevelopmentServer ? undefined : cachedPageFor(request);
  if (cachedPage) {
    // The cached answer carries its own policy, with the hashes of its inline scripts.
    // Cloned from nextUrl, so the rewrite stays on this server whatever host name it was asked by.
    const target = request.nextUrl.clone();
    target.pathname = cachedPage;
    const response = NextResponse.rewrite(target);
    rememberLanguage(request, response);
    return withRequestId(response, requestId);
  }

  let response: NextResponse;
  let policy: string;
  if (pathname.startsWith('/api/')) {
    policy = API_CONTENT_SECURITY_POLICY;
    response = NextResponse.next({ request: { headers: request.headers } });
  } else {
    const nonce = createNonce();
    policy = contentSecurityPolicy({
      nonce,
      development: env.isDevelopmentServer,
      https: env.PUBLIC_URL.startsWith('https://'),
      identityBrokerOrigin: new URL(env.OIDC_ISSUER).origin,
    });
    request.headers.set(NONCE_HEADER, nonce);
    request.headers.set(CURRENT_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
    request.headers.set('Content-Security-Policy', policy);
    // The test identification service stands for a national service outside the portal: its
    // pages take the language from the sign-in request, not from a path prefix.
    response = isOutsideLocaleRouting(pathname)
      ? NextResponse.next({ request: { headers: request.headers } })
      : // next-intl copies these request headers into the rewrite it makes.
        handleLocaleRouting(request);
  }
  response.headers.set('Content-Security-Policy', policy);
  return withRequestId(response, requestId);
}

function withRequestId(response: NextResponse, requestId: string) {
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Everything but the build's static files and files with an extension (favicon, robots.txt).
  matcher: ['/((?!_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)'],
};
