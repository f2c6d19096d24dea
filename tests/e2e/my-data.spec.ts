import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { codeFromOutbox, identifyWithBank, signInFromSignInPage } from './identification';

/*
 * My data (PRO6): the page, the download and deleting the profile. Tiina Tiedonhaku (040475-9560)
 * views and downloads; Paavo Poistaja deletes. Nobody else signs in as them.
 */

type GdprNode = { key: string; value?: unknown; children?: GdprNode[] };

/** Every value in the tree under `key`, wherever it is. */
function valuesOf(node: GdprNode, key: string): unknown[] {
  const own = node.key === key && 'value' in node ? [node.value] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => valuesOf(child, key))];
}

/** Registers with only a mobile number: no e-mail to confirm. */
async function registerWithMobile(page: Page, mobile: string) {
  await page.getByLabel(/I accept that a profile is created/).check();
  await page.getByLabel('E-mail address').fill('');
  await page.getByLabel('Mobile phone number').fill(mobile);
  await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
  await page.getByRole('button', { name: 'Register' }).click();
}

test('My data lists what is stored about the person, in their language, and downloads all of it', async ({ page, request }) => {
  await page.goto('/en/profile/my-data');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Fprofile%2Fmy-data/);
  await signInFromSignInPage(page);
  await identifyWithBank(page, '13131313', '1313');

  await expect(page.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
  await page.getByLabel(/I accept that a profile is created/).check();
  await page.getByLabel('E-mail address').fill('tiina.tiedonhaku@example.fi');
  await page.getByLabel('Mobile phone number').fill('040 100 0013');
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' })).toBeVisible();
  await page.getByLabel('Confirmation code').fill(await codeFromOutbox(page, 'tiina.tiedonhaku@example.fi'));
  await page.getByRole('button', { name: 'Confirm' }).click();

  await expect(page).toHaveURL(/\/en\/profile\/my-data$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
  const main = page.getByRole('main');
  for (const heading of ['From the identification', 'Profile and contact details', 'E-mail confirmations', 'Services you have used', 'Sign-ins', 'Organisations you may represent', 'Sessions']) {
    await expect(main.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  const person = main.getByRole('region', { name: 'From the identification', exact: true });
  await expect(person).toContainText('Tiina');
  await expect(person).toContainText('Tiedonhaku');
  // Masked on the page; whole in the download.
  await expect(person).toContainText('040475-****');
  await expect(main).not.toContainText('040475-9560');
  await expect(main.getByRole('region', { name: 'Profile and contact details' })).toContainText('tiina.tiedonhaku@example.fi');
  await expect(main.getByRole('region', { name: 'Profile and contact details' })).toContainText('+358401000013');
  const signIns = main.getByRole('region', { name: 'Sign-ins' });
  await expect(signIns.getByRole('listitem')).toHaveCount(1);
  await expect(signIns).toContainText('Bank identifiers (Nordea)');
  await expect(signIns).toContainText('Strong (substantial)');
  await expect(main.getByRole('region', { name: 'Organisations you may represent' })).toContainText('No organisations.');
  await expectNoAxeViolations(page);
  // On a narrow phone every record fits the screen: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const tree = JSON.parse(await readFile((await download.path())!, 'utf8')) as GdprNode;
  expect(tree.key).toBe('ASIOINTI');
  expect(valuesOf(tree, 'FIRST_NAMES')).toEqual(['Tiina']);
  expect(valuesOf(tree, 'LAST_NAME')).toEqual(['Tiedonhaku']);
  expect(valuesOf(tree, 'NATIONAL_ID')).toEqual(['040475-9560']);
  expect(valuesOf(tree, 'EMAIL')).toContain('tiina.tiedonhaku@example.fi');
  expect(valuesOf(tree, 'MOBILE')).toEqual(['+358401000013']);

  // The address answers only its owner, and is never cached.
  const own = await page.request.get('/api/my-data');
  expect(own.status()).toBe(200);
  expect(own.headers()['content-disposition']).toMatch(/^attachment; filename="my-data-[\d-]+\.json"$/);
  expect(own.headers()['cache-control']).toBe('no-store');
  const stranger = await request.get('/api/my-data');
  expect(stranger.status()).toBe(401);
  expect(await stranger.text()).not.toContain('Tiedonhaku');

  // From My profile, in Finnish and Swedish.
  await page.goto('/fi/profile');
  await page.getByRole('link', { name: 'Minusta tallennetut tiedot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Minusta tallennetut tiedot' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kirjautumiset' })).toContainText('Pankkitunnukset (Nordea)');
  await expect(page.getByRole('region', { name: 'Kirjautumiset' })).toContainText('Vahva (korotettu)');
  await expect(page.getByRole('link', { name: 'Lataa tietoni' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/sv/profile/my-data');
  await expect(page.getByRole('heading', { level: 1, name: 'Uppgifter som sparats om mig' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inloggningar' })).toContainText('Bankkoder (Nordea)');
  await expectNoAxeViolations(page);
});

test('Delete my profile: the dry run, the confirmation, signed out, and a new registration on the next sign-in', async ({ page }) => {
  await page.goto('/en/profile/my-data');
  await signInFromSignInPage(page);
  await identifyWithBank(page, '14141414', '1414');
  await registerWithMobile(page, '040 100 0014');
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
  await page.getByRole('link', { name: 'Delete my profile' }).click();

  await expect(page).toHaveURL(/\/en\/profile\/my-data\/delete$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Delete my profile' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('Nothing has been deleted yet.')).toBeVisible();
  await expect(main.getByRole('region', { name: 'What will be removed' })).toContainText('1 sign-in in your history');
  await expect(main.getByRole('region', { name: 'What will be removed' })).toContainText('Your profile: contact details, notification choices and consent');
  await expect(main.getByRole('region', { name: 'What must be kept' })).toContainText('Nothing needs to be kept. You have no matters in handling');
  await expectNoAxeViolations(page);

  // The same dry run in Finnish; a confirmation without the tick is refused and nothing goes.
  await page.goto('/fi/profile/my-data/delete');
  await expect(page.getByRole('heading', { level: 1, name: 'Poista profiilini' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mitä poistetaan' })).toContainText('1 kirjautuminen historiastasi');
  await expect(page.getByRole('region', { name: 'Mitä on säilytettävä' })).toContainText('Mitään ei tarvitse säilyttää.');
  await page.getByRole('button', { name: 'Poista profiilini' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Tarkista seuraavat kohdat' });
  await expect(summary.getByRole('link', { name: 'Vahvista valintaruudulla, että haluat poistaa profiilisi' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Poista profiilini' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel(/Ymmärrän, että profiilini/).check();
  await page.getByRole('button', { name: 'Poista profiilini' }).click();
  await expect(page).toHaveURL(/\/fi\/profile-deleted$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Profiilisi on poistettu' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'sinut on kirjattu ulos' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Kirjaudu: asiointi' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/en/profile-deleted');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile has been deleted' })).toBeVisible();

  // Signed out: the download answers no one, and a protected page asks to sign in.
  expect((await page.request.get('/api/my-data')).status()).toBe(401);
  await page.goto('/en/profile');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Fprofile$/);

  // Signing in again starts registration anew: nothing of the old profile is left to resume.
  await signInFromSignInPage(page);
  await identifyWithBank(page, '14141414', '1414');
  await expect(page.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
  await expect(page.getByText('Welcome, Paavo Poistaja.')).toBeVisible();
  await expect(page.getByText('You began registering earlier.')).toHaveCount(0);
  await expect(page.getByLabel('Mobile phone number')).toHaveValue('');
});
