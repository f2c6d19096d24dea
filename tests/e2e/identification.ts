import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/*
 * Steps through the test identification service that many tests share. Each test signs in as
 * its own test person (lib/test-idp/test-people.ts): the tests run side by side on one database,
 * and a person registered by one test would skip another test's registration.
 */

/** Bank access codes at the test identification service, from its chooser to the portal. */
export async function identifyWithBank(page: Page, userId: string, code: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Identification' })).toBeVisible();
  await page.getByRole('link', { name: 'Nordea', exact: true }).click();
  await page.getByLabel('User ID').fill(userId);
  await page.getByLabel(/^Code/).fill(code);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the service' }).click();
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
