import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const resultNames = (page: Page) => page.getByRole('region', { name: /e-service|asiointipalvelu|e-tjänst/i }).getByRole('heading', { level: 3 }).allTextContents();

async function search(page: Page, label: string, button: string, words: string) {
  await page.getByLabel(label, { exact: true }).fill(words);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === words);
}

test('the catalogue lists every service alphabetically, a page at a time, with a count', async ({ page }) => {
  await page.goto('/en/e-services');
  await expect(page.getByRole('heading', { level: 2, name: '32 e-services' })).toBeVisible();
  const firstPage = await resultNames(page);
  expect(firstPage).toHaveLength(20);
  expect(firstPage).toEqual([...firstPage].sort((a, b) => a.localeCompare(b, 'en')));
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/en\/e-services\?page=2$/);
  const secondPage = await resultNames(page);
  expect(secondPage).toHaveLength(12);
  expect(secondPage[0]!.localeCompare(firstPage.at(-1)!, 'en')).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('a search finds the dog declaration in each language, by everyday words and misspelt', async ({ page }) => {
  await page.goto('/fi/e-services');
  await search(page, 'Hakusana', 'Hae', 'koira');
  await expect(page).toHaveURL(/\/fi\/e-services\?q=koira/);
  expect(await resultNames(page)).toEqual(['Koiraveroilmoitus']);
  await expect(page.getByRole('heading', { level: 2, name: 'Löytyi 1 asiointipalvelu' })).toBeVisible();

  await search(page, 'Hakusana', 'Hae', 'koiraveroilmoitus');
  expect(await resultNames(page)).toEqual(['Koiraveroilmoitus']);

  await page.goto('/sv/e-services');
  await search(page, 'Sökord', 'Sök', 'hund');
  expect(await resultNames(page)).toContain('Hundskattedeklaration');

  await page.goto('/en/e-services');
  await search(page, 'Search word', 'Search', 'dog declaraton');
  expect((await resultNames(page))[0]).toBe('Dog declaration');
  // Each result leads to its description and to the e-service itself.
  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Dog declaration' }) });
  await expect(result.getByRole('link', { name: /^Go to the e-service\s*: Dog declaration$/ })).toHaveAttribute('href', '/en/forms/dog-declaration');
  await result.getByRole('link', { name: /^More about the service\s*: Dog declaration$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dog declaration' })).toBeVisible();
});

test('the topic and the target group combine, and Back returns to the previous results', async ({ page }) => {
  await page.goto('/en/e-services');
  await page.getByRole('group', { name: 'Topic' }).getByLabel('Housing and the environment').check();
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect(page).toHaveURL(/\?topic=housing-environment$/);
  const housing = await resultNames(page);
  expect(housing).toContain('Dog declaration');
  expect(housing).toContain('Terrace permit');

  await page.getByRole('group', { name: 'Target group' }).getByLabel('Enterprises').check();
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect(page).toHaveURL(/topic=housing-environment&group=enterprises/);
  const forEnterprises = await resultNames(page);
  expect(forEnterprises).toContain('Terrace permit');
  expect(forEnterprises).not.toContain('Dog declaration');
  expect(forEnterprises.length).toBeLessThan(housing.length);
  // The choices stay chosen on the page of results.
  await expect(page.getByRole('group', { name: 'Target group' }).getByLabel('Enterprises')).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/topic=housing-environment$/);
  expect(await resultNames(page)).toEqual(housing);
});

test('on a phone the filters fold behind one button, so the results come soon after the search', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/en/e-services');
  const fold = page.getByText('Filter by topic and target group');
  const housing = page.getByRole('group', { name: 'Topic' }).getByLabel('Housing and the environment');
  await expect(fold).toBeVisible();
  await expect(housing).toBeHidden();
  // The count of results is on the first screen, under the search.
  const count = page.getByRole('heading', { level: 2, name: '32 e-services' });
  expect((await count.boundingBox())!.y).toBeLessThan(800);

  await fold.click();
  await housing.check();
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect(page).toHaveURL(/\?topic=housing-environment$/);
  // With a filter chosen they stay open, the choice in sight.
  await expect(housing).toBeVisible();
  await expect(housing).toBeChecked();
  expect(await resultNames(page)).toContain('Dog declaration');
  await expectNoAxeViolations(page);

  // On a wider screen there is nothing to open: the filters are simply there.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/e-services');
  await expect(fold).toBeHidden();
  await expect(housing).toBeVisible();
  await housing.focus();
  await expect(housing).toBeFocused();
});

test('a search that finds nothing helps the person on', async ({ page }) => {
  await page.goto('/en/e-services?q=zzzzqqq');
  await expect(page.getByRole('heading', { level: 2, name: 'No e-services found' })).toBeVisible();
  await expect(page.getByText('No e-service matched your search.')).toBeVisible();
  await expect(page.getByRole('main').getByText(/\(09\) 310 88800/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Show all e-services' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '32 e-services' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a person can search and filter', async ({ page }) => {
    await page.goto('/sv/e-services');
    await page.getByRole('group', { name: 'Målgrupp' }).getByLabel('Föreningar').check();
    await search(page, 'Sökord', 'Sök', 'understöd');
    await expect(page).toHaveURL(/q=underst%C3%B6d.*group=associations/);
    const names = await resultNames(page);
    expect(names).toContain('Understöd till föreningar');
    expect(names).not.toContain('Hundskattedeklaration');
  });
});

test('a service page shows the description, how to use the service and the alternatives', async ({ page }) => {
  await page.goto('/en/e-services/referee-fee');
  await expect(page.getByRole('heading', { level: 1, name: 'Referee fee - Applying online' })).toBeVisible();
  const main = page.getByRole('main');
  for (const term of ['Target group', 'Process', 'Processing time', 'Responsible division']) await expect(main.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
  const aside = page.getByRole('complementary', { name: 'Using the service' });
  await expect(aside.getByRole('link', { name: 'Go to the e-service' })).toHaveAttribute('href', '/en/forms/referee-fee');
  await expect(aside.getByRole('link', { name: 'Feedback' })).toBeVisible();
  await expect(aside.getByRole('heading', { name: 'Available languages' })).toBeVisible();
  await expect(aside.getByText('The data of the service is saved in your e-services folder.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Alternatives' })).toBeVisible();
  await expectNoAxeViolations(page);

  // On a phone the way to the e-service comes before the long description.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(main.getByRole('link', { name: 'Go to the e-service' })).toBeInViewport();
  await expect(aside.getByRole('link', { name: 'Go to the e-service' })).toBeHidden();

  // Search engines learn what the page is about.
  const structured = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(structured['@type']).toBe('GovernmentService');
  expect(structured.name).toBe('Referee fee - Applying online');
});

test('a health care form says its data is not kept in the folder', async ({ page }) => {
  await page.goto('/fi/e-services/health-questionnaire');
  await expect(page.getByText('Yksityisyytesi suojaamiseksi palvelun tiedot eivät tallennu asiointikansioosi.')).toBeVisible();
});

test('a text not yet translated shows in Finnish, and says so', async ({ page }) => {
  await page.goto('/sv/e-services/market-place-rental');
  const fallback = page.getByRole('main').locator('[lang="fi"]').first();
  await expect(fallback).toBeVisible();
  await expect(page.getByRole('main').getByText('(finns på finska)').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unpublished or unknown service is not found', async ({ page }) => {
  const response = await page.goto('/en/e-services/no-such-service');
  expect(response?.status()).toBe(404);
});
