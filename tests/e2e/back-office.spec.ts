import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { fillAndSendDogDeclaration, signInToForm } from './forms-support';
import { signInAsStaff, staffPage } from './staff-sign-in';

/*
 * The officials' back office (USE4): Kerttu Käsiteltävä sends a dog declaration; Ulla Ympäristö
 * of the urban environment division finds it in her queue (her menu has the back office, not a
 * resident's folder or profile), opens it and handles it to a decision, writing with two files;
 * Kerttu's folder shows the decision; Pekka Palvelija of another division gets a 404.
 */

/** A one-page PDF (the same bytes as samples.ts's pdfSample), as a decision document. */
const decisionPdf = path.join(process.cwd(), 'tests/fixtures/attachments/decision.pdf');

const kerttu = { userId: '28282828', code: '2828', mobile: '040 100 0028' };

/** A picture of one pixel, read from its bytes as PNG. */
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082', 'hex');
/** A Windows program, which no name makes an allowed file. */
function program(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write('MZ', 0, 'ascii');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/**
 * A member of staff's header: the areas of their role in the main menu and no resident's folder
 * or profile, on a wide screen and behind the phone's Menu button. `areas` are the menu's names
 * of the role's areas; the page is in English.
 */
async function expectStaffMenu(page: Page, areas: string[], others: string[]) {
  const header = page.locator('header');
  // Counted hidden or not: the phone's folded menu must not have them either.
  await expect(header.locator('a[href="/en/folder"], a[href="/en/profile"], a[href^="/en/folder/"]')).toHaveCount(0);
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  for (const name of ['My folder', 'My profile']) await expect(menu.getByRole('link', { name })).toHaveCount(0);
  for (const name of ['Home', 'E-services', ...areas]) await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
  for (const name of others) await expect(menu.getByRole('link', { name, exact: true })).toHaveCount(0);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  await menu.getByText('Menu', { exact: true }).click();
  for (const name of ['Home', 'E-services', ...areas]) await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath(`staff-menu-${areas.join('-').replace(/\W+/g, '-').toLowerCase()}-375.png`) });
  for (const name of ['My folder', 'My profile', ...others]) await expect(menu.getByRole('link', { name, exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await menu.getByText('Menu', { exact: true }).click();
  if (size) await page.setViewportSize(size);
}

async function sendDogDeclaration(page: Page): Promise<string> {
  await signInToForm(page, 'dog-declaration', kerttu);
  await page.goto('/en/forms/dog-declaration');
  return fillAndSendDogDeclaration(page, { email: 'kerttu@example.fi', streetAddress: 'Koirapolku 5', dogName: 'Hurtta', dateOfBirth: '2023-04-01', microchip: '246098100077777', changeDate: '2024-06-01' });
}

/** The page at a phone's and a wide screen's width (the header, and the message form scrolled into view), then back to wide. */
async function officeScreenshots(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath(`header-${name}-${width}.png`) });
    await page.locator('#message-form').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`form-${name}-${width}.png`) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Submits one of the item page's forms and waits for the page to say it went through. */
async function expectDone(page: Page, text: string) {
  await expect(page.getByRole('status').getByText(text)).toBeVisible();
}

