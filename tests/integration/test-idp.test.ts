import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { GET as discoveryGET } from '@/app/test-idp/.well-known/openid-configuration/route';
import { GET as jwksGET } from '@/app/test-idp/jwks/route';
import { GET as authorizeGET, POST as authorizePOST } from '@/app/test-idp/authorize/route';
import { POST as tokenPOST } from '@/app/test-idp/token/route';
import { GET as userinfoGET, POST as userinfoPOST } from '@/app/test-idp/userinfo/route';
import { POST as submitPOST } from '@/app/test-idp/submit/[step]/route';
import { GET as languageGET } from '@/app/test-idp/language/route';
import { GET as cancelGET } from '@/app/test-idp/cancel/route';
import { testIdpKeys } from '@/db/schema';
import { setClockOffset } from '@/lib/time/clock';
import { testIdpConfig } from '@/lib/test-idp/config';
import { readTicket } from '@/lib/test-idp/ticket';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { authorizeParams, clientId, codeFor, identifyWithBank, issuer, jwks, locationOf, origin, pkce, redirectUri } from '../support/test-idp-client';
import { startAuthorization, submit, tokenRequest } from '../support/test-idp-client';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});
afterEach(() => {
  setClockOffset(0);
  vi.restoreAllMocks();
});

describe('discovery and keys', () => {
  it('describes the issuer, its endpoints and what it supports', async () => {
    const response = await discoveryGET(new Request(`${issuer}/.well-known/openid-configuration`));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      id_token_signing_alg_values_supported: ['RS256'],
      authorization_response_iss_parameter_supported: true,
    });
  });

  it('publishes the stored signing key without its private parts', async () => {
    const { keys } = await jwks();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
    const stored = await database.db.select().from(testIdpKeys);
    expect(stored.map((row) => row.kid)).toEqual([keys[0]!.kid]);
  });
});

describe('the authorization code flow', () => {
  it('gives a signed ID token and userinfo for the person who identified', async () => {
    const { verifier, challenge } = pkce();
    const successTicket = await identifyWithBank(authorizeParams({ code_challenge: challenge }));
    const redirect = await codeFor(successTicket);
    expect(`${redirect.origin}${redirect.pathname}`).toBe(redirectUri);
    expect(redirect.searchParams.get('state')).toBe('state-123');
    expect(redirect.searchParams.get('iss')).toBe(issuer);
    const code = redirect.searchParams.get('code')!;

    const response = await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const tokens = (await response.json()) as Record<string, unknown>;
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 300 });

    const { payload, protectedHeader } = await jwtVerify(tokens.id_token as string, createLocalJWKSet(await jwks()), { issuer, audience: clientId });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      nonce: 'nonce-456',
      given_name: 'Portaalia Nordea',
      family_name: 'Testaaja',
      name: 'Portaalia Nordea Testaaja',
      national_id: '210281-9988',
      amr: ['suomi_fi', 'bank'],
      loa: 'substantial',
      bank: 'nordea',
    });
    expect(payload.sub).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(payload.sub).not.toContain('210281');
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(typeof payload.auth_time).toBe('number');

    const userinfo = await userinfoGET(new Request(`${issuer}/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token as string}` } }));
    expect(userinfo.status).toBe(200);
    const person = (await userinfo.json()) as Record<string, unknown>;
    expect(person).toMatchObject({ sub: payload.sub, national_id: '210281-9988', name: 'Portaalia Nordea Testaaja', loa: 'substantial' });
    expect(person).not.toHaveProperty('auth_time');

    const posted = await userinfoPOST(
      new Request(`${issuer}/userinfo`, { method: 'POST', headers: { authorization: `Bearer ${tokens.access_token as string}` } }),
    );
    expect(posted.status).toBe(200);
  });

  it('accepts client_secret_post as well as client_secret_basic', async () => {
    const { verifier, challenge } = pkce();
    const code = (await codeFor(await identifyWithBank(authorizeParams({ code_challenge: challenge })))).searchParams.get('code')!;
    const response = await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier }, 'post');
    expect(response.status).toBe(200);
  });

  it('gives the weak test person loa low, and an organisation when signing in for one', async () => {
    const { verifier, challenge } = pkce();
    const weak = await codeFor(await identifyWithBank(authorizeParams({ code_challenge: challenge }), '55555555', '5555'));
    const weakTokens = (await (await tokenRequest({ code: weak.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier })).json()) as { id_token: string };
    expect(decodeJwt(weakTokens.id_token)).toMatchObject({ loa: 'low', family_name: 'Heikko' });

    const corporate = pkce();
    const ticket = await startAuthorization(authorizeParams({ code_challenge: corporate.challenge }));
    const chooseOrganisation = locationOf(await submit('corporate', { t: ticket, person: 'yrjo-yrittaja' }));
    expect(chooseOrganisation.pathname).toBe('/test-idp/corporate/organisation');
    const success = locationOf(await submit('organisation', { t: chooseOrganisation.searchParams.get('t')!, organisation: '9876543-0' }));
    const redirect = await codeFor(success.searchParams.get('t')!);
    const tokens = (await (await tokenRequest({ code: redirect.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: corporate.verifier })).json()) as { id_token: string };
    expect(decodeJwt(tokens.id_token)).toMatchObject({
      org_business_id: '9876543-0',
      org_name: 'Kotikadun Asukasyhdistys ry',
      represents: [
        { business_id: '2345678-0', name: 'Testiyritys Oy' },
        { business_id: '9876543-0', name: 'Kotikadun Asukasyhdistys ry' },
      ],
    });
  });

  it('gives staff their role and division and no personal identity code', async () => {
    const { verifier, challenge } = pkce();
    const ticket = await startAuthorization(authorizeParams({ code_challenge: challenge }));
    const success = locationOf(await submit('staff', { t: ticket, person: 'outi-kasittelija' }));
    const redirect = await codeFor(success.searchParams.get('t')!);
    const tokens = (await (await tokenRequest({ code: redirect.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier })).json()) as { id_token: string };
    const claims = decodeJwt(tokens.id_token);
    expect(claims).toMatchObject({ amr: ['helsinki_ad'], roles: ['official'], division: 'education', email: 'outi.kasittelija@hel.test' });
    expect(claims).not.toHaveProperty('national_id');
  });
});

