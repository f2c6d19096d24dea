import type { Page } from '@playwright/test';
import { nextRound } from '../../lib/notifications/schedule';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { fillAndSendDogDeclaration, signInToForm } from './forms-support';
import { staffPage } from './staff-sign-in';

/*
 * Folder notifications (NOT1–NOT3) from the resident's choice to the message: Ilona Ilmoitus
 * chooses text messages in Swedish, an official changes the status of her dog declaration, and
 * at the next round on the hour the text message is in the outbox. The round is reached by
 * moving the server's clock, which every session on the server sees, so this runs in the
 * "server clock" project, after the others and one file at a time (playwright.config.ts).
 * Saku Säätäjä chooses his notifications in a browser without JavaScript.
 */

const ilona = { userId: '34343434', code: '3434', mobile: '040 100 0034' };
const ilonasNumber = '+358401000034';

async function sendDogDeclaration(page: Page): Promise<string> {
  await signInToForm(page, 'dog-declaration', ilona);
  return fillAndSendDogDeclaration(page, { email: 'ilona.ilmoitus@example.fi', streetAddress: 'Ilmoituskuja 4', dogName: 'Viesti', breed: 'mixed breed', microchip: '246098100034343', previousOwner: 'Pekka Puhakka' });
}

test('the profile chooses text messages in Swedish; after an official changes the status, the next round puts one text message in the outbox', async ({ page, browser, request }) => {
  const itemNumber = await sendDogDeclaration(page);

  // The notification method and language in My profile (NOT3, PRO4).
  await page.goto('/en/profile/edit');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
  await page.getByRole('checkbox', { name: 'Text message' }).uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/en\/profile\?saved=1$/);
  await expect(page.getByText('No notifications: events only in the e-services folder')).toBeVisible();

  await page.goto('/en/profile/edit');
  await page.getByRole('checkbox', { name: 'Text message' }).check();
  await page.getByRole('radio', { name: 'Svenska' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/en\/profile\?saved=1$/);
  await expect(page.getByText('Text message', { exact: true })).toBeVisible();
  await expect(page.getByText('No notifications: events only in the e-services folder')).toHaveCount(0);

  // The admins' page of failed deliveries answers and is accessible.
  const admin = await staffPage(browser, /Aki/);
  await admin.getByRole('link', { name: 'Failed deliveries' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Failed deliveries' })).toBeVisible();
  await expect(admin.getByRole('heading', { level: 2, name: 'Notification jobs' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.context().close();

  // Ulla Ympäristö handles dog declarations: a new status is an event in Ilona's folder.
  const official = await staffPage(browser, /Ulla/);
  // Only admins see the failed deliveries: an official and a resident get a page that is not there.
  for (const visitor of [official, page]) {
    expect((await visitor.goto('/en/admin/deliveries'))?.status()).toBe(404);
    await expect(visitor.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  await official.goto(`/en/matters/${itemNumber}`);
  await official.getByLabel('New status').selectOption({ label: 'Received' });
  await official.getByRole('button', { name: 'Change status' }).click();
  await expect(official.getByText('The status was changed. The applicant sees it in their e-services folder.')).toBeVisible();
  await official.context().close();

  // Nothing goes out before the round.
  await page.goto(`/en/outbox?to=${encodeURIComponent(ilonasNumber)}`);
  await expect(page.getByText(/e-tjänstmappen/)).toHaveCount(0);

  try {
    // The server's clock at the next round on the hour, and the round run as the cron would run it.
    const round = nextRound(new Date());
    await request.post('/api/test/clock', { data: { offsetMs: round.getTime() + 30_000 - Date.now() } });
    const ran = await request.post('/api/test/notification-round');
    expect(ran.ok()).toBe(true);
    expect(await ran.json()).toMatchObject({ round: round.toISOString(), owners: expect.any(Number) });

    // The delivery job sends it through the queue: the outbox shows it once it has run.
    await expect(async () => {
      await page.goto(`/en/outbox?to=${encodeURIComponent(ilonasNumber)}`);
      await expect(page.getByText(/Helsingfors stad: du har en ny händelse i e-tjänstmappen\./)).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const message = page.getByRole('article').filter({ hasText: 'e-tjänstmappen' });
    await expect(message).toHaveCount(1);
    await expect(message).toContainText('/sv/folder');
    // Nothing personal in it: not her name, the dog's, the service or the item number.
    for (const secret of ['Ilona', 'Viesti', 'dog', itemNumber]) await expect(message).not.toContainText(secret);
    await expectNoAxeViolations(page);

    // A second round in the same hour has nothing left to send.
    expect(await (await request.post('/api/test/notification-round')).json()).toMatchObject({ owners: 0 });
  } finally {
    await request.post('/api/test/clock', { data: { offsetMs: 0 } });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the notification method and language are chosen in My profile, with a clear error and nothing lost', async ({ page }) => {
    await signInToForm(page, 'dog-declaration', { userId: '35353535', code: '3535', mobile: '040 100 0035' });
    await page.goto('/en/profile/edit');
    // E-mail chosen without an address: the server answers with the problem, the choices kept.
    await page.getByLabel('E-mail address').fill('');
    await page.getByRole('checkbox', { name: 'E-mail' }).check();
    await page.getByRole('checkbox', { name: 'Text message' }).check();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('link', { name: 'Give an e-mail address to get notifications by e-mail.' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Text message' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();

    // Nothing but the folder.
    await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
    await page.getByRole('checkbox', { name: 'Text message' }).uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/en\/profile\?saved=1$/);
    await expect(page.getByText('No notifications: events only in the e-services folder')).toBeVisible();
    await expect(page.getByRole('main').getByText('English', { exact: true })).toBeVisible();
  });
});
