import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The staff page's button, then a test staff member at the test identification service. */
async function signInAsStaff(page: Page, name: RegExp) {
  await page.getByRole('button', { name: 'Sign in with a work account' }).click();
  await page.getByRole('region', { name: 'City staff (test)' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the service' }).click();
}

test('a content editor signs in with a work account, sees their role, and has no resident folder', async ({ page }) => {
  await page.goto('/en/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in for city staff' })).toBeVisible();
  await expectNoAxeViolations(page);
  await signInAsStaff(page, /Eeva Toimittaja/);

  await expect(page).toHaveURL(/\/en\/staff$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Staff tools' })).toBeVisible();
  await expect(page.getByText('You are signed in as Eeva Toimittaja (content editor).')).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Eeva Toimittaja');
  await expect(banner.getByRole('link', { name: 'Staff tools' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The folder and the profile belong to residents: a work account is taken to its own tools.
  await page.goto('/en/folder');
  await expect(page).toHaveURL(/\/en\/staff$/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeVisible();
  await page.goto('/en/staff');
  await expect(page.getByRole('button', { name: 'Sign in with a work account' })).toBeVisible();
});

test('the staff page speaks Finnish and Swedish, and an official sees their role', async ({ page }) => {
  await page.goto('/fi/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Kaupungin henkilöstön kirjautuminen' })).toBeVisible();
  await page.goto('/sv/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggning för stadens personal' })).toBeVisible();
  await page.getByRole('button', { name: 'Logga in med arbetskonto' }).click();
  await page.getByRole('link', { name: 'In English' }).click();
  await page.getByRole('region', { name: 'City staff (test)' }).getByRole('button', { name: /Outi Käsittelijä/ }).click();
  await page.getByRole('button', { name: 'Continue to the service' }).click();
  await expect(page).toHaveURL(/\/sv\/staff$/);
  await expect(page.getByText('Du är inloggad som Outi Käsittelijä (tjänsteman).')).toBeVisible();
});
