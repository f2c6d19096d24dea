/**
 * Checks an authorization request (OpenID Connect Core 3.1.2.1). A wrong client or redirect
 * address is shown to the person and never redirected to; other mistakes go back to the
 * registered address as OAuth errors.
 */
import { testIdpConfig } from './config';
import { testIdpLocales, type AuthorizationRequest, type TestIdpLocale } from './ticket';

export type ErrorPageReason = 'unknownClient' | 'wrongRedirectUri' | 'invalidRequest' | 'expired';

export type AuthorizeOutcome =
  | { kind: 'ok'; request: AuthorizationRequest; locale: TestIdpLocale }
  | { kind: 'errorPage'; reason: ErrorPageReason; locale: TestIdpLocale }
  | { kind: 'errorRedirect'; redirectUri: string; error: string; description: string; state?: string };

// PKCE S256 challenges are 32 bytes in base64url.
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const MAX_PASSED_THROUGH = 512;

/** The first of the person's languages that the screens speak (ui_locales is a list, RFC 5646 tags). */
export function localeFrom(uiLocales: string | null | undefined): TestIdpLocale {
  for (const tag of (uiLocales ?? '').split(/\s+/)) {
    const language = tag.toLowerCase().split('-')[0];
    const match = testIdpLocales.find((locale) => locale === language);
    if (match) return match;
  }
  return 'fi';
}

export function checkAuthorizationRequest(params: URLSearchParams): AuthorizeOutcome {
  const locale = localeFrom(params.get('ui_locales'));
  const repeated = [...new Set(params.keys())].some((name) => params.getAll(name).length > 1);
  const client = testIdpConfig.client();
  if (params.get('client_id') !== client.clientId) return { kind: 'errorPage', reason: 'unknownClient', locale };
  if (params.get('redirect_uri') !== client.redirectUri) return { kind: 'errorPage', reason: 'wrongRedirectUri', locale };
  if (params.getAll('client_id').length > 1 || params.getAll('redirect_uri').length > 1) return { kind: 'errorPage', reason: 'invalidRequest', locale };

  const state = params.get('state') ?? undefined;
  const refuse = (error: string, description: string): AuthorizeOutcome => ({
    kind: 'errorRedirect',
    redirectUri: client.redirectUri,
    error,
    description,
    state: state && state.length <= MAX_PASSED_THROUGH ? state : undefined,
  });

  if (repeated) return refuse('invalid_request', 'a parameter is repeated');
  if (params.has('request') || params.has('request_uri')) return refuse('request_not_supported', 'request objects are not supported');
  if (params.get('response_type') !== 'code') return refuse('unsupported_response_type', 'only response_type=code is supported');
  if (!(params.get('scope') ?? '').split(' ').includes('openid')) return refuse('invalid_scope', 'scope must include openid');
  const codeChallenge = params.get('code_challenge');
  if (params.get('code_challenge_method') !== 'S256' || !codeChallenge || !S256_CHALLENGE.test(codeChallenge)) {
    return refuse('invalid_request', 'PKCE with code_challenge_method=S256 is required');
  }
  const nonce = params.get('nonce') ?? undefined;
  if ((state?.length ?? 0) > MAX_PASSED_THROUGH || (nonce?.length ?? 0) > MAX_PASSED_THROUGH) {
    return refuse('invalid_request', 'state or nonce is too long');
  }
  return {
    kind: 'ok',
    locale,
    request: { clientId: client.clientId, redirectUri: client.redirectUri, state, nonce, codeChallenge, scope: params.get('scope') ?? 'openid' },
  };
}
