/**
 * A client of the test identification service for integration tests: it calls the route
 * handlers directly, as the portal and a browser would over HTTP.
 */
import { createHash, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { JSONWebKeySet } from 'jose';
import { GET as jwksGET } from '@/app/test-idp/jwks/route';
import { GET as authorizeGET } from '@/app/test-idp/authorize/route';
import { POST as tokenPOST } from '@/app/test-idp/token/route';
import { POST as submitPOST } from '@/app/test-idp/submit/[step]/route';
import { env } from '@/lib/env';
import { issueAuthorizationCode } from '@/lib/test-idp/codes';
import { readTicket } from '@/lib/test-idp/ticket';

export const origin = env.PUBLIC_URL.replace(/\/$/, '');
export const issuer = `${origin}/test-idp`;
export const redirectUri = `${origin}/api/auth/callback/city`;
export const clientId = env.OIDC_CLIENT_ID;
export const clientSecret = env.OIDC_CLIENT_SECRET;

export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeParams(overrides: Record<string, string | null> = {}) {
  const params = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile',
    code_challenge: pkce().challenge,
    code_challenge_method: 'S256',
    state: 'state-123',
    nonce: 'nonce-456',
    ui_locales: 'en',
  });
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  return params;
}

export async function startAuthorization(params: URLSearchParams): Promise<string> {
  const response = await authorizeGET(new Request(`${issuer}/authorize?${params}`));
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get('location')!, origin);
  expect(location.pathname).toBe('/test-idp/identify');
  return location.searchParams.get('t')!;
}

export function submit(step: string, fields: Record<string, string>) {
  const request = new Request(`${issuer}/submit/${step}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  return submitPOST(request, { params: Promise.resolve({ step }) });
}

export function locationOf(response: Response): URL {
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location')!, origin);
}

/** Signs in with bank codes as far as the success page and returns its ticket. */
export async function identifyWithBank(params: URLSearchParams, userId = '11111111', code = '1111'): Promise<string> {
  const ticket = await startAuthorization(params);
  const success = locationOf(await submit('bank', { t: ticket, bank: 'nordea', userId, code }));
  expect(success.pathname).toBe('/test-idp/success');
  return success.searchParams.get('t')!;
}

export async function codeFor(successTicket: string): Promise<URL> {
  const ticket = await readTicket(successTicket);
  const redirect = await issueAuthorizationCode(ticket!);
  return new URL(redirect!);
}

export function tokenRequest(fields: Record<string, string>, auth: 'basic' | 'post' | 'none' = 'basic', secret = clientSecret) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams({ grant_type: 'authorization_code', ...fields });
  if (auth === 'basic') headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`;
  if (auth === 'post') {
    body.set('client_id', clientId);
    body.set('client_secret', secret);
  }
  return tokenPOST(new Request(`${issuer}/token`, { method: 'POST', headers, body }));
}

export async function jwks(): Promise<JSONWebKeySet> {
  return (await (await jwksGET(new Request(`${issuer}/jwks`))).json()) as JSONWebKeySet;
}

