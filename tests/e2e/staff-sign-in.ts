import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';

/** From the English staff page: the work-account button, then a test member of staff, back to the staff tools. */
export async function signInAsStaff(page: Page, name: RegExp) {
  await page.goto('/en/staff');
  await page.getByRole('button', { name: 'Sign in with a work account' }).click();
  await page.getByRole('region', { name: 'City staff (test)' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff tools' })).toBeVisible();
}

/** A member of staff signed in, in a browser context of their own beside the resident's. */
export async function staffPage(browser: Browser, name: RegExp): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await signInAsStaff(page, name);
  return page;
}
