/**
 * The portal's sign-in, through its real Auth.js configuration and route handlers, against an
 * identity broker that the test controls: only an ID token that the broker signed, for this
 * portal, for this very sign-in, starts a session.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { count, eq } from 'drizzle-orm';
import type { JWTPayload } from 'jose';
import { startFakeIdentityBroker, type FakeIdentityBroker } from '../support/fake-identity-broker';
import type { TestDatabase } from '../support/test-database';

let broker: FakeIdentityBroker;
let database: TestDatabase;
let handlers: typeof import('@/lib/auth/auth').handlers;
let schema: typeof import('@/db/schema');

const origin = 'http://localhost:3000';
const clientId = 'asiointi';

beforeAll(async () => {
  broker = await startFakeIdentityBroker();
  // lib/env.ts reads the environment when it is first imported: point the portal at the broker first.
  vi.stubEnv('OIDC_ISSUER', broker.issuer);
  vi.stubEnv('PUBLIC_URL', origin);
  vi.stubEnv('OIDC_CLIENT_ID', clientId);
  vi.resetModules();
  const { createTestDatabase } = await import('../support/test-database');
  database = await createTestDatabase();
  ({ handlers } = await import('@/lib/auth/auth'));
  schema = await import('@/db/schema');
});

afterAll(async () => {
  await database?.dispose();
  await broker?.close();
  vi.unstubAllEnvs();
});

/** Cookies as a browser keeps them: name → value, updated from each response. */
class CookieJar {
  private readonly values = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0\b|expires=Thu, 01 Jan 1970/i.test(line)) this.values.delete(name);
      else this.values.set(name, value);
    }
  }
  get(name: string) {
    return this.values.get(name);
  }
  header() {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

type StartedSignIn = { jar: CookieJar; authorization: URL };

/** Sign in → the broker's authorization address, as the sign-in button's form does it. */
async function startSignIn(returnTo = '/en/profile'): Promise<StartedSignIn> {
  const jar = new CookieJar();
  const csrfResponse = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`) as never);
  jar.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  const response = await handlers.POST(
    new NextRequest(`${origin}/api/auth/signin/city`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      body: new URLSearchParams({ csrfToken, callbackUrl: returnTo }),
    }) as never,
  );
  expect(response.status).toBe(302);
  jar.store(response);
  const authorization = new URL(response.headers.get('location')!);
  expect(`${authorization.origin}${authorization.pathname}`).toBe(`${broker.issuer}/authorize`);
  return { jar, authorization };
}

/** The broker sends the browser back with a code; the portal redeems it for `idToken`. */
async function finishSignIn({ jar, authorization }: StartedSignIn, idToken: string, code = `code-${crypto.randomUUID()}`) {
  broker.answerCode(code, idToken);
  const params = new URLSearchParams({ code, state: authorization.searchParams.get('state')!, iss: broker.issuer });
  const response = await handlers.GET(new NextRequest(`${origin}/api/auth/callback/city?${params}`, { headers: { cookie: jar.header() } }) as never);
  jar.store(response);
  return { response, location: new URL(response.headers.get('location') ?? '/', origin), code };
}

/** What a good broker says about a person who identified with bank codes, for this sign-in. */
function claimsFor(authorization: URL, overrides: JWTPayload = {}): JWTPayload {
  const at = Math.floor(Date.now() / 1000);
  return {
    iss: broker.issuer,
    aud: clientId,
    sub: 'pairwise-subject-of-portaalia',
    iat: at,
    exp: at + 300,
    auth_time: at,
    nonce: authorization.searchParams.get('nonce')!,
    given_name: 'Portaalia Nordea',
    family_name: 'Testaaja',
    national_id: '210281-9988',
    amr: ['suomi_fi', 'bank'],
    bank: 'nordea',
    loa: 'substantial',
    ...overrides,
  };
}

async function rowCount(table: typeof schema.sessions | typeof schema.persons) {
  const [row] = await database.db.select({ n: count() }).from(table);
  return row!.n;
}

function expectRefused(result: { response: Response; location: URL; code: string }, jar: CookieJar, { redeemed = true } = {}) {
  // Refused for the ID token itself: the portal did get it from the broker.
  expect(broker.tokenRequests.some((request) => request.get('code') === result.code)).toBe(redeemed);
  expect(result.response.status).toBe(302);
  expect(result.location.origin).toBe(origin);
  expect(result.location.pathname).toBe('/sign-in/error');
  // AccessDenied when the portal refuses the identification, Configuration when Auth.js's own checks do.
  expect(['AccessDenied', 'Configuration']).toContain(result.location.searchParams.get('error'));
  expect(jar.get('authjs.session-token')).toBeUndefined();
}

describe('the sign-in request', () => {
  it('asks the broker for a code with PKCE, state and nonce, and remembers them only in its own cookies', async () => {
    const { jar, authorization } = await startSignIn();
    const query = authorization.searchParams;
    expect(query.get('client_id')).toBe(clientId);
    expect(query.get('redirect_uri')).toBe(`${origin}/api/auth/callback/city`);
    expect(query.get('response_type')).toBe('code');
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query.get('state')).toBeTruthy();
    expect(query.get('nonce')).toBeTruthy();
    for (const name of ['authjs.pkce.code_verifier', 'authjs.state', 'authjs.nonce']) expect(jar.get(name), name).toBeTruthy();
  });
});

describe('the broker answering with an error', () => {
  it('as when the person cancels the identification, ends on the sign-in error page with no session', async () => {
    const started = await startSignIn();
    const params = new URLSearchParams({ error: 'access_denied', state: started.authorization.searchParams.get('state')!, iss: broker.issuer });
    const response = await handlers.GET(new NextRequest(`${origin}/api/auth/callback/city?${params}`, { headers: { cookie: started.jar.header() } }) as never);
    started.jar.store(response);

    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${origin}/sign-in/error`);
    expect(location.searchParams.get('error')).toBe('OAuthCallbackError');
    expect(started.jar.get('authjs.session-token')).toBeUndefined();
    expect(await rowCount(schema.sessions)).toBe(0);
  });
});

