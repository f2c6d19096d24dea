import { NextResponse, type NextRequest } from 'next/server';
import createIntlMiddleware from 'next-intl/middleware';
import { languageCookie, routing } from '@/lib/i18n/routing';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { databaseUnavailableSince } from '@/db/availability';
import { UNAVAILABLE_HEADERS, unavailablePage, unavailablePageLanguage } from '@/lib/health/unavailable-page';
import {
  API_CONTENT_SECURITY_POLICY,
  CURRENT_PATH_HEADER,
  NONCE_HEADER,
  REQUEST_ID_HEADER,
  contentSecurityPolicy,
  createNonce,
  requestIdFrom,
} from '@/lib/security/headers';

// The language cookie is Secure wherever the portal is on https (next-intl leaves that to us).
const handleLocaleRouting = createIntlMiddleware({
  ...routing,
  localeCookie: { ...languageCookie, secure: env.PUBLIC_URL.startsWith('https://') },
});

function isOutsideLocaleRouting(pathname: string) {
  return pathname === '/test-idp' || pathname.startsWith('/test-idp/');
}

/**
 * Every request passes here first: it gets a request id for the logs, pages get a fresh CSP
 * nonce (Next reads it from the request's Content-Security-Policy header and puts it on its own
 * scripts), and paths without a locale are sent to the person's language. One kind of request
 * never comes here: a service description for a visitor who is not signed in, which
 * next.config.ts serves from the page cache (lib/cache/cached-pages.ts).
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  request.headers.set(REQUEST_ID_HEADER, requestId);
  const { pathname } = request.nextUrl;
  logger.info({ requestId, method: request.method, path: pathname }, 'request');

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
    // No usable database (db/availability.ts): every page would fail, and without JavaScript
    // show nothing at all. Say so plainly instead, until the database answers.
    if (databaseUnavailableSince()) {
      response = new NextResponse(unavailablePage(unavailablePageLanguage(pathname), nonce), { status: 503, headers: UNAVAILABLE_HEADERS });
      response.headers.set('Content-Security-Policy', policy);
      return withRequestId(response, requestId);
    }
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
  matcher: [
    // Every page but a service description, and no file (the build's, favicon.svg, robots.txt).
    '/((?!_next/static|_next/image|(?:fi|sv|en)/e-services/[a-z0-9][a-z0-9-]*$|.*\\.[a-zA-Z0-9]+$).*)',
    // A service description only when the cached copy is not for this request: the same
    // conditions as PERSONAL_REQUEST in lib/cache/cached-pages.ts (Next reads this list without
    // running code, so it cannot be imported; cached-pages.test.ts checks they agree).
    { source: '/:locale(fi|sv|en)/e-services/:slug', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/:locale(fi|sv|en)/e-services/:slug', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/:locale(fi|sv|en)/e-services/:slug', has: [{ type: 'cookie', key: 'text-size', value: '(?:125|150)' }] },
    { source: '/:locale(fi|sv|en)/e-services/:slug', has: [{ type: 'header', key: 'rsc' }] },
  ],
};
