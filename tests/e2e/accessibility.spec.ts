import { test, expect, expectNoAxeViolations, locales } from './fixtures';

const pages = [
  { path: '', name: 'front page' },
  { path: '/instructions', name: 'instructions' },
  { path: '/privacy', name: 'privacy notice' },
  { path: '/accessibility', name: 'accessibility statement' },
  { path: '/cookies', name: 'cookies' },
  { path: '/feedback', name: 'feedback' },
  { path: '/e-services', name: 'e-services' },
  { path: '/e-services/dog-declaration', name: 'service page' },
  { path: '/sign-in', name: 'sign-in' },
  { path: '/folder', name: 'folder, signed out' },
  { path: '/profile', name: 'profile, signed out' },
  { path: '/sign-in?reason=expired', name: 'sign-in after the session ended' },
  { path: '/sign-in?reason=weak', name: 'sign-in asking for strong identification' },
  { path: '/sign-in/error?error=AccessDenied', name: 'sign-in refused' },
  { path: '/sign-in/error?error=Configuration', name: 'sign-in fault' },
  { path: '/signed-out', name: 'signed out' },
  { path: '/no-such-page', name: '404', status: 404 },
];

for (const locale of locales) {
  for (const { path, name, status = 200 } of pages) {
    test(`${name} in ${locale}: right language, one h1, no axe violations`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(status);
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