describe('an ID token', () => {
  beforeEach(async () => {
    await database.db.delete(schema.sessions);
    await database.db.delete(schema.identityAccounts);
    await database.db.delete(schema.persons);
  });

  it('that the broker signed for this sign-in starts a session for the person it names', async () => {
    const started = await startSignIn('/en/profile');
    const result = await finishSignIn(started, await broker.sign(claimsFor(started.authorization)));

    expect(result.response.status).toBe(302);
    expect(result.location.href).toBe(`${origin}/en/profile`);
    const token = started.jar.get('authjs.session-token');
    expect(token).toBeTruthy();
    const [session] = await database.db.select().from(schema.sessions).where(eq(schema.sessions.sessionToken, token!));
    expect(session).toMatchObject({ loa: 'substantial', method: 'bank:nordea', revokedAt: null });
    const [person] = await database.db.select().from(schema.persons).where(eq(schema.persons.id, session!.personId!));
    expect(person).toMatchObject({ firstNames: 'Portaalia Nordea', lastName: 'Testaaja' });

    // The portal redeemed the code with its secret and the PKCE verifier of this sign-in.
    const redeemed = broker.tokenRequests.at(-1)!;
    expect(redeemed.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(redeemed.get('redirect_uri')).toBe(`${origin}/api/auth/callback/city`);
  });

  it('whose signature was broken by changing its claims is refused', async () => {
    const started = await startSignIn();
    const genuine = await broker.sign(claimsFor(started.authorization));
    const [header, , signature] = genuine.split('.');
    // Someone swaps in another person's identity code and keeps the broker's signature.
    const forgedPayload = Buffer.from(JSON.stringify(claimsFor(started.authorization, { national_id: '150385-9024', given_name: 'Aino Maria', family_name: 'Virtanen' }))).toString('base64url');
    const result = await finishSignIn(started, `${header}.${forgedPayload}.${signature}`);

    expectRefused(result, started.jar);
    expect(await rowCount(schema.sessions)).toBe(0);
    expect(await rowCount(schema.persons)).toBe(0);
  });

  it('signed with a key the broker does not publish is refused', async () => {
    const started = await startSignIn();
    const result = await finishSignIn(started, await broker.signWithForeignKey(claimsFor(started.authorization)));

    expectRefused(result, started.jar);
    expect(await rowCount(schema.sessions)).toBe(0);
    expect(await rowCount(schema.persons)).toBe(0);
  });

  it('with the nonce of another sign-in is refused', async () => {
    const started = await startSignIn();
    const other = await startSignIn();
    const result = await finishSignIn(started, await broker.sign(claimsFor(started.authorization, { nonce: other.authorization.searchParams.get('nonce')! })));

    expectRefused(result, started.jar);
    expect(await rowCount(schema.sessions)).toBe(0);
  });

  it('with no nonce is refused', async () => {
    const started = await startSignIn();
    const result = await finishSignIn(started, await broker.sign(claimsFor(started.authorization, { nonce: undefined })));

    expectRefused(result, started.jar);
    expect(await rowCount(schema.sessions)).toBe(0);
  });

  it('from another issuer is refused', async () => {
    const started = await startSignIn();
    const result = await finishSignIn(started, await broker.sign(claimsFor(started.authorization, { iss: 'https://tunnistus.attacker.example' })));

    expectRefused(result, started.jar);
    expect(await rowCount(schema.sessions)).toBe(0);
  });

  it('for another service is refused', async () => {
    const started = await startSignIn();
    const result = await finishSignIn(started, await broker.sign(claimsFor(started.authorization, { aud: 'another-service' })));

    expectRefused(result, started.jar);
    expect(await rowCount(schema.sessions)).toBe(0);
  });

  it('that has expired is refused', async () => {
    const started = await startSignIn();
    const past = Math.floor(Date.now() / 1000) - 3600;
    const result = await finishSignIn(started, await broker.sign(claimsFor(started.authorization, { iat: past, auth_time: past, exp: past + 300 })));

    expectRefused(result, started.jar);
    expect(await rowCount(schema.sessions)).toBe(0);
  });

  it('is refused when the callback carries another state than the one this browser started with', async () => {
    const started = await startSignIn();
    const other = await startSignIn();
    const result = await finishSignIn({ jar: started.jar, authorization: other.authorization }, await broker.sign(claimsFor(started.authorization)));

    expectRefused(result, started.jar, { redeemed: false });
    expect(await rowCount(schema.sessions)).toBe(0);
  });
});

describe('a work account', () => {
  beforeEach(async () => {
    await database.db.delete(schema.sessions);
    await database.db.delete(schema.staffMembers);
  });

  const staffClaims = (started: StartedSignIn, overrides: JWTPayload = {}) =>
    claimsFor(started.authorization, {
      sub: 'work-account-of-eeva',
      given_name: 'Eeva',
      family_name: 'Toimittaja',
      national_id: undefined,
      bank: undefined,
      amr: ['helsinki_ad'],
      email: 'eeva.toimittaja@hel.test',
      roles: ['editor'],
      ...overrides,
    });

  it('with a portal role starts a staff session, and no resident is created', async () => {
    const started = await startSignIn('/en/staff');
    const result = await finishSignIn(started, await broker.sign(staffClaims(started)));

    expect(result.location.href).toBe(`${origin}/en/staff`);
    const token = started.jar.get('authjs.session-token');
    const [session] = await database.db.select().from(schema.sessions).where(eq(schema.sessions.sessionToken, token!));
    expect(session).toMatchObject({ personId: null, method: 'helsinki_ad' });
    const [member] = await database.db.select().from(schema.staffMembers).where(eq(schema.staffMembers.id, session!.staffMemberId!));
    expect(member).toMatchObject({ firstNames: 'Eeva', lastName: 'Toimittaja', email: 'eeva.toimittaja@hel.test', role: 'editor', divisionId: null });
    expect(await rowCount(schema.persons)).toBe(0);
  });

  it('takes the role and division of each new sign-in, so a change of duties holds at once', async () => {
    const [education] = await database.db
      .insert(schema.divisions)
      .values({ slug: 'education', name: { fi: 'Kasvatuksen ja koulutuksen toimiala', sv: 'Sektorn för fostran och utbildning', en: 'Education Division' } })
      .onConflictDoNothing()
      .returning({ id: schema.divisions.id });
    const first = await startSignIn('/en/staff');
    await finishSignIn(first, await broker.sign(staffClaims(first)));
    const second = await startSignIn('/en/staff');
    await finishSignIn(second, await broker.sign(staffClaims(second, { roles: ['official'], division: 'education' })));

    const members = await database.db.select().from(schema.staffMembers);
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({ role: 'official', divisionId: education?.id ?? expect.any(String) });
  });

  it('without a role the portal knows, and without a personal identity code, is refused', async () => {
    const started = await startSignIn('/en/staff');
    const result = await finishSignIn(started, await broker.sign(staffClaims(started, { roles: ['janitor'] })));

    expectRefused(result, started.jar);
    expect(await rowCount(schema.sessions)).toBe(0);
    expect(await database.db.select().from(schema.staffMembers)).toHaveLength(0);
  });
});