describe('the screens', () => {
  it('refuses wrong bank codes on the same bank page', async () => {
    const ticket = await startAuthorization(authorizeParams());
    const back = locationOf(await submit('bank', { t: ticket, bank: 'op', userId: '11111111', code: '9999' }));
    expect(back.pathname).toBe('/test-idp/bank/op');
    expect(back.searchParams.get('error')).toBe('credentials');
  });

  it('lets the mobile certificate of the time-out person run out', async () => {
    const ticket = await startAuthorization(authorizeParams());
    const request = locationOf(await submit('mobile', { t: ticket, phone: '040 100 0004', antiJam: '' }));
    expect(request.pathname).toBe('/test-idp/mobile/request');
    const pending = await readTicket(request.searchParams.get('t'));
    expect(pending?.pending).toMatchObject({ kind: 'mobile', personId: 'ville-viive', numberCode: expect.stringMatching(/^\d{4}$/) });
    const interrupted = locationOf(await submit('mobile-confirm', { t: request.searchParams.get('t')! }));
    expect(interrupted.pathname).toBe('/test-idp/mobile/interrupted');
  });

  it('asks for PIN 1 of the chosen certificate card', async () => {
    const ticket = await startAuthorization(authorizeParams());
    const pin = locationOf(await submit('card', { t: ticket, person: 'aino-virtanen' }));
    expect(pin.pathname).toBe('/test-idp/card/pin');
    const wrong = locationOf(await submit('card-pin', { t: pin.searchParams.get('t')!, pin: '0000' }));
    expect(wrong.searchParams.get('error')).toBe('pin');
    const success = locationOf(await submit('card-pin', { t: pin.searchParams.get('t')!, pin: '1234' }));
    expect((await readTicket(success.searchParams.get('t')))?.identified).toMatchObject({ kind: 'resident', personId: 'aino-virtanen', method: 'card' });
  });

  it('keeps the pending request when the language changes', async () => {
    const ticket = await startAuthorization(authorizeParams());
    const swedish = locationOf(await languageGET(new Request(`${issuer}/language?${new URLSearchParams({ t: ticket, lang: 'sv', to: 'bank/aktia' })}`)));
    expect(swedish.pathname).toBe('/test-idp/bank/aktia');
    const changed = await readTicket(swedish.searchParams.get('t'));
    expect(changed).toMatchObject({ locale: 'sv', request: { state: 'state-123', nonce: 'nonce-456' } });
  });

  it('goes back to the portal with access_denied on Cancel', async () => {
    const ticket = await startAuthorization(authorizeParams());
    const back = locationOf(await cancelGET(new Request(`${issuer}/cancel?t=${encodeURIComponent(ticket)}`)));
    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'access_denied', state: 'state-123', iss: issuer });
  });

  it('forgets a pending request after ten minutes', async () => {
    const ticket = await startAuthorization(authorizeParams());
    setClockOffset(10 * 60 * 1000 + 1000);
    const expired = locationOf(await submit('bank', { t: ticket, bank: 'nordea', userId: '11111111', code: '1111' }));
    expect(expired.pathname).toBe('/test-idp/error');
    expect(expired.searchParams.get('reason')).toBe('expired');
  });
});

