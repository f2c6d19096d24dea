import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';
import { signInAsStaff } from './staff-sign-in';

const scriptSources = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('script-src ')) ?? '';

test('a visitor who is not signed in gets the service page kept for everyone, its inline scripts named by hash, and it runs', async ({ page, request }) => {
  const first = await request.get('/en/e-services/dog-declaration');
  const second = await request.get('/en/e-services/dog-declaration');
  expect(first.status()).toBe(200);
  const policy = first.headers()['content-security-policy'] ?? '';
  expect(scriptSources(policy)).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(policy).toContain("frame-ancestors 'none'");
  // The same page for everyone, under the same policy.
  expect(second.headers()['content-security-policy']).toBe(policy);
  expect(await second.text()).toBe(await first.text());

  // Every inline script of the page is one the policy names; nothing else could run.
  const html = await first.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  expect(inline.length).toBeGreaterThan(0);
  for (const body of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);

  // In the browser the page runs under that policy (the fixture fails on any violation) and its
  // header knows the public address, not the cache's own.
  await page.goto('/en/e-services/dog-declaration');
  await expect(page.getByRole('heading', { level: 1, name: 'Dog declaration' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Svenska' })).toHaveAttribute('href', '/sv/e-services/dog-declaration');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'E-services' }).first()).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Svenska' }).click();
  await expect(page).toHaveURL(/\/sv\/e-services\/dog-declaration$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hundskattedeklaration' })).toBeVisible();

  // A text size of one's own is this person's: from then on the page is rendered for them.
  await page.getByRole('button', { name: 'Större textstorlek' }).click();
  await expect(page.getByRole('button', { name: 'Större textstorlek' })).toHaveAttribute('aria-pressed', 'true');
  const own = await page.reload();
  expect(scriptSources(own?.headers()['content-security-policy'] ?? '')).toMatch(/'nonce-/);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '125');
});

test('the page comes from the cache whatever name the server is reached by', async ({ request, baseURL }) => {
  const byAddress = new URL('/en/e-services/dog-declaration', baseURL);
  byAddress.hostname = '127.0.0.1';
  const response = await request.get(byAddress.href, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(scriptSources(response.headers()['content-security-policy'] ?? '')).toMatch(/'sha256-/);
});

test('the cache’s own address is not a page', async ({ request }) => {
  const response = await request.get('/cached/en/e-services/dog-declaration');
  expect(response.status()).toBe(404);
});

test('someone signed in gets the service page rendered for them, with their name in the header', async ({ page }) => {
  await signInAsStaff(page, /Pekka Palvelija/);
  const response = await page.goto('/en/e-services/dog-declaration');
  expect(scriptSources(response?.headers()['content-security-policy'] ?? '')).toMatch(/'nonce-/);
  await expect(page.getByRole('banner')).toContainText('Pekka Palvelija');
  await expect(page.getByRole('heading', { level: 1, name: 'Dog declaration' })).toBeVisible();
});
