import { test, expect, expectNoAxeViolations, locales } from './fixtures';

// Every page in every language: tests/e2e/accessibility-every-page.spec.ts. Here the states of
// pages that it does not reach by address alone.
const variants = [
  { path: '/sign-in?reason=weak', name: 'sign-in asking for strong identification' },
  { path: '/sign-in/error?error=Configuration', name: 'sign-in fault' },
];

for (const locale of locales) {
  for (const { path, name } of variants) {
    test(`${name} in ${locale}: right language, one h1, no axe violations`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/.+/);
      await expectNoAxeViolations(page);
    });
  }
}

test('the menu, opened on a phone, has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/fi');
  await page.getByText('Valikko', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Asiointikansio' })).toBeVisible();
  await expectNoAxeViolations(page);
});