test('an official finds a sent dog declaration, handles it to a decision, and the applicant sees it; another division gets a 404', async ({ page, browser }) => {
  // The whole handling in two languages, with and without JavaScript, and at two widths: longer than one journey.
  test.setTimeout(150_000);
  const itemNumber = await sendDogDeclaration(page);

  // Ulla's queue: her tool on the staff page, the item found by its number. Her menu has the
  // back office in place of a resident's folder and profile.
  const ulla = await staffPage(browser, /Ulla/);
  await ulla.setViewportSize({ width: 1280, height: 900 });
  await expectStaffMenu(ulla, ['Back office'], ['Content editing', 'Administration']);
  await ulla.getByRole('link', { name: 'Matters in handling' }).click();
  await expect(ulla.getByRole('heading', { level: 1, name: 'Matters in handling' })).toBeVisible();
  await ulla.getByLabel('Service').selectOption({ label: 'Dog declaration' });
  await ulla.getByLabel('Item number').fill(itemNumber);
  await ulla.getByRole('button', { name: 'Show' }).click();
  await expect(ulla.getByRole('heading', { level: 2, name: '1 matter' })).toBeVisible();
  const row = ulla.getByRole('row', { name: new RegExp(itemNumber) });
  await expect(row).toContainText('Sent');
  await expect(row).toContainText('Person');
  await expectNoAxeViolations(ulla);
  await ulla.setViewportSize({ width: 1280, height: 900 });
  await ulla.screenshot({ path: test.info().outputPath('queue-1280.png'), fullPage: true });
  await ulla.setViewportSize({ width: 390, height: 900 });
  await ulla.screenshot({ path: test.info().outputPath('queue-390.png'), fullPage: true });
  expect(await ulla.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await ulla.setViewportSize({ width: 320, height: 800 });
  expect(await ulla.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await ulla.setViewportSize({ width: 1280, height: 900 });

  // The item: the application read-only, and the actions.
  await row.getByRole('link', { name: itemNumber }).click();
  await expect(ulla.getByRole('heading', { level: 1, name: new RegExp(`Item ${itemNumber}`) })).toBeVisible();
  await expect(ulla.getByRole('region', { name: 'Application' }).getByText('Hurtta')).toBeVisible();
  await expect(ulla.getByRole('region', { name: 'History' })).toContainText('Status: Sent');
  await expectNoAxeViolations(ulla);

  const statusForm = ulla.getByRole('region', { name: 'Change status' });
  await statusForm.getByLabel('New status').selectOption({ label: 'Received' });
  await statusForm.getByRole('button', { name: 'Change status' }).click();
  await expectDone(ulla, 'The status was changed.');
  await ulla.getByRole('region', { name: 'Change status' }).getByLabel('New status').selectOption({ label: 'Processing' });
  await ulla.getByRole('region', { name: 'Change status' }).getByRole('button', { name: 'Change status' }).click();
  await expectDone(ulla, 'The status was changed.');
  await expect(ulla.getByRole('region', { name: 'History' })).toContainText('Status: Processing');

  // Ask for more information: a message is needed, and a question or attachments.
  const request = ulla.getByRole('region', { name: 'Ask for additional information' });
  await request.getByRole('button', { name: 'Ask for information' }).click();
  await expect(ulla.getByRole('region', { name: 'Ask for additional information' }).getByRole('alert')).toContainText('Choose at least one question');
  await ulla.getByRole('region', { name: 'Ask for additional information' }).getByRole('checkbox', { name: 'Identification (microchip number)' }).check();
  await ulla.getByRole('region', { name: 'Ask for additional information' }).getByLabel('Message to the applicant').fill('Please check the microchip number.');
  await ulla.getByRole('region', { name: 'Ask for additional information' }).getByRole('button', { name: 'Ask for information' }).click();
  await expectDone(ulla, 'Additional information was requested.');
  await expect(ulla.getByText('Additional information requested').first()).toBeVisible();
  await expect(ulla.getByRole('region', { name: 'Requests for additional information' })).toContainText('Identification (microchip number)');

  // A conversation: an empty message is refused, a written one sent.
  const conversation = ulla.getByRole('region', { name: 'Write to the applicant' });
  await conversation.getByRole('button', { name: 'Send the message' }).click();
  await expect(ulla.getByRole('region', { name: 'Write to the applicant' }).getByText('Write a message.').first()).toBeVisible();
  // Two files, the second a program named as text: refused by name, the typed text kept.
  await ulla.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Message', { exact: true }).fill('The decision will follow shortly.');
  await ulla.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Attachments (optional)').setInputFiles([
    { name: 'Dog tax tariff.pdf', mimeType: 'application/pdf', buffer: readFileSync(decisionPdf) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: program() },
  ]);
  await ulla.getByRole('region', { name: 'Write to the applicant' }).getByRole('button', { name: 'Send the message' }).click();
  const refusal = ulla.getByRole('region', { name: 'Write to the applicant' }).getByRole('alert');
  await expect(refusal.getByRole('link', { name: /notes\.txt/ })).toBeVisible();
  await expect(refusal).toContainText('The message you wrote is kept.');
  await expect(ulla.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Message', { exact: true })).toHaveValue('The decision will follow shortly.');
  await expect(ulla.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Attachments (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expect(ulla.getByRole('region', { name: 'Messages' })).not.toContainText('The decision will follow shortly.');
  await expectNoAxeViolations(ulla);
  await officeScreenshots(ulla, 'message-refused-en');
  await ulla.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Attachments (optional)').setInputFiles([
    { name: 'Dog tax tariff.pdf', mimeType: 'application/pdf', buffer: readFileSync(decisionPdf) },
    { name: 'Dog park map.png', mimeType: 'image/png', buffer: png },
  ]);
  await ulla.getByRole('region', { name: 'Write to the applicant' }).getByRole('button', { name: 'Send the message' }).click();
  await expectDone(ulla, 'The message was sent to the applicant.');
  await expect(ulla.getByRole('region', { name: 'Messages' })).toContainText('The decision will follow shortly.');
  await expect(ulla.getByRole('region', { name: 'Messages' }).getByRole('link', { name: /Dog tax tariff\.pdf/ })).toBeVisible();
  await expect(ulla.getByRole('region', { name: 'Messages' }).getByRole('link', { name: /Dog park map\.png/ })).toBeVisible();

  // The decision document, then Decided.
  const decision = ulla.getByRole('region', { name: 'Attach a decision' });
  await decision.getByLabel('Decision document').setInputFiles({ name: 'Dog tax decision.pdf', mimeType: 'application/pdf', buffer: readFileSync(decisionPdf) });
  await decision.getByRole('button', { name: 'Attach the decision' }).click();
  await expectDone(ulla, 'The decision document was attached.');
  await expect(ulla.getByRole('link', { name: /Dog tax decision\.pdf/ })).toBeVisible();
  await ulla.getByRole('region', { name: 'Change status' }).getByLabel('New status').selectOption({ label: 'Decided' });
  await ulla.getByRole('region', { name: 'Change status' }).getByRole('button', { name: 'Change status' }).click();
  await expectDone(ulla, 'The status was changed.');
  await expect(ulla.getByRole('region', { name: 'History' })).toContainText('Status: Decided');
  await expect(ulla.getByRole('region', { name: 'Requests for additional information' })).toContainText('no longer open for a complement');
  await expectNoAxeViolations(ulla);
  await ulla.screenshot({ path: test.info().outputPath('item-1280.png'), fullPage: true });
  await ulla.setViewportSize({ width: 390, height: 900 });
  await ulla.screenshot({ path: test.info().outputPath('item-390.png'), fullPage: true });
  expect(await ulla.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await ulla.setViewportSize({ width: 320, height: 800 });
  expect(await ulla.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // The decision file downloads for Ulla.
  const download = await ulla.request.get((await ulla.getByRole('link', { name: /Dog tax decision\.pdf/ }).getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');

  // The applicant's folder shows the new status in the item's row, and the official's message with both files.
  await page.goto('/en/folder');
  await expect(page.getByRole('listitem').filter({ hasText: itemNumber }).first()).toContainText('Decided');
  await page.goto(`/en/folder/${itemNumber}/messages`);
  const sentMessage = page.getByRole('region', { name: 'Messages', exact: true }).getByRole('listitem').filter({ hasText: 'The decision will follow shortly.' });
  await expect(sentMessage.getByRole('link', { name: /Dog tax tariff\.pdf/ })).toBeVisible();
  await expect(sentMessage.getByRole('link', { name: /Dog park map\.png/ })).toBeVisible();

  // The message form and the header in Finnish too, on a phone and a wide screen.
  await ulla.setViewportSize({ width: 1280, height: 900 });
  await ulla.goto(`/fi/matters/${itemNumber}`);
  await expect(ulla.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Asioiden käsittely' })).toHaveAttribute('aria-current', 'page');
  await ulla.getByRole('region', { name: 'Kirjoita hakijalle' }).getByLabel('Liitteet (vapaaehtoinen)').setInputFiles([{ name: 'muistio.txt', mimeType: 'text/plain', buffer: program() }]);
  await ulla.getByRole('region', { name: 'Kirjoita hakijalle' }).getByRole('button', { name: 'Lähetä viesti' }).click();
  await expect(ulla.getByRole('region', { name: 'Kirjoita hakijalle' }).getByRole('alert')).toContainText('Kirjoita viesti.');
  await expect(ulla.getByRole('region', { name: 'Kirjoita hakijalle' }).getByRole('alert')).toContainText('muistio.txt');
  await officeScreenshots(ulla, 'message-refused-fi');
  await ulla.goto(`/en/matters/${itemNumber}`);

  // Without JavaScript the forms post as they are, and a refusal comes back beside the field.
  const plainContext = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
  const plain = await plainContext.newPage();
  await signInAsStaff(plain, /Ulla/);
  await plain.goto(`/en/matters/${itemNumber}`);
  await plain.getByRole('region', { name: 'Change status' }).getByLabel('New status').selectOption({ label: 'Processing' });
  await plain.getByRole('region', { name: 'Change status' }).getByRole('button', { name: 'Change status' }).click();
  await expectDone(plain, 'The status was changed.');
  await expect(plain.getByRole('region', { name: 'History' })).toContainText('Status: Processing');
  await plain.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Message', { exact: true }).fill('   ');
  await plain.getByRole('region', { name: 'Write to the applicant' }).getByRole('button', { name: 'Send the message' }).click();
  await expect(plain.getByRole('region', { name: 'Write to the applicant' }).getByText('Write a message.').first()).toBeVisible();
  await plain.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Message', { exact: true }).fill('Sent without JavaScript.');
  await plain.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Attachments (optional)').setInputFiles([
    { name: 'Receipt.pdf', mimeType: 'application/pdf', buffer: readFileSync(decisionPdf) },
    { name: 'Tag.png', mimeType: 'image/png', buffer: png },
  ]);
  await plain.getByRole('region', { name: 'Write to the applicant' }).getByRole('button', { name: 'Send the message' }).click();
  await expectDone(plain, 'The message was sent to the applicant.');
  await expect(plain.getByRole('region', { name: 'Messages' })).toContainText('Sent without JavaScript.');
  await expect(plain.getByRole('region', { name: 'Messages' }).getByRole('link', { name: /Receipt\.pdf/ })).toBeVisible();
  await expect(plain.getByRole('region', { name: 'Messages' }).getByRole('link', { name: /Tag\.png/ })).toBeVisible();
  await plainContext.close();

  // Another division: the item and its file are not there at all.
  const decisionHref = await ulla.getByRole('link', { name: /Dog tax decision\.pdf/ }).getAttribute('href');
  const pekka = await staffPage(browser, /Pekka/);
  const answer = await pekka.goto(`/en/matters/${itemNumber}`);
  expect(answer?.status()).toBe(404);
  expect((await pekka.request.get(decisionHref!)).status()).toBe(404);
  const queue = await pekka.goto(`/en/matters?item=${itemNumber}`);
  expect(queue?.status()).toBe(200);
  await expect(pekka.getByRole('heading', { level: 2, name: 'No matters' })).toBeVisible();
});

test('an editor has no queue, and her menu has her own area, not the back office or a resident\'s folder', async ({ browser }) => {
  const eeva = await staffPage(browser, /Eeva/);
  await eeva.setViewportSize({ width: 1280, height: 900 });
  await expectStaffMenu(eeva, ['Content editing'], ['Back office', 'Administration']);
  await expect(eeva.getByRole('link', { name: 'Matters in handling' })).toHaveCount(0);
  const answer = await eeva.goto('/en/matters');
  expect(answer?.status()).toBe(404);
});
