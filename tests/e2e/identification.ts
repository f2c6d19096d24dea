import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/*
 * Steps through the test identification service that many tests share. Each test signs in as
 * its own test person (lib/test-idp/test-people.ts): the tests run side by side on one database,
 * and a person registered by one test would skip another test's registration.
 */

/** "The identification was successful" → "Continue to the service" (ID3). */
async function continueToTheService(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the service' }).click();
}

/** Bank access codes at the test identification service, from its chooser to the portal. */
export async function identifyWithBank(page: Page, userId: string, code: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Identification' })).toBeVisible();
  await page.getByRole('link', { name: 'Nordea', exact: true }).click();
  await page.getByLabel('User ID').fill(userId);
  await page.getByLabel(/^Code/).fill(code);
  await page.getByRole('button', { name: 'OK' }).click();
  await continueToTheService(page);
}

/**
 * Mobile certificate, from the chooser: the phone number, the request with its number code to
 * compare, and the request accepted on the phone. Ends on whatever the service answers.
 */
export async function requestMobileIdentification(page: Page, phone: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Identification' })).toBeVisible();
  await page.getByRole('link', { name: 'Mobile certificate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Identify yourself using mobile phone' })).toBeVisible();
  await page.getByLabel('Phone number').fill(phone);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'An identification request was sent to your mobile phone' })).toBeVisible();
  await expect(page.getByText(/^\d{4}$/)).toBeVisible();
  await page.getByRole('button', { name: 'Accepted on the phone – continue' }).click();
}

/** Mobile certificate at the test identification service, from its chooser to the portal. */
export async function identifyWithMobile(page: Page, phone: string) {
  await requestMobileIdentification(page, phone);
  await continueToTheService(page);
}

/** Certificate card: the holder's certificate, then PIN 1, from the chooser to the portal. */
export async function identifyWithCard(page: Page, holder: string, pin: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Identification' })).toBeVisible();
  await page.getByRole('link', { name: 'Certificate card' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose the certificate' })).toBeVisible();
  await page.getByRole('radio', { name: holder }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter PIN 1' })).toBeVisible();
  await page.getByLabel('PIN 1').fill(pin);
  await page.getByRole('button', { name: 'OK' }).click();
  await continueToTheService(page);
}

export async function signInFromSignInPage(page: Page) {
  await page.getByRole('region', { name: 'Personal customers' }).getByRole('button', { name: 'Sign in' }).click();
}

/** The newest confirmation code sent to `email`, read from the development outbox page. */
export async function codeFromOutbox(page: Page, email: string): Promise<string> {
  const outbox = await page.context().newPage();
  await outbox.goto(`/en/outbox?${new URLSearchParams({ to: email })}`);
  const text = (await outbox.locator('pre').first().textContent()) ?? '';
  await outbox.close();
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  expect(code, 'a six-digit code in the e-mail').toBeTruthy();
  return code!;
}
