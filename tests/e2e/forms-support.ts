import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { identifyWithBank, signInFromSignInPage } from './identification';

/** A test person of lib/test-idp/test-people.ts who fills in forms. */
export type FormPerson = { userId: string; code: string; mobile: string };

/**
 * Opens a form signed out, signs in with the bank codes and registers with a mobile number on
 * the first time; the portal brings the person back to the form.
 */
export async function signInToForm(page: Page, slug: string, person: FormPerson) {
  await page.goto(`/en/forms/${slug}`);
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Fforms%2F/);
  await signInHere(page, person);
}

/** On the sign-in page: signs in, registering with a mobile number the first time, and ends where the portal sends the person back. */
export async function signInHere(page: Page, person: FormPerson) {
  await signInFromSignInPage(page);
  await identifyWithBank(page, person.userId, person.code);
  await page.waitForURL((url) => !url.pathname.startsWith('/test-idp'));
  if (new URL(page.url()).pathname.endsWith('/registration')) {
    await expect(page.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
    await page.getByLabel(/I accept that a profile is created/).check();
    await page.getByLabel('E-mail address').fill('');
    await page.getByLabel('Mobile phone number').fill(person.mobile);
    await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
    await page.getByRole('button', { name: 'Register' }).click();
  }
  await expect(page).not.toHaveURL(/registration/);
}

/** The item number on the confirmation page (FRM2). */
export async function itemNumberOnConfirmation(page: Page): Promise<string> {
  const text = (await page.getByText(/item number \d{6}|asianumerolla \d{6}|ärendenumret \d{6}/).first().textContent()) ?? '';
  return /(\d{6})/.exec(text)![1]!;
}
