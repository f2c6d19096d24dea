import type { NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE_NAMES } from '@/lib/auth/session-cookie';
import { routing } from '@/lib/i18n/routing';
import { TEXT_SIZE_COOKIE, parseTextSize } from '@/lib/preferences/text-size';

/** Where the cached pages live in app/; from outside this path answers 404. */
export const CACHED_PAGES_PREFIX = '/cached';

const SERVICE_PAGE = /^\/(fi|sv|en)\/e-services\/([a-z0-9][a-z0-9-]*)$/;

/**
 * The internal address of the cached copy of the page asked for, or undefined when the page
 * must be rendered for this person. A service description is the same for everyone who is not
 * signed in and reads at the default text size; anyone else, and the router's own requests
 * for page data, get the page rendered per request.
 */
export function cachedPageFor(request: NextRequest): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  if (request.headers.has('rsc') || request.nextUrl.searchParams.has('_rsc')) return undefined;
  if (!SERVICE_PAGE.test(request.nextUrl.pathname)) return undefined;
  if (SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) return undefined;
  if (parseTextSize(request.cookies.get(TEXT_SIZE_COOKIE)?.value) !== '100') return undefined;
  return `${CACHED_PAGES_PREFIX}${request.nextUrl.pathname}`;
}

/** What next-intl does for other pages: the language of the page read last is remembered for `/`. */
export function rememberLanguage(request: NextRequest, response: NextResponse) {
  const locale = request.nextUrl.pathname.split('/')[1];
  const { name, maxAge } = routing.localeCookie as { name: string; maxAge: number };
  if (locale && request.cookies.get(name)?.value !== locale) {
    response.cookies.set(name, locale, { path: '/', maxAge, sameSite: 'lax' });
  }
}
