import { createHash, randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The address the portal's sign-in would send the browser to: a valid request in English. */
function authorizeUrl(baseURL: string | undefined): string {
  const origin = (baseURL ?? 'http://localhost:3100').replace(/\/$/, '');
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    client_id: 'asiointi',
    redirect_uri: `${origin}/api/auth/callback/city`,
    response_type: 'code',
    scope: 'openid profile',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: 'e2e-state',
    nonce: 'e2e-nonce',
    ui_locales: 'en',
  });
  return `/test-idp/authorize?${params}`;
}

async function openChooser(page: Page, baseURL: string | undefined) {
  await page.goto(authorizeUrl(baseURL));
  await expect(page.getByRole('heading', { level: 1, name: 'Identification' })).toBeVisible();
}

test.describe('test identification service', () => {
  test('bank access codes lead to "The identification was successful"', async ({ page, baseURL }) => {
    await openChooser(page, baseURL);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Test identification — not real.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Personal customers' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Corporate customers' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'City staff (test)' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Nordea', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Access codes' })).toBeVisible();
    await expect(page.getByText('Enter your User ID and code. Continue by clicking OK.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('User ID').fill('11111111');
    await page.getByLabel(/^Code/).fill('0000');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The User ID or the code is wrong.' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('User ID').fill('11111111');
    await page.getByLabel(/^Code/).fill('1111');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
    await expect(page.getByText('Portaalia Nordea Testaaja')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue to the service' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a mobile certificate that is never answered times out', async ({ page, baseURL }) => {
    await openChooser(page, baseURL);
    await page.getByRole('link', { name: 'Mobile certificate' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Identify yourself using mobile phone' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Phone number').fill('0401000004');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'An identification request was sent to your mobile phone' })).toBeVisible();
    await expect(page.getByText(/^\d{4}$/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Accepted on the phone – continue' }).click();
    await expect(
      page.getByText('The identification with mobile ID was interrupted. The duration of the event exceeded the time limit. Please try again.', { exact: true }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Back to the identification methods' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Identification' })).toBeVisible();
  });

  test('a certificate card asks for the certificate and PIN 1', async ({ page, baseURL }) => {
    await openChooser(page, baseURL);
    await page.getByRole('link', { name: 'Certificate card' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose the certificate' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: 'Aino Maria Virtanen' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enter PIN 1' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('PIN 1').fill('1234');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
    await expect(page.getByText('Aino Maria Virtanen')).toBeVisible();
  });

  test('the language switch keeps the request, and Cancel returns access_denied to the portal', async ({ page, baseURL }) => {
    await openChooser(page, baseURL);
    await page.getByRole('link', { name: 'Suomeksi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tunnistautuminen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await page.getByRole('link', { name: 'På svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Identifiering' })).toBeVisible();

    const callback = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/auth/callback/city');
    await page.getByRole('link', { name: 'Avbryt' }).click();
    const query = new URL((await callback).url()).searchParams;
    expect(query.get('error')).toBe('access_denied');
    expect(query.get('state')).toBe('e2e-state');
  });

  test('a representative chooses the organisation to act for', async ({ page, baseURL }) => {
    await openChooser(page, baseURL);
    await page.getByRole('link', { name: 'Identify for an organisation' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Yrjö Yrittäjä' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose the organisation' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: /Kotikadun Asukasyhdistys ry/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('You act on behalf of Kotikadun Asukasyhdistys ry (9876543-0).')).toBeVisible();
  });

  test('an unknown client sees an error page and is sent nowhere', async ({ page }) => {
    await page.goto('/test-idp/authorize?client_id=someone-else&redirect_uri=https%3A%2F%2Fattacker.example%2F&response_type=code&ui_locales=en');
    await expect(page).toHaveURL(/\/test-idp\/error\?/);
    await expect(page.getByText('The service that sent you here is not registered with this identification service.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
