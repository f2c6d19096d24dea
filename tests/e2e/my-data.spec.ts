import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { itemNumberOnConfirmation } from './forms-support';
import { codeFromOutbox, identifyWithBank, signInFromSignInPage } from './identification';

/*
 * My data (PRO6): the page, the download and deleting the profile. Tiina Tiedonhaku (040475-9560)
 * views and downloads; Paavo Poistaja sends a form and deletes. Nobody else signs in as them.
 */

/** Sends the form for copies of certificates (signed in, registered) and gives its item number. */
async function sendCopiesOfCertificates(page: Page): Promise<string> {
  await page.goto('/en/forms/copies-of-certificates');
  await page.getByLabel('E-mail address').fill('paavo.poistaja@example.fi');
  await page.getByLabel('Street address').fill('Poistajankuja 1');
  await page.getByLabel('Zipcode').fill('00100');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Basic education leaving certificate' }).check();
  await page.getByLabel('School or workplace').fill('Kallion yläaste');
  await page.getByLabel('Year of graduation or end of employment').fill('1996');
  await page.getByRole('radio', { name: 'By post' }).check();
  await page.getByRole('button', { name: 'To the summary' }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText(/can follow its status using the item number \d{6}\./)).toBeVisible();
  return itemNumberOnConfirmation(page);
}

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
  const sent = main.getByRole('region', { name: 'Forms you have sent' });
  await expect(sent).toContainText('You have not sent any forms.');
  await expect(sent).toContainText('What you filled in for an organisation belongs to that organisation');
  await expect(main.getByRole('region', { name: 'Drafts', exact: true })).toContainText('You have no drafts.');
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

test('Delete my profile: the dry run keeps the matter in handling, the confirmation, signed out, and a new registration on the next sign-in', async ({ page }) => {
  await page.goto('/en/profile/my-data');
  await signInFromSignInPage(page);
  await identifyWithBank(page, '14141414', '1414');
  await registerWithMobile(page, '040 100 0014');
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();

  // A form sent is a matter in handling: My data lists it, and deleting the profile keeps it.
  const itemNumber = await sendCopiesOfCertificates(page);
  await page.goto('/en/profile/my-data');
  const sent = page.getByRole('main').getByRole('region', { name: 'Forms you have sent' });
  await expect(sent).toContainText(itemNumber);
  await expect(sent).toContainText('Requesting copies of certificates');
  await expect(sent).toContainText('Sent');
  await expect(page.getByRole('main').getByRole('region', { name: 'Events of your sent forms' })).toContainText('Status changed');
  await expect(page.getByRole('main').getByRole('region', { name: 'Services you have used' })).toContainText('Requesting copies of certificates');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Delete my profile' }).click();

  await expect(page).toHaveURL(/\/en\/profile\/my-data\/delete$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Delete my profile' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('Nothing has been deleted yet.')).toBeVisible();
  await expect(main.getByRole('region', { name: 'What will be removed' })).toContainText('1 sign-in in your history');
  await expect(main.getByRole('region', { name: 'What will be removed' })).toContainText('Your profile: contact details, notification choices and consent');
  const kept = main.getByRole('region', { name: 'What must be kept' });
  await expect(kept).toContainText('1 matter in handling');
  await expect(kept).toContainText(`Item number ${itemNumber}: Requesting copies of certificates`);
  await expect(kept).toContainText('Archives Act');
  await expect(kept).not.toContainText('Nothing needs to be kept');
  await expectNoAxeViolations(page);

  // The same dry run in Finnish; a confirmation without the tick is refused and nothing goes.
  await page.goto('/fi/profile/my-data/delete');
  await expect(page.getByRole('heading', { level: 1, name: 'Poista profiilini' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mitä poistetaan' })).toContainText('1 kirjautuminen historiastasi');
  await expect(page.getByRole('region', { name: 'Mitä on säilytettävä' })).toContainText(`Asianumero ${itemNumber}: Todistusjäljennösten tilaaminen`);
  await expect(page.getByRole('region', { name: 'Mitä on säilytettävä' })).toContainText('arkistolain');
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
