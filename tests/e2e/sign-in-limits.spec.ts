import { expect, expectNoAxeViolations, test } from './fixtures';

// A user id no test person has: locking it cannot disturb any other test's sign-in.
const UNUSED_USER_ID = '99999999';

test('the test identification service locks a user id after five wrong codes and says so in the person’s language', async ({ page }) => {
  await page.goto('/sv/sign-in');
  await page.getByRole('region', { name: 'Privatkunder' }).getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('link', { name: 'Nordea', exact: true }).click();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('Användarnamn').fill(UNUSED_USER_ID);
    await page.getByLabel(/^Kod/).fill('0000');
    // The page after each try has the same address: wait for the new one to load.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'OK' }).click()]);
    const message = attempt < 5 ? 'Användarnamnet eller koden är fel.' : 'För många felaktiga koder har angetts för det här användarnamnet, så det är spärrat. Försök igen om 15 minuter.';
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
