import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { identifyWithBank, signInFromSignInPage } from './identification';

/*
 * Acting for an organisation (ID2, FOL1, PRO2). Yrjö Yrittäjä may represent Testiyritys Oy and
 * Kotikadun Asukasyhdistys ry; Olli Odottaja represents no one. Each person is used by these
 * tests only, so their registration and roles are theirs to change.
 */

/** The corporate customer's way at the test identification service, in English, to the portal. */
async function identifyForOrganisation(page: Page, person: string, organisation: RegExp) {
  await page.getByRole('link', { name: 'In English' }).click();
  await page.getByRole('link', { name: 'Identify for an organisation' }).click();
  await page.getByRole('radio', { name: person }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: organisation }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the service' }).click();
}

/** The row of the profile that says whom the person acts for, or nothing when acting for themself. */
function organisationRow(main: Locator, label: string) {
  return main.locator('div').filter({ has: main.page().getByText(label, { exact: true }) }).last();
}

test('a representative signs in for a company, then switches between organisations and the personal role', async ({ page, browser }) => {
  const banner = page.getByRole('banner');
  const main = page.getByRole('main');

  // A corporate sign-in starts in the organisation chosen at the identification service.
  await page.goto('/fi/sign-in');
  await page.getByRole('region', { name: 'Yritysasiakkaat' }).getByRole('button', { name: 'Kirjaudu' }).click();
  await identifyForOrganisation(page, 'Yrjö Yrittäjä', /Testiyritys Oy/);
  await expect(page.getByRole('heading', { level: 1, name: 'Rekisteröidy asiointiin' })).toBeVisible();
  await page.getByLabel(/Hyväksyn, että minulle luodaan profiili/).check();
  await page.getByLabel('Matkapuhelinnumero').fill('040 100 0006');
  await page.getByRole('checkbox', { name: 'Sähköposti' }).uncheck();
  await page.getByRole('button', { name: 'Rekisteröidy' }).click();
  await expect(page).toHaveURL(/\/fi$/);
  await expect(banner).toContainText('Yrjö Yrittäjä – Testiyritys Oy (2345678-0)');

  await page.goto('/fi/profile');
  await expect(organisationRow(main, 'Asioit yhteisön puolesta')).toContainText('Testiyritys Oy (Y-tunnus 2345678-0)');
  await expectNoAxeViolations(page);

  // To the association, and back to where the person was.
  await banner.getByRole('link', { name: 'Vaihda roolia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Valitse asiointirooli' })).toBeVisible();
  await expect(main.getByText('Asioit nyt yhteisön Testiyritys Oy (2345678-0) puolesta.')).toBeVisible();
  const roles = main.getByRole('group', { name: 'Kenen puolesta asioit?' });
  await expect(roles.getByRole('radio')).toHaveCount(3);
  await expect(roles.getByRole('radio', { name: /Testiyritys Oy/ })).toBeChecked();
  await expect(roles.getByRole('radio', { name: /Omana itsenäni.*Yrjö Yrittäjä, henkilöasiakas/ })).not.toBeChecked();
  await expectNoAxeViolations(page);
  await roles.getByRole('radio', { name: /Kotikadun Asukasyhdistys ry.*Y-tunnus 9876543-0/ }).check();
  await main.getByRole('button', { name: 'Vaihda roolia' }).click();
  await expect(page).toHaveURL(/\/fi\/profile$/);
  await expect(banner).toContainText('Yrjö Yrittäjä – Kotikadun Asukasyhdistys ry (9876543-0)');
  await expect(organisationRow(main, 'Asioit yhteisön puolesta')).toContainText('Kotikadun Asukasyhdistys ry (Y-tunnus 9876543-0)');

  // In English: to the personal role, and back to the company.
  await banner.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/profile$/);
  await expect(banner).toContainText('Yrjö Yrittäjä – for Kotikadun Asukasyhdistys ry (9876543-0)');
  await banner.getByRole('link', { name: 'Change role' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your role' })).toBeVisible();
  await main.getByRole('radio', { name: /Myself/ }).check();
  await main.getByRole('button', { name: 'Change role' }).click();
  await expect(page).toHaveURL(/\/en\/profile$/);
  await expect(banner).toContainText('Yrjö Yrittäjä');
  await expect(banner).not.toContainText('Kotikadun');
  await expect(banner).not.toContainText('Testiyritys');
  await expect(main.getByText('Acting for', { exact: true })).toHaveCount(0);

  await banner.getByRole('link', { name: 'Change role' }).click();
  await expect(main.getByText('You are now acting for yourself.')).toBeVisible();
  await main.getByRole('radio', { name: /Testiyritys Oy/ }).check();
  await main.getByRole('button', { name: 'Change role' }).click();
  await expect(page).toHaveURL(/\/en\/profile$/);
  await expect(banner).toContainText('Yrjö Yrittäjä – for Testiyritys Oy (2345678-0)');
  await expect(organisationRow(main, 'Acting for')).toContainText('Testiyritys Oy (Business ID 2345678-0)');
  await expectNoAxeViolations(page);

  // An organisation he does not represent, sent as if the form had offered it: refused, nothing changes.
  await banner.getByRole('link', { name: 'Change role' }).click();
  await main.getByRole('radio', { name: /Kotikadun/ }).evaluate((radio: HTMLInputElement) => {
    radio.value = '00000000-0000-4000-8000-000000000000';
    radio.checked = true;
  });
  await main.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('You may not act for that organisation, so your role was not changed.');
  await expect(banner).toContainText('– for Testiyritys Oy (2345678-0)');
  await expectNoAxeViolations(page);

  // The same form works without JavaScript, in Swedish.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto('/sv/role?returnTo=%2Fsv%2Fprofile');
  await expect(plain.getByRole('heading', { level: 1, name: 'Välj roll' })).toBeVisible();
  await plain.getByRole('radio', { name: /För egen del/ }).check();
  await plain.getByRole('button', { name: 'Byt roll' }).click();
  await expect(plain).toHaveURL(/\/sv\/profile$/);
  await expect(plain.getByRole('banner')).toContainText('Yrjö Yrittäjä');
  await expect(plain.getByRole('banner')).not.toContainText('Testiyritys');
  await plain.getByRole('banner').getByRole('link', { name: 'Byt roll' }).click();
  await plain.getByRole('radio', { name: /Kotikadun Asukasyhdistys ry/ }).check();
  await plain.getByRole('button', { name: 'Byt roll' }).click();
  await expect(plain.getByRole('banner')).toContainText('Yrjö Yrittäjä – för Kotikadun Asukasyhdistys ry (9876543-0)');
  await noScript.close();
});

test('a person who represents no organisation is not offered a role', async ({ page }) => {
  await page.goto('/en/sign-in');
  await signInFromSignInPage(page);
  await identifyWithBank(page, '15151515', '1515');
  await page.getByLabel(/I accept that a profile is created/).check();
  await page.getByLabel('Mobile phone number').fill('040 100 0015');
  await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page).toHaveURL(/\/en$/);

  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Olli Odottaja');
  await expect(banner.getByRole('link', { name: 'Change role' })).toHaveCount(0);
  await page.goto('/en/role');
  await expect(page.getByText('You may not act for any organisation.')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
});
