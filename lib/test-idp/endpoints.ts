import 'server-only';
/**
 * The machine-facing side of the issuer: discovery, keys, token and userinfo.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { now } from '@/lib/time/clock';
import type { PersonClaims } from './claims';
import { claimsOfRedeemedCode, redeemAuthorizationCode, sha256Base64Url } from './codes';
import { testIdpConfig } from './config';
import { json, oauthError } from './http';
import { SIGNING_ALGORITHM, signingKey } from './keys';
import { epochSeconds } from './ticket';

export const TOKEN_LIFETIME_SECONDS = 5 * 60;
const ACCESS_TOKEN_TYPE = 'at+jwt';

export function discoveryDocument() {
  const issuer = testIdpConfig.issuer();
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: [SIGNING_ALGORITHM],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile'],
    claims_supported: [
      'sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'amr', 'loa', 'name', 'given_name', 'family_name',
      'national_id', 'bank', 'represents', 'org_business_id', 'org_name', 'email', 'roles', 'division',
    ],
    ui_locales_supported: ['fi', 'sv', 'en'],
    authorization_response_iss_parameter_supported: true,
  };
}

export async function jwksDocument() {
  const key = await signingKey();
  return { keys: [key.publicJwk] };
}

type ClientCredentials = { clientId: string; clientSecret: string; method: 'basic' | 'post' };

// RFC 6749 2.3.1: the id and secret are form-encoded before they are put in the Basic header.
function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

function clientCredentials(request: Request, form: URLSearchParams): ClientCredentials | 'malformed' | null {
  const header = request.headers.get('authorization');
  const postId = form.get('client_id');
  const postSecret = form.get('client_secret');
  if (header) {
    // Only one way of authenticating per request (RFC 6749 2.3).
    if (postSecret !== null) return 'malformed';
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
    if (!match) return 'malformed';
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return 'malformed';
    try {
      const clientId = formDecode(decoded.slice(0, colon));
      if (postId !== null && postId !== clientId) return 'malformed';
      return { clientId, clientSecret: formDecode(decoded.slice(colon + 1)), method: 'basic' };
    } catch {
      return 'malformed';
    }
  }
  if (postId !== null && postSecret !== null) return { clientId: postId, clientSecret: postSecret, method: 'post' };
  return null;
}

function isRegisteredClient(credentials: ClientCredentials): boolean {
  const client = testIdpConfig.client();
  // Compared as hashes, so the time taken says nothing about how much of the secret matched.
  return credentials.clientId === client.clientId && sha256Base64Url(credentials.clientSecret) === sha256Base64Url(client.clientSecret);
}

async function readForm(request: Request): Promise<URLSearchParams | null> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) return null;
  const form = new URLSearchParams(await request.text());
  // A parameter given twice is refused rather than guessed at (RFC 6749 3.2).
  for (const name of new Set(form.keys())) if (form.getAll(name).length > 1) return null;
  return form;
}

/** POST /token: the authorization code for an ID token and an access token. */
export async function tokenEndpoint(request: Request): Promise<Response> {
  const form = await readForm(request);
  if (!form) return oauthError(400, 'invalid_request', 'expected one application/x-www-form-urlencoded body without repeated parameters');
  const credentials = clientCredentials(request, form);
  if (credentials === 'malformed') return oauthError(400, 'invalid_request', 'client authentication is malformed or given twice');
  if (!credentials || !isRegisteredClient(credentials)) {
    const challenge: Record<string, string> = credentials?.method === 'post' ? {} : { 'WWW-Authenticate': 'Basic realm="test-idp"' };
    return oauthError(401, 'invalid_client', undefined, challenge);
  }
  if (form.get('grant_type') !== 'authorization_code') return oauthError(400, 'unsupported_grant_type');
  const code = form.get('code');
  if (!code) return oauthError(400, 'invalid_request', 'code is missing');

  const redeemed = await redeemAuthorizationCode({
    code,
    clientId: credentials.clientId,
    redirectUri: form.get('redirect_uri'),
    codeVerifier: form.get('code_verifier'),
  });
  if (!redeemed) return oauthError(400, 'invalid_grant');

  const key = await signingKey();
  const issuer = testIdpConfig.issuer();
  const issuedAt = epochSeconds(now());
  const expiresAt = issuedAt + TOKEN_LIFETIME_SECONDS;
  const { sub, ...personClaims } = redeemed.claims;

  const idToken = await new SignJWT({ ...personClaims, ...(redeemed.nonce ? { nonce: redeemed.nonce } : {}) })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setSubject(sub)
    .setAudience(redeemed.clientId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(key.privateKey);

  // The person's claims stay in the database; the token only points at them.
  const accessToken = await new SignJWT({ client_id: redeemed.clientId, scope: 'openid profile', code_ref: redeemed.codeHash })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: ACCESS_TOKEN_TYPE })
    .setIssuer(issuer)
    .setSubject(sub)
    .setAudience(`${issuer}/userinfo`)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .setJti(randomUUID())
    .sign(key.privateKey);

  return json({ access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, id_token: idToken, scope: 'openid profile' }, { noStore: true });
}

function bearerError(error?: string): Response {
  const challenge = error ? `Bearer realm="test-idp", error="${error}"` : 'Bearer realm="test-idp"';
  return json(error ? { error } : {}, { status: 401, headers: { 'WWW-Authenticate': challenge }, noStore: true });
}

async function bearerToken(request: Request): Promise<string | null> {
  const header = request.headers.get('authorization');
  if (header) return /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim())?.[1] ?? null;
  if (request.method === 'POST') return (await readForm(request))?.get('access_token') ?? null;
  return null;
}

/** GET or POST /userinfo: the person's claims for a valid access token. */
export async function userinfoEndpoint(request: Request): Promise<Response> {
  const token = await bearerToken(request);
  if (!token) return bearerError();
  const key = await signingKey();
  const issuer = testIdpConfig.issuer();
  let claims: PersonClaims | null = null;
  try {
    const { payload } = await jwtVerify(token, key.publicJwk, {
      algorithms: [SIGNING_ALGORITHM],
      issuer,
      audience: `${issuer}/userinfo`,
      typ: ACCESS_TOKEN_TYPE,
      currentDate: now(),
    });
    if (typeof payload.code_ref === 'string') claims = await claimsOfRedeemedCode(payload.code_ref);
    if (claims && claims.sub !== payload.sub) claims = null;
  } catch {
    claims = null;
  }
  if (!claims) return bearerError('invalid_token');
  // auth_time belongs to the ID token: userinfo tells who the person is, not when they signed in.
  const { auth_time: _authTime, ...userinfo } = claims;
  void _authTime;
  return json(userinfo, { noStore: true });
}
