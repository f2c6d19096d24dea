import type { IncomingMessage, ServerResponse } from 'node:http';
import { env } from '@/lib/env';
import { serveUnavailablePage } from '@/lib/health/unavailable-page';
import { cachedPageContentSecurityPolicy } from '@/lib/security/headers';
import { inlineHashesOf } from '@/lib/security/inline-hashes';
import { forgetStoredPages, rememberPage, serveStoredPage } from './page-store';

/** The Content Security Policy of a cached page, from its finished HTML. */
export function policyForCachedPage(html: string): string {
  return cachedPageContentSecurityPolicy({
    ...inlineHashesOf(html),
    https: env.PUBLIC_URL.startsWith('https://'),
    identityBrokerOrigin: new URL(env.OIDC_ISSUER).origin,
  });
}

/**
 * Hands the cached pages' code to the two files Next and Node load outside the TypeScript
 * build, which therefore cannot import it: the page cache handler
 * (lib/cache/page-cache-handler.mjs) and the production server (server.mjs).
 */
export function registerPageCache() {
  (globalThis as Record<symbol, unknown>)[Symbol.for('asiointi.pageCache')] = {
    policyFor: policyForCachedPage,
    remember: rememberPage,
    forget: forgetStoredPages,
    // A stored copy is served even while the database is unavailable; without one, the page
    // that says the service is unavailable.
    serve: (request: IncomingMessage, response: ServerResponse) => serveStoredPage(request, response) || serveUnavailablePage(request, response),
  };
}
