import { test, expect } from './fixtures';

test('the main menu leads to every section, and marks where the person is', async ({ page }) => {
  await page.goto('/en');
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  for (const name of ['Home', 'E-services', 'My folder', 'My profile', 'Instructions']) {
    await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(menu.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await menu.getByRole('link', { name: 'Instructions' }).click();
  await expect(page).toHaveURL(/\/en\/instructions$/);
  await expect(menu.getByRole('link', { name: 'Instructions' })).toHaveAttribute('aria-current', 'page');
});

test('on a phone the menu hides behind "Menu"', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/en');
  const folderLink = page.getByRole('link', { name: 'My folder' });
  await expect(folderLink).toBeHidden();
  await page.getByText('Menu', { exact: true }).click();
  await expect(folderLink).toBeVisible();
  await folderLink.click();
  // The folder is for signed-in residents: the menu leads to signing in, and back afterwards.
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Ffolder$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to e-services');
});

test('the first Tab reaches "Skip to content", which moves focus to the content', async ({ page }) => {
  await page.goto('/fi');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Siirry sisältöön' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('every page has the same footer with feedback and the support line', async ({ page }) => {
  for (const path of ['/fi', '/fi/e-services', '/fi/sign-in']) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: '(09) 310 88800' })).toHaveAttribute('href', 'tel:+358931088800');
    await expect(footer).toContainText('ma–pe klo 8–18');
    await expect(footer.getByRole('link', { name: 'Anna palautetta' })).toBeVisible();
  }
});

test('the front page shows the service notice, popular services and the way to sign in', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { name: 'Applications for day care starting in the autumn are open' })).toBeVisible();
  const popular = page.getByRole('main').getByRole('region', { name: 'Popular services' });
  await expect(popular.getByRole('link')).toContainText(['Day care or pre-school application', 'Social assistance', 'Dog declaration']);
  await expect(page.getByRole('heading', { name: 'What is Asiointi?' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Sign in: e-services' }).click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Personal customers' })).toBeVisible();
});

test('the side column lists popular services and help', async ({ page }) => {
  await page.goto('/sv/e-services');
  const side = page.getByRole('complementary', { name: 'Fler tjänster och hjälp' });
  await expect(side.getByRole('heading', { name: 'Populära tjänster' })).toBeVisible();
  await side.getByRole('link', { name: 'Hundskattedeklaration' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hundskattedeklaration');
});

test('an unknown address answers 404 with a page in the right language', async ({ page }) => {
  for (const [locale, heading] of [['fi', 'Sivua ei löytynyt'], ['sv', 'Sidan hittades inte'], ['en', 'Page not found']] as const) {
    const response = await page.goto(`/${locale}/no/such/page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  }
  const unknownService = await page.goto('/en/e-services/no-such-service');
  expect(unknownService?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
