import { env } from '@/lib/env';
import { cachedPageContentSecurityPolicy } from '@/lib/security/headers';
import { inlineHashesOf } from '@/lib/security/inline-hashes';

const POLICY_FOR_PAGE = Symbol.for('asiointi.cachedPagePolicy');

/** The Content Security Policy of a cached page, from its finished HTML. */
export function policyForCachedPage(html: string): string {
  return cachedPageContentSecurityPolicy({
    ...inlineHashesOf(html),
    https: env.PUBLIC_URL.startsWith('https://'),
    identityBrokerOrigin: new URL(env.OIDC_ISSUER).origin,
  });
}

/**
 * Hands the policy to the page cache handler (lib/cache/page-cache-handler.mjs), which Next
 * loads outside the TypeScript build and which therefore cannot import it.
 */
export function registerCachedPagePolicy() {
  (globalThis as Record<symbol, unknown>)[POLICY_FOR_PAGE] = policyForCachedPage;
}
