import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { fillAndSendDogDeclaration, signInToForm } from './forms-support';
import { signInAsStaff, staffPage } from './staff-sign-in';

/*
 * The officials' back office (USE4): Kerttu Käsiteltävä sends a dog declaration; Ulla Ympäristö
 * of the urban environment division finds it in her queue, opens it and handles it to a
 * decision; Kerttu's folder shows the decision; Pekka Palvelija of another division gets a 404.
 */

/** A one-page PDF (the same bytes as samples.ts's pdfSample), as a decision document. */
const decisionPdf = path.join(process.cwd(), 'tests/fixtures/attachments/decision.pdf');

const kerttu = { userId: '28282828', code: '2828', mobile: '040 100 0028' };

async function sendDogDeclaration(page: Page): Promise<string> {
  await signInToForm(page, 'dog-declaration', kerttu);
  await page.goto('/en/forms/dog-declaration');
  return fillAndSendDogDeclaration(page, { email: 'kerttu@example.fi', streetAddress: 'Koirapolku 5', dogName: 'Hurtta', dateOfBirth: '2023-04-01', microchip: '246098100077777', changeDate: '2024-06-01' });
}

/** Submits one of the item page's forms and waits for the page to say it went through. */
async function expectDone(page: Page, text: string) {
  await expect(page.getByRole('status').getByText(text)).toBeVisible();
}

test('an official finds a sent dog declaration, handles it to a decision, and the applicant sees it; another division gets a 404', async ({ page, browser }) => {
  const itemNumber = await sendDogDeclaration(page);

  // Ulla's queue: her tool on the staff page, the item found by its number.
  const ulla = await staffPage(browser, /Ulla/);
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
  await ulla.getByRole('region', { name: 'Write to the applicant' }).getByLabel('Message', { exact: true }).fill('The decision will follow shortly.');
  await ulla.getByRole('region', { name: 'Write to the applicant' }).getByRole('button', { name: 'Send the message' }).click();
  await expectDone(ulla, 'The message was sent to the applicant.');
  await expect(ulla.getByRole('region', { name: 'Messages' })).toContainText('The decision will follow shortly.');

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

  // The applicant's folder shows the new status in the item's row.
  await page.goto('/en/folder');
  await expect(page.getByRole('listitem').filter({ hasText: itemNumber }).first()).toContainText('Decided');

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
  await plain.getByRole('region', { name: 'Write to the applicant' }).getByRole('button', { name: 'Send the message' }).click();
  await expectDone(plain, 'The message was sent to the applicant.');
  await expect(plain.getByRole('region', { name: 'Messages' })).toContainText('Sent without JavaScript.');
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

test('an editor has no queue', async ({ browser }) => {
  const eeva = await staffPage(browser, /Eeva/);
  await expect(eeva.getByRole('link', { name: 'Matters in handling' })).toHaveCount(0);
  const answer = await eeva.goto('/en/matters');
  expect(answer?.status()).toBe(404);
});
