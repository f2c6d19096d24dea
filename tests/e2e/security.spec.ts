import { test, expect } from './fixtures';

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
