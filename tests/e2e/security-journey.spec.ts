/**
 * One resident's whole sign-in journey, watched for two things: every cookie the portal sets on
 * the way, and every server action refusing a post from another site while this person is
 * signed in. Route handlers are checked the same way, in-process, in
 * tests/integration/security-csrf-routes.test.ts; Secure on https in security-cookies.test.ts.
 */
import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { identifyWithBank, signInFromSignInPage } from './identification';
import { builtServerActions, fetchAction, formPostAction, serverActionsInSource } from './server-actions';

const FOREIGN = 'https://evil.example';
// Seppo Suojattu (lib/test-idp/test-people.ts): nothing of him may be in a cookie.
const personal = ['141141-941U', '141141941U', 'Seppo', 'Suojattu', '41414141', '358401000041'];

type SeenCookie = { line: string; name: string; value: string; attributes: Map<string, string>; url: string };

function parseSetCookie(line: string, url: string): SeenCookie {
  const [pair = '', ...rest] = line.split(';');
  const at = pair.indexOf('=');
  const attributes = new Map(rest.map((part) => part.trim()).filter(Boolean).map((part): [string, string] => {
    const equals = part.indexOf('=');
    return equals < 0 ? [part.toLowerCase(), ''] : [part.slice(0, equals).toLowerCase(), part.slice(equals + 1)];
  }));
  return { line, name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim(), attributes, url };
}

/** The value, and what it might be hiding under a layer of URL, base64 or base64url encoding. */
function readings(value: string): string[] {
  const decoded = (() => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  })();
  return [value, decoded, Buffer.from(decoded, 'base64').toString('latin1'), Buffer.from(decoded, 'base64url').toString('latin1')];
}

function collectCookies(page: Page, into: SeenCookie[]) {
  page.on('response', async (response: Response) => {
    for (const { name, value } of await response.headersArray().catch(() => [])) {
      if (name.toLowerCase() === 'set-cookie') into.push(parseSetCookie(value, response.url()));
    }
  });
}

test('every server action of the build is one in the source, so none escapes the check below', async () => {
  const built = (await builtServerActions()).map((action) => `${action.file}#${action.name}`).sort();
  expect(built).toEqual(await serverActionsInSource());
  expect(built.length).toBeGreaterThan(20);
});

test('through a whole sign-in the cookies are HttpOnly, SameSite and scoped, hold nothing of the person, and no server action takes a post from another site', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const seen: SeenCookie[] = [];
  collectCookies(page, seen);

  // A language chosen, a text size chosen without JavaScript's help (the form's own route), then
  // signing in with bank codes, which ends on the registration page with a session.
  await page.goto('/en');
  await page.getByRole('link', { name: 'Svenska' }).click();
  await expect(page).toHaveURL(/\/sv$/);
  const textSize = await page.request.post('/api/preferences/text-size', { form: { size: '125', returnTo: '/en' }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(textSize.status()).toBe(303);
  for (const line of textSize.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie')) seen.push(parseSetCookie(line.value, textSize.url()));
  await page.goto('/en/sign-in');
  await signInFromSignInPage(page);
  await identifyWithBank(page, '41414141', '4141');
  await expect(page).toHaveURL(/\/en\/registration/);
  expect(await (await page.request.get('/api/session')).json()).toMatchObject({ signedIn: true });

  // Every server action, posted from another site with this person's cookies, both as a script
  // calls it and as a form without JavaScript posts it: Next refuses it before it runs (500), and
  // the person is still signed in, so not even "sign out" ran.
  const actions = await builtServerActions();
  const refusals: string[] = [];
  for (const action of actions) {
    for (const call of [fetchAction, formPostAction]) {
      const response = await call(page.request, action, FOREIGN);
      if (response.status() !== 500) refusals.push(`${action.file}#${action.name} (${call.name}) at ${action.pagePath}: ${response.status()}`);
    }
  }
  expect(refusals, 'server actions that did not refuse a foreign Origin').toEqual([]);
  expect(await (await page.request.get('/api/session')).json()).toMatchObject({ signedIn: true });

  // The same call from the portal's own origin does reach the action: signing out works, so the
  // refusals above were for the Origin and nothing else.
  const endSession = actions.find((action) => action.file === 'lib/auth/actions.ts' && action.name === 'endSession')!;
  const own = await fetchAction(page.request, endSession, new URL(baseURL!).origin);
  expect(own.status()).toBeLessThan(400);
  for (const line of own.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie')) seen.push(parseSetCookie(line.value, own.url()));
  expect(await (await page.request.get('/api/session')).json()).toMatchObject({ signedIn: false });

  // The cookies of the journey: the language, the text size, Auth.js's CSRF, callback, state,
  // nonce and PKCE cookies, the session, and their removal.
  const names = new Set(seen.map((cookie) => cookie.name));
  for (const expected of ['language', 'text-size', 'authjs.csrf-token', 'authjs.callback-url', 'authjs.state', 'authjs.nonce', 'authjs.pkce.code_verifier', 'authjs.session-token']) {
    expect([...names], `the journey sets ${expected}`).toContain(expected);
  }
  // Written by the page's own script as well (the A A A buttons, next-intl's language links), so
  // they cannot be HttpOnly; they hold a size and a language code.
  const readableByPage = new Set(['language', 'text-size']);
  const https = baseURL!.startsWith('https://');
  const problems: string[] = [];
  for (const cookie of seen) {
    const label = `${cookie.name} from ${new URL(cookie.url).pathname}`;
    if (!readableByPage.has(cookie.name) && !cookie.attributes.has('httponly')) problems.push(`${label}: not HttpOnly`);
    if (!/^(lax|strict)$/i.test(cookie.attributes.get('samesite') ?? '')) problems.push(`${label}: SameSite=${cookie.attributes.get('samesite') ?? '(none)'}`);
    if (cookie.attributes.get('path') !== '/') problems.push(`${label}: Path=${cookie.attributes.get('path') ?? '(none)'}`);
    if (cookie.attributes.has('secure') !== https) problems.push(`${label}: Secure ${cookie.attributes.has('secure')} on ${baseURL}`);
    if (cookie.attributes.has('domain')) problems.push(`${label}: Domain=${cookie.attributes.get('domain')} (shared with other hosts)`);
    for (const reading of readings(cookie.value)) {
      for (const item of personal) if (reading.includes(item)) problems.push(`${label}: holds ${item}`);
    }
  }
  expect(problems).toEqual([]);
});
