import { test, expect } from './fixtures';
import { chooseLargestTextSize, expectTextFits } from './text-size-support';

const rootFontSize = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test('A A A changes the text size at once and remembers it', async ({ page }) => {
  await page.goto('/en');
  expect(await rootFontSize(page)).toBe('16px');
  const group = page.getByRole('group', { name: 'Text size' });

  await group.getByRole('button', { name: 'Largest text size' }).click();
  await expect(group.getByRole('button', { name: 'Largest text size' })).toHaveAttribute('aria-pressed', 'true');
  expect(await rootFontSize(page)).toBe('24px');

  await page.goto('/en/instructions');
  expect(await rootFontSize(page)).toBe('24px');
  await expect(page.getByRole('button', { name: 'Largest text size' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Larger text size' }).click();
  expect(await rootFontSize(page)).toBe('20px');
  await page.getByRole('button', { name: 'Normal text size' }).click();
  expect(await rootFontSize(page)).toBe('16px');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('A A A still works and comes back to the same page', async ({ page }) => {
    await page.goto('/fi/e-services');
    await page.getByRole('button', { name: 'Suurin tekstikoko' }).click();
    await expect(page).toHaveURL(/\/fi\/e-services$/);
    expect(await rootFontSize(page)).toBe('24px');
  });
});

test('at the largest text size a phone screen does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/fi');
  await page.getByRole('button', { name: 'Suurin tekstikoko' }).click();
  // Measure the page at its new size once it has settled, whether the choice was made by the
  // script or, before the script was ready, by sending the form.
  await expect(page.getByRole('button', { name: 'Suurin tekstikoko' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
  await page.waitForLoadState('load');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Nor does anything run off the left edge, which scrolling would never reveal.
  const cutOff = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().left < -1).map((element) => element.textContent?.trim().slice(0, 30)),
  );
  expect(cutOff).toEqual([]);
});

test.describe('at 150 % text size', () => {
  for (const { path, name } of [
    { path: '/fi', name: 'front-page' },
    { path: '/fi/e-services', name: 'catalogue' },
    { path: '/fi/e-services/dog-declaration', name: 'service-page' },
  ]) {
    test(`the ${name.replace('-', ' ')} fits at 375 and 1280 px: nothing overflows, is cut off or overlaps`, async ({ page, baseURL }, testInfo) => {
      await chooseLargestTextSize(page, baseURL);
      await page.goto(path);
      await expectTextFits(page, testInfo, name);
    });
  }
});
