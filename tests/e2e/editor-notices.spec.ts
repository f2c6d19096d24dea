import type { Page, Request } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { identifyWithBank, signInFromSignInPage } from './identification';
import { signInAsStaff } from './staff-sign-in';
import { toHelsinkiLocal } from '../../lib/time/helsinki';

// Each run writes its own notices, so a rerun against the same server never sees the last one's.
const stamp = Date.now().toString(36);

/** Fills the notice form in all three languages; `link` adds a link in each. */
async function fillNotice(page: Page, title: string, { link = false } = {}) {
  for (const [language, suffix] of [['in Finnish', 'fi'], ['in Swedish', 'sv'], ['in English', 'en']] as const) {
    await page.getByLabel(`Title (${language})`).fill(`${title} ${suffix}`);
    await page.getByLabel(`Text (${language})`).fill(`Text of ${title} ${suffix}`);
    if (link) {
      await page.getByLabel(`Link address (optional) (${language})`).fill(`https://www.hel.fi/${suffix}/${stamp}`);
      await page.getByLabel(`Link text (optional) (${language})`).fill(`Read more ${suffix}`);
    }
  }
}

async function deleteNotice(page: Page, title: string) {
  await page.goto('/en/editor/notices');
  await page.getByRole('link', { name: `Delete “${title}”` }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Delete the notice?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Delete the notice' }).click();
  await expect(page.getByRole('status')).toContainText('The notice was deleted.');
}

test('an editor adds an alert shown now with its link, and a notice from tomorrow that waits; both go when deleted', async ({ page }) => {
  await signInAsStaff(page, /Eeva Toimittaja/);
  await page.getByRole('link', { name: 'Service notices on the front page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service notices' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Problems first: a title missing in Swedish and an end before the start. Nothing typed is lost.
  const alert = `Water outage ${stamp}`;
  await page.getByRole('link', { name: 'New notice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New service notice' })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillNotice(page, alert, { link: true });
  await page.getByLabel('Title (in Swedish)').fill('');
  await page.getByRole('radio', { name: 'Alert' }).check();
  const start = await page.getByLabel('Starts').inputValue();
  await page.getByLabel('Ends (optional)').fill(toHelsinkiLocal(new Date(Date.now() - 24 * 60 * 60 * 1000)));
  await page.getByRole('button', { name: 'Save notice' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Write the title in Swedish.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'The end must be after the start.' })).toBeVisible();
  await expect(page.getByLabel('Title (in Finnish)')).toHaveValue(`${alert} fi`);
  await expect(page.getByLabel('Link text (optional) (in English)')).toHaveValue('Read more en');
  await expect(page.getByRole('radio', { name: 'Alert' })).toBeChecked();
  await expect(page.getByLabel('Title (in Swedish)')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByLabel('Title (in Swedish)').fill(`${alert} sv`);
  await page.getByLabel('Ends (optional)').fill('');
  await page.getByRole('button', { name: 'Save notice' }).click();
  await expect(page.getByRole('status')).toContainText('The notice was added.');
  const created = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${alert} en` }) });
  await expect(created).toContainText('Shown now');
  await expect(created).toContainText('Alert');

  // One from tomorrow on waits for its time.
  const later = `Library hours ${stamp}`;
  await page.getByRole('link', { name: 'New notice' }).click();
  await fillNotice(page, later);
  await page.getByLabel('Starts').fill(toHelsinkiLocal(new Date(Date.now() + 24 * 60 * 60 * 1000)));
  await page.getByRole('button', { name: 'Save notice' }).click();
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${later} en` }) })).toContainText('Scheduled');
  await expect(page.getByRole('region', { name: 'Recent changes' })).toContainText(`Eeva Toimittaja: added the notice “${later} en”`);
  expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

  for (const [locale, suffix, region] of [['fi', 'fi', 'Palvelutiedotteet'], ['en', 'en', 'Service notices']] as const) {
    await page.goto(`/${locale}`);
    const notices = page.getByRole('region', { name: region });
    const heading = page.getByRole('heading', { name: `${alert} ${suffix}` });
    await expect(heading).toBeVisible();
    await expect(page.getByText(`Text of ${alert} ${suffix}`)).toBeVisible();
    await expect(notices.getByRole('link', { name: `Read more ${suffix}` })).toHaveAttribute('href', `https://www.hel.fi/${suffix}/${stamp}`);
    await expect(page.getByRole('heading', { name: `${later} ${suffix}` })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: `Important notice: ${alert} en` })).toBeVisible();

  // An edit shows at once, too.
  await page.goto('/en/editor/notices');
  await page.getByRole('link', { name: `Edit “${alert} en”` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit service notice' })).toBeVisible();
  await page.getByLabel('Title (in English)').fill(`${alert} en, fixed`);
  await page.getByRole('button', { name: 'Save notice' }).click();
  await expect(page.getByRole('status')).toContainText('The changes were saved.');
  await page.goto('/en');
  await expect(page.getByRole('heading', { name: `${alert} en, fixed` })).toBeVisible();

  await deleteNotice(page, `${alert} en, fixed`);
  await deleteNotice(page, `${later} en`);
  await expect(page.getByRole('heading', { name: `${later} en` })).toHaveCount(0);
  await page.goto('/en');
  await expect(page.getByRole('heading', { name: `${alert} en, fixed` })).toHaveCount(0);
});

test('a resident gets 404 on the editor pages, and a replayed editor form changes nothing', async ({ page, browser }) => {
  // The editor adds a notice; the request is kept to be sent again with the resident's cookie.
  await signInAsStaff(page, /Eeva Toimittaja/);
  await page.goto('/en/editor/notices/new');
  const title = `Replayed ${stamp}`;
  await fillNotice(page, title);
  const posted = page.waitForRequest((request: Request) => request.method() === 'POST' && request.url().includes('/en/editor/notices/new'));
  await page.getByRole('button', { name: 'Save notice' }).click();
  const request = await posted;
  await expect(page.getByRole('status')).toContainText('The notice was added.');

  const residentContext = await browser.newContext({ locale: 'en-GB' });
  const resident = await residentContext.newPage();
  await resident.goto('/en/profile');
  await signInFromSignInPage(resident);
  await identifyWithBank(resident, '88888888', '8888');
  await expect(resident.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
  await resident.getByLabel(/I accept that a profile is created/).check();
  await resident.getByLabel('E-mail address').fill('');
  await resident.getByLabel('Mobile phone number').fill('040 100 0088');
  await resident.getByRole('checkbox', { name: 'E-mail' }).uncheck();
  await resident.getByRole('button', { name: 'Register' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();

  for (const path of ['/en/editor/notices', '/en/editor/notices/new', '/en/editor/popular']) {
    const response = await resident.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(resident.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }

  const headers = await request.allHeaders();
  delete headers.cookie;
  const replay = (context: Page) => context.request.fetch(request.url(), { method: 'POST', headers, data: request.postDataBuffer()!, maxRedirects: 0 });
  expect((await replay(resident)).status()).toBe(404);
  await residentContext.close();
  await page.goto('/en/editor/notices');
  await expect(page.getByRole('heading', { name: `${title} en` })).toHaveCount(1);

  // The same request with the editor's own cookie does add a notice: the replay itself is sound.
  expect((await replay(page)).status()).toBeLessThan(400);
  await page.goto('/en/editor/notices');
  await expect(page.getByRole('heading', { name: `${title} en` })).toHaveCount(2);
  await deleteNotice(page, `${title} en`);
  await deleteNotice(page, `${title} en`);
  await expect(page.getByRole('heading', { name: `${title} en` })).toHaveCount(0);
});
