import { test, expect } from './fixtures';

test.describe('choosing the language at /', () => {
  test('a Finnish browser gets Finnish', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/fi$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helsingin kaupungin sähköinen asiointi');
    await context.close();
  });

  test('a Swedish browser gets Swedish, an English one English', async ({ browser }) => {
    for (const [browserLocale, path, heading] of [
      ['sv-FI', '/sv', 'Helsingfors stads e-tjänster'],
      ['en-GB', '/en', "The City of Helsinki's e-services"],
    ] as const) {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', path.slice(1));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await context.close();
    }
  });

  test('a language chosen before wins over the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/sv/e-services');
    await page.goto('/');
    await expect(page).toHaveURL(/\/sv$/);
    await context.close();
  });

  test('a browser in another language gets Finnish', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/fi$/);
    await context.close();
  });
});

test('the language switcher keeps the page the person is on', async ({ page }) => {
  await page.goto('/fi/e-services');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asiointipalvelut');

  await page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'Svenska' }).click();
  await expect(page).toHaveURL(/\/sv\/e-services$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-tjänster');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'E-tjänster' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/e-services$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-services');
});

test('service names follow the language', async ({ page }) => {
  await page.goto('/sv/e-services/dog-declaration');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hundskattedeklaration');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dog declaration');
});
