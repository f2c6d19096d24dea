import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { codeFromOutbox } from './identification';

/*
 * Where an organisation's folder notifications go (NOT1, NOT3), chosen on My profile while acting
 * for it. Raili Rahastonhoitaja represents Naapuriapu ry and is used by this test only: she
 * registers without an e-mail address, is told to add and confirm one, then sends the
 * association's notifications to it in Swedish, and at last, without JavaScript, turns them off.
 */

const railisEmail = 'raili.rahastonhoitaja@example.fi';

/** The corporate customer's way at the test identification service, to the portal. */
async function identifyForNaapuriapu(page: Page) {
  await page.goto('/fi/sign-in');
  await page.getByRole('region', { name: 'Yritysasiakkaat' }).getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByRole('link', { name: 'In English' }).click();
  await page.getByRole('link', { name: 'Identify for an organisation' }).click();
  await page.getByRole('radio', { name: 'Raili Rahastonhoitaja' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: /Naapuriapu ry/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the service' }).click();
}

/** The whole page and the section alone, on a desktop and on a phone, to look at. */
async function screenshots(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    await page.locator('#organisation-notifications').screenshot({ path: test.info().outputPath(`${name}-section-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a representative sends the association’s notifications to her confirmed e-mail address in Swedish, then turns them off', async ({ page, browser }) => {
  const main = page.getByRole('main');
  const section = main.getByRole('region', { name: 'Notifications of Naapuriapu ry' });

  await identifyForNaapuriapu(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Rekisteröidy asiointiin' })).toBeVisible();
  await page.getByLabel(/Hyväksyn, että minulle luodaan profiili/).check();
  await page.getByLabel('Matkapuhelinnumero').fill('040 100 0036');
  await page.getByRole('checkbox', { name: 'Sähköposti' }).uncheck();
  await page.getByRole('button', { name: 'Rekisteröidy' }).click();
  await expect(page).toHaveURL(/\/fi$/);

  // Without a confirmed e-mail address there is nothing to choose yet: she is sent to add one.
  await page.goto('/en/profile');
  await expect(section).toBeVisible();
  await expect(section.getByText('No notifications: events only in the organisation’s e-services folder')).toBeVisible();
  await expect(section.getByText('You have no confirmed e-mail address, so the organisation’s notifications cannot be sent to you.')).toBeVisible();
  await expect(section.getByRole('radio')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshots(page, 'profile-organisation-notifications-no-email');
  await section.getByRole('link', { name: 'Add and confirm your e-mail address in your contact details' }).click();
  await expect(page).toHaveURL(/\/en\/profile\/edit$/);
  await page.getByLabel('E-mail address').fill(railisEmail);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' })).toBeVisible();
  await page.getByLabel('Confirmation code').fill(await codeFromOutbox(page, railisEmail));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/en\/profile\?saved=1$/);

  // Her own confirmed address, in Swedish.
  const recipients = section.getByRole('group', { name: 'Where should the organisation’s notifications go?' });
  await expect(recipients.getByRole('radio', { name: /No notifications/ })).toBeChecked();
  await recipients.getByRole('radio', { name: /To my e-mail address.*raili\.rahastonhoitaja@example\.fi/ }).check();
  await section.getByRole('group', { name: 'Notification language' }).getByRole('radio', { name: 'Svenska' }).check();
  await expectNoAxeViolations(page);
  await section.getByRole('button', { name: 'Save notification choices' }).click();
  await expect(page).toHaveURL(/\/en\/profile\?organisationNotifications=saved#organisation-notifications$/);
  const savedMessage = section.getByRole('status').filter({ hasText: 'The notification choices of Naapuriapu ry have been saved.' });
  await expect(savedMessage).toBeInViewport();
  await expect(section.getByRole('definition').first()).toHaveText(railisEmail);
  await expect(section.getByRole('definition').nth(1)).toHaveText('Svenska');
  await expect(recipients.getByRole('radio', { name: /To my e-mail address/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await screenshots(page, 'profile-organisation-notifications');

  // A form sent with no choice (as a page that lost its radio buttons' state would): told, with the language kept.
  await recipients.getByRole('radio').evaluateAll((radios: HTMLInputElement[]) => radios.forEach((radio) => (radio.checked = false)));
  await section.getByRole('button', { name: 'Save notification choices' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problems).toContainText('Choose where the organisation’s notifications go.');
  await expect(problems).toBeFocused();
  await expect(savedMessage).toHaveCount(0);
  await expect(section.getByRole('radio', { name: 'Svenska' })).toBeChecked();
  await expectNoAxeViolations(page);
  await screenshots(page, 'profile-organisation-notifications-error');

  // Off again, in a browser without JavaScript, in Finnish.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto('/fi/profile');
  const plainSection = plain.getByRole('main').getByRole('region', { name: 'Yhteisön Naapuriapu ry ilmoitukset' });
  await plainSection.getByRole('radio', { name: /Ei ilmoituksia/ }).check();
  await plainSection.getByRole('button', { name: 'Tallenna ilmoitusvalinnat' }).click();
  await expect(plain).toHaveURL(/\/fi\/profile\?organisationNotifications=saved#organisation-notifications$/);
  await expect(plainSection.getByRole('status')).toHaveText('Yhteisön Naapuriapu ry ilmoitusvalinnat on tallennettu.');
  await expect(plainSection.getByRole('definition').first()).toHaveText('Ei ilmoituksia: tapahtumat vain yhteisön asiointikansiossa');
  await noScript.close();

  // Acting for herself, her profile has no such section.
  await page.getByRole('banner').getByRole('link', { name: 'Change role' }).click();
  await main.getByRole('radio', { name: /Myself/ }).check();
  await main.getByRole('button', { name: 'Change role' }).click();
  await expect(page).toHaveURL(/\/en\/profile/);
  await expect(page.getByRole('heading', { level: 2, name: /Notifications of/ })).toHaveCount(0);
});
