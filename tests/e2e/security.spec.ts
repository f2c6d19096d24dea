import { createHash } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { signInToForm, type FormPerson } from './forms-support';
import { builtServerActions, formPostAction } from './server-actions';

test('pages carry a strict Content Security Policy with a fresh nonce, and the baseline headers', async ({ request }) => {
  const first = await request.get('/fi');
  const second = await request.get('/fi');
  const policy = first.headers()['content-security-policy'] ?? '';
  const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain('unsafe-eval');
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()['content-security-policy']).not.toBe(policy);

  const headers = first.headers();
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(headers['x-powered-by']).toBeUndefined();
});

test("every script on the page carries the request's nonce, and the page still runs", async ({ page }) => {
  const response = await page.goto('/en');
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')?.[1];
  expect(nonce).toBeTruthy();
  const scripts = await page.locator('script').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
  // The page hydrated under the policy: a client-side control reacts.
  await page.getByRole('button', { name: 'Larger text size' }).click();
  await expect(page.getByRole('button', { name: 'Larger text size' })).toHaveAttribute('aria-pressed', 'true');
});

const sanna: FormPerson = { userId: '46464646', code: '4646', mobile: '040 100 0046' };

/** What the browser has reported breaking the page's Content Security Policy since it loaded. */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);

test('the form with its browser check, and the signed-in pages, run without breaking their Content Security Policy', async ({ page }) => {
  test.setTimeout(90_000);
  // A violation is reported even when the script catches the refusal (as a library probing
  // whether it may eval does), so it is counted from the first moment of each page.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`));
  });
  await signInToForm(page, 'dog-declaration', sanna);
  await expect(page.getByRole('heading', { level: 2, name: '1/4 Owner information' })).toBeVisible();
  // The browser check runs (zod in the browser): Next with a required field empty.
  await page.getByLabel('E-mail address').fill('');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem with the form' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  for (const path of ['/en/folder', '/en/profile', '/en']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
});

test('the text-size form refuses to send a person to another site', async ({ request }) => {
  const response = await request.post('/api/preferences/text-size', {
    form: { size: '125', returnTo: '//evil.example/phish' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(new URL(response.headers()['location'] ?? '').host).toBe(new URL(test.info().project.use.baseURL ?? '').host);
});

test('GET /api/health reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  expect(response.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
});

test('a missing file answers 404 under a policy that lets no inline script run', async ({ request }) => {
  const response = await request.get('/no-such-file.png');
  expect(response.status()).toBe(404);
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
});

test('robots.txt keeps crawlers out of residents’ pages and points to the sitemap of every language', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /fi/folder');
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1] ?? '';
  const sitemap = await (await request.get(new URL(sitemapUrl).pathname)).text();
  for (const locale of ['fi', 'sv', 'en']) expect(sitemap).toContain(`/${locale}/instructions</loc>`);
});

/** The directive that governs scripts: script-src, or default-src where there is none. */
function scriptPolicy(policy: string): string {
  const directives = policy.split(';').map((directive) => directive.trim());
  return directives.find((directive) => directive.startsWith('script-src ')) ?? directives.find((directive) => directive.startsWith('default-src ')) ?? '';
}

/** Inline scripts of a page that its policy would not run: every one needs the nonce or its hash. */
function inlineScriptsNotAllowed(html: string, policy: string): string[] {
  const scripts = policy.split(';').find((directive) => directive.trim().startsWith('script-src ')) ?? '';
  const refused: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue;
    const nonce = /\bnonce="([^"]+)"/.exec(attributes)?.[1];
    if (nonce && scripts.includes(`'nonce-${nonce}'`)) continue;
    if (scripts.includes(`'sha256-${createHash('sha256').update(body).digest('base64')}'`)) continue;
    refused.push(body.slice(0, 80));
  }
  return refused;
}

const FOREIGN = 'https://evil.example';

/** Every kind of answer the portal gives, each as a request that gets it. */
const kindsOfAnswer: { kind: string; status: number; fetch: (request: APIRequestContext) => Promise<APIResponse> }[] = [
  { kind: 'a page rendered for the request', status: 200, fetch: (request) => request.get('/fi/instructions') },
  { kind: 'a service page from the cache, for a visitor who is not signed in', status: 200, fetch: (request) => request.get('/sv/e-services/dog-declaration') },
  { kind: 'a redirect to the person’s language', status: 307, fetch: (request) => request.get('/', { maxRedirects: 0 }) },
  { kind: 'a page that does not exist', status: 404, fetch: (request) => request.get('/en/no-such-page') },
  { kind: 'a file that does not exist', status: 404, fetch: (request) => request.get('/no-such-file.png') },
  {
    kind: 'an error page (a server action posted from another site)',
    status: 500,
    fetch: async (request) => formPostAction(request, (await builtServerActions()).find((action) => action.name === 'sendFeedback')!, FOREIGN),
  },
  { kind: 'an API answer', status: 200, fetch: (request) => request.get('/api/health') },
  { kind: 'an API refusal', status: 403, fetch: (request) => request.post('/api/session', { headers: { origin: FOREIGN } }) },
  { kind: 'the case systems’ API without a key', status: 401, fetch: (request) => request.get('/api/v1/submissions') },
  { kind: 'a static file', status: 200, fetch: (request) => request.get('/favicon.svg') },
  {
    kind: 'a script of the build',
    status: 200,
    fetch: async (request) => request.get(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await request.get('/fi')).text())![1]!),
  },
  { kind: 'robots.txt', status: 200, fetch: (request) => request.get('/robots.txt') },
  { kind: 'a page of the test identification service', status: 200, fetch: (request) => request.get('/test-idp/.well-known/openid-configuration') },
];

for (const { kind, status, fetch } of kindsOfAnswer) {
  test(`${kind} carries the security headers, and its policy lets no inline script run but its own`, async ({ request }) => {
    const response = await fetch(request);
    expect(response.status()).toBe(status);
    const headers = response.headers();
    expect(headers['strict-transport-security']).toMatch(/max-age=(\d{8,}|[3-9]\d{7}); includeSubDomains/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-powered-by']).toBeUndefined();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/object-src 'none'|default-src 'none'/);
    const scripts = scriptPolicy(policy);
    expect(scripts, 'a policy for scripts').not.toBe('');
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    // A page whose policy names its scripts (a nonce, hashes) runs all of them and nothing else;
    // one whose policy names none (the prerendered 404 of a missing file) runs no inline script.
    if ((headers['content-type'] ?? '').startsWith('text/html') && /'(nonce|sha256)-/.test(scripts)) {
      expect(inlineScriptsNotAllowed(await response.text(), policy)).toEqual([]);
    }
  });
}