describe('refusals', () => {
  async function freshCode() {
    const { verifier, challenge } = pkce();
    const redirect = await codeFor(await identifyWithBank(authorizeParams({ code_challenge: challenge })));
    return { verifier, code: redirect.searchParams.get('code')! };
  }

  it('refuses a wrong PKCE verifier', async () => {
    const { code } = await freshCode();
    const response = await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: pkce().verifier });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_grant' });
  });

  it('refuses a code the second time', async () => {
    const { code, verifier } = await freshCode();
    expect((await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier })).status).toBe(200);
    const again = await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: 'invalid_grant' });
  });

  it('refuses a code older than a minute', async () => {
    const { code, verifier } = await freshCode();
    setClockOffset(61_000);
    const response = await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_grant' });
  });

  it('refuses a different redirect_uri', async () => {
    const { code, verifier } = await freshCode();
    const response = await tokenRequest({ code, redirect_uri: `${origin}/api/auth/callback/other`, code_verifier: verifier });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_grant' });
  });

  it('refuses a wrong client secret, by either method', async () => {
    const { code, verifier } = await freshCode();
    const basic = await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier }, 'basic', 'not-the-secret-at-all');
    expect(basic.status).toBe(401);
    expect(basic.headers.get('www-authenticate')).toContain('Basic');
    expect(await basic.json()).toEqual({ error: 'invalid_client' });
    const post = await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier }, 'post', 'not-the-secret-at-all');
    expect(post.status).toBe(401);
    const none = await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier }, 'none');
    expect(none.status).toBe(401);
  });

  it('refuses an access token it did not sign', async () => {
    const response = await userinfoGET(new Request(`${issuer}/userinfo`, { headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' } }));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('shows an error page instead of redirecting for an unknown client or address', async () => {
    const cases: Record<string, string>[] = [{ client_id: 'someone-else' }, { redirect_uri: 'https://attacker.example/callback' }, { redirect_uri: `${redirectUri}/` }];
    for (const overrides of cases) {
      const response = await authorizeGET(new Request(`${issuer}/authorize?${authorizeParams(overrides)}`));
      const location = locationOf(response);
      expect(location.origin).toBe(origin);
      expect(location.pathname).toBe('/test-idp/error');
      expect(response.headers.get('location')).not.toContain('attacker');
    }
  });

  it('sends request errors back to the registered address only', async () => {
    for (const [overrides, error] of [
      [{ code_challenge: null }, 'invalid_request'],
      [{ code_challenge_method: 'plain' }, 'invalid_request'],
      [{ scope: 'profile' }, 'invalid_scope'],
      [{ response_type: 'token' }, 'unsupported_response_type'],
    ] as const) {
      const location = locationOf(await authorizeGET(new Request(`${issuer}/authorize?${authorizeParams(overrides)}`)));
      expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
      expect(location.searchParams.get('error')).toBe(error);
      expect(location.searchParams.get('state')).toBe('state-123');
    }
  });

  it('answers 404 on every route when switched off', async () => {
    vi.spyOn(testIdpConfig, 'isEnabled').mockReturnValue(false);
    const post = (path: string) => new Request(`${issuer}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    const responses = await Promise.all([
      discoveryGET(new Request(`${issuer}/.well-known/openid-configuration`)),
      jwksGET(new Request(`${issuer}/jwks`)),
      authorizeGET(new Request(`${issuer}/authorize?${authorizeParams()}`)),
      authorizePOST(post('/authorize')),
      tokenPOST(post('/token')),
      userinfoGET(new Request(`${issuer}/userinfo`)),
      userinfoPOST(post('/userinfo')),
      submitPOST(post('/submit/bank'), { params: Promise.resolve({ step: 'bank' }) }),
      languageGET(new Request(`${issuer}/language`)),
      cancelGET(new Request(`${issuer}/cancel`)),
    ]);
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 404));
  });
});
