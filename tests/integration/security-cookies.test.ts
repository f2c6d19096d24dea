/**
 * The cookies a portal on https sets, as production runs it: a whole sign-in through the real
 * Auth.js configuration and route handlers against a broker the test controls, the language
 * cookie of the proxy, the text size of the no-JavaScript form, and signing out. Production
 * refuses a PUBLIC_URL that is not https:// (lib/env.ts) and Auth.js takes its address from it
 * (AUTH_URL), so this is what production sends: every cookie Secure, HttpOnly unless the page's
 * own script writes it too, SameSite=Lax or Strict, Path=/, no Domain, and nothing of the person
 * in its value. The same journey in a browser, over the test server's http, is in
 * tests/e2e/security-journey.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import type { JWTPayload } from 'jose';
import { startFakeIdentityBroker, type FakeIdentityBroker } from '../support/fake-identity-broker';
import type { TestDatabase } from '../support/test-database';

const origin = 'https://asiointi.example';
const clientId = 'asiointi';
const person = { national_id: '141141-941U', given_name: 'Seppo', family_name: 'Suojattu', sub: 'pairwise-subject-of-seppo' };

let broker: FakeIdentityBroker;
let database: TestDatabase;

beforeAll(async () => {
  broker = await startFakeIdentityBroker();
  vi.stubEnv('OIDC_ISSUER', broker.issuer);
  vi.stubEnv('PUBLIC_URL', origin);
  vi.stubEnv('OIDC_CLIENT_ID', clientId);
  vi.stubEnv('AUTH_URL', '');
  vi.resetModules();
  const { createTestDatabase } = await import('../support/test-database');
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.dispose();
  await broker?.close();
  vi.unstubAllEnvs();
});

type SetCookie = { line: string; name: string; value: string; attributes: Map<string, string> };

function parse(line: string): SetCookie {
  const [pair = '', ...rest] = line.split(';');
  const at = pair.indexOf('=');
  const attributes = new Map(
    rest.map((part) => part.trim()).filter(Boolean).map((part): [string, string] => {
      const equals = part.indexOf('=');
      return equals < 0 ? [part.toLowerCase(), ''] : [part.slice(0, equals).toLowerCase(), part.slice(equals + 1)];
    }),
  );
  return { line, name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim(), attributes };
}

/** Sends the cookies back as a browser would, and remembers every Set-Cookie it saw. */
class Browser {
  readonly seen: SetCookie[] = [];
  private readonly jar = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const cookie = parse(line);
      this.seen.push(cookie);
      if (cookie.value === '' || cookie.attributes.get('max-age') === '0') this.jar.delete(cookie.name);
      else this.jar.set(cookie.name, cookie.value);
    }
    return response;
  }
  header() {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

describe('on https, as in production', () => {
  it('the sign-in journey sets only Secure, HttpOnly, SameSite cookies that say nothing of the person', async () => {
    const { handlers } = await import('@/lib/auth/auth');
    const { proxy } = await import('@/proxy');
    const { POST: chooseTextSize } = await import('@/app/api/preferences/text-size/route');
    const browser = new Browser();
    const own = { origin, 'sec-fetch-site': 'same-origin' };

    // The language, chosen by opening the Swedish pages with a Finnish browser.
    browser.store(proxy(new NextRequest(`${origin}/sv`, { headers: { 'accept-language': 'fi' } })));
    // The text size, by the form that works without JavaScript.
    browser.store(await chooseTextSize(new NextRequest(`${origin}/api/preferences/text-size`, { method: 'POST', body: new URLSearchParams({ size: '150', returnTo: '/sv' }), headers: { ...own, 'content-type': 'application/x-www-form-urlencoded' } })));

    // Sign in: Auth.js's CSRF token, the sign-in post, the broker's answer with a code.
    const csrf = browser.store(await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`) as never));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const started = browser.store(
      await handlers.POST(
        new NextRequest(`${origin}/api/auth/signin/city`, {
          method: 'POST',
          headers: { ...own, 'content-type': 'application/x-www-form-urlencoded', cookie: browser.header() },
          body: new URLSearchParams({ csrfToken, callbackUrl: '/sv/registration' }),
        }) as never,
      ),
    );
    const authorization = new URL(started.headers.get('location')!);
    const at = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = { iss: broker.issuer, aud: clientId, iat: at, exp: at + 300, auth_time: at, nonce: authorization.searchParams.get('nonce')!, amr: ['suomi_fi', 'bank'], bank: 'nordea', loa: 'substantial', ...person };
    broker.answerCode('the-code', await broker.sign(claims));
    const callback = new URLSearchParams({ code: 'the-code', state: authorization.searchParams.get('state')!, iss: broker.issuer });
    const signedIn = browser.store(await handlers.GET(new NextRequest(`${origin}/api/auth/callback/city?${callback}`, { headers: { cookie: browser.header() } }) as never));
    expect(signedIn.headers.get('location')).toBe(`${origin}/sv/registration`);

    // And out again, with the CSRF token as the sign-out form sends it.
    browser.store(
      await handlers.POST(
        new NextRequest(`${origin}/api/auth/signout`, {
          method: 'POST',
          headers: { ...own, 'content-type': 'application/x-www-form-urlencoded', cookie: browser.header() },
          body: new URLSearchParams({ csrfToken, callbackUrl: '/sv/signed-out' }),
        }) as never,
      ),
    );

    const names = new Set(browser.seen.map((cookie) => cookie.name));
    for (const name of ['language', 'text-size', '__Host-authjs.csrf-token', '__Secure-authjs.callback-url', '__Secure-authjs.state', '__Secure-authjs.nonce', '__Secure-authjs.pkce.code_verifier', '__Secure-authjs.session-token']) {
      expect([...names], name).toContain(name);
    }

    // The page's own script writes these as well (the A A A buttons, next-intl's language links).
    const readableByPage = new Set(['language', 'text-size']);
    const personal = [person.national_id, person.national_id.replace('-', ''), person.given_name, person.family_name, person.sub];
    const problems: string[] = [];
    for (const cookie of browser.seen) {
      if (!cookie.attributes.has('secure')) problems.push(`${cookie.name}: not Secure`);
      if (!readableByPage.has(cookie.name) && !cookie.attributes.has('httponly')) problems.push(`${cookie.name}: not HttpOnly`);
      if (!/^(lax|strict)$/i.test(cookie.attributes.get('samesite') ?? '')) problems.push(`${cookie.name}: SameSite=${cookie.attributes.get('samesite') ?? '(none)'}`);
      if (cookie.attributes.get('path') !== '/') problems.push(`${cookie.name}: Path=${cookie.attributes.get('path') ?? '(none)'}`);
      if (cookie.attributes.has('domain')) problems.push(`${cookie.name}: Domain=${cookie.attributes.get('domain')}`);
      const decoded = decodeURIComponent(cookie.value);
      for (const reading of [decoded, Buffer.from(decoded, 'base64').toString('latin1'), Buffer.from(decoded, 'base64url').toString('latin1')]) {
        for (const item of personal) if (reading.includes(item)) problems.push(`${cookie.name}: holds ${item}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is where production always is: it refuses a PUBLIC_URL that is not https', async () => {
    const { parseEnv } = await import('@/lib/env');
    expect(() => parseEnv({ APP_ENV: 'production', PUBLIC_URL: 'http://asiointi.example' })).toThrow(/PUBLIC_URL: production must be served over https:\/\//);
  });
});
