import type { Browser, Page, TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { fillAndSendDogDeclaration, signInHere, signInToForm, type FormPerson } from './forms-support';
import { signInAsStaff } from './staff-sign-in';

/*
 * Messages and complements from the resident's side (MSG1–MSG3, FOL6): an official of the urban
 * environment division starts a conversation on Viivi Vastaaja's dog declaration in the back
 * office, with two files that Viivi finds under the message; Viivi replies with an attachment, and a file of 2 MB + 1 byte and a renamed program
 * are refused with the typed text kept; the official asks for more information and Viivi
 * complements exactly the asked fields. Toivo Toinen, another resident, finds none of it.
 */

/** A picture of one pixel, read from its bytes as PNG. */
const png = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082',
  'hex',
);
/** A one-page PDF. */
const pdf = readFileSync(path.join(process.cwd(), 'tests/fixtures/attachments/decision.pdf'));

const viivi: FormPerson = { userId: '31313131', code: '3131', mobile: '040 100 0031' };
const toivo: FormPerson = { userId: '32323232', code: '3232', mobile: '040 100 0032' };

test.describe.configure({ mode: 'serial' });

let itemNumber = '';
/** The address of the resident's own reply file, for the other resident to try. */
let replyFileHref = '';

async function sendDogDeclaration(page: Page): Promise<string> {
  await signInToForm(page, 'dog-declaration', viivi);
  return fillAndSendDogDeclaration(page, { email: 'viivi.vastaaja@example.fi', streetAddress: 'Viestikuja 3', dogName: 'Rex', breed: 'mixed breed', sex: 'Male', microchip: '246098100031313' });
}

/** Ulla Ympäristö of the urban environment division, in a browser of her own, on the item's page in the back office. */
async function officialOnItem(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'en-GB' });
  const page = await context.newPage();
  await signInAsStaff(page, /Ulla/);
  await page.goto(`/en/matters/${itemNumber}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(itemNumber);
  return page;
}

async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('an official starts a conversation; the resident replies with an attachment, and refused files keep the typed text', async ({ page, browser }, testInfo) => {
  itemNumber = await sendDogDeclaration(page);

  // Before the city has written, the resident can read the item's messages but not start one (MSG2).
  await page.goto(`/en/folder/${itemNumber}/messages`);
  await expect(page.getByRole('heading', { level: 1, name: 'Messages: Dog declaration' })).toBeVisible();
  await expect(page.getByText('Only the city can start a conversation on this item.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send reply' })).toHaveCount(0);

  const official = await officialOnItem(browser, testInfo);
  const start = official.getByRole('region', { name: 'Start a conversation' });
  await start.getByLabel('Message', { exact: true }).fill('Please send a photo of the vaccination certificate.');
  await start.getByLabel('Attachments (optional)').setInputFiles([
    { name: 'Vaccination certificate form.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'Example photo.png', mimeType: 'image/png', buffer: png },
  ]);
  await start.getByRole('button', { name: 'Send the message' }).click();
  await expect(official.getByText('The message was sent to the applicant.')).toBeVisible();

  // The city's message makes the item "New" in the folder until the resident reads it.
  await page.goto('/en/folder');
  const folderItem = page.getByRole('heading', { level: 3, name: new RegExp(`\\(${itemNumber}\\)`) });
  await expect(folderItem).toContainText('New');
  await page.goto(`/en/folder/${itemNumber}/messages`);
  const messages = page.getByRole('region', { name: 'Messages', exact: true });
  await expect(messages.getByText('Please send a photo of the vaccination certificate.')).toBeVisible();
  await expect(messages.getByText('Urban Environment Division', { exact: true })).toBeVisible();
  // Both of the official's files are listed under the message, and download.
  const cityMessage = messages.getByRole('listitem').filter({ hasText: 'Please send a photo of the vaccination certificate.' });
  await expect(cityMessage.getByRole('link', { name: /Vaccination certificate form\.pdf/ })).toBeVisible();
  await expect(cityMessage.getByRole('link', { name: /Example photo\.png/ })).toBeVisible();
  const cityFile = await page.request.get((await cityMessage.getByRole('link', { name: /Example photo\.png/ }).getAttribute('href'))!);
  expect(cityFile.status()).toBe(200);
  expect(Buffer.from(await cityFile.body()).equals(png)).toBe(true);
  await expectNoAxeViolations(page);

  // Too large by one byte, and a program renamed as a picture: both refused, the text kept.
  const typed = 'Here is the certificate.\nBest regards, Viivi';
  await page.getByRole('textbox', { name: 'Your message' }).fill(typed);
  const pdfStart = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1');
  const big = Buffer.concat([pdfStart, Buffer.alloc(2 * 1024 * 1024 + 1 - pdfStart.length, 0x20)]);
  const program = Buffer.alloc(256);
  program.write('MZ', 0, 'ascii');
  program.writeUInt32LE(0x80, 0x3c);
  program.write('PE\0\0', 0x80, 'latin1');
  await page.getByLabel('Attachments (optional)').setInputFiles([
    { name: 'certificate-scan.pdf', mimeType: 'application/pdf', buffer: big },
    { name: 'photo.png', mimeType: 'image/png', buffer: program },
  ]);
  await page.getByRole('button', { name: 'Send reply' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading', { name: 'Your message was not sent' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'The file certificate-scan.pdf is larger than 2 MB. Make the file smaller or choose another file.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^The file photo\.png is not a PNG file, although its name says so\./ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your message' })).toHaveValue(typed);
  await expect(page.getByLabel('Attachments (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await screenshots(page, testInfo, 'reply-refused');

  // A real picture goes through, and its name is listed with the reply.
  await page.getByLabel('Attachments (optional)').setInputFiles([{ name: 'vaccination.png', mimeType: 'image/png', buffer: png }]);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByText('Your message has been sent.')).toBeVisible();
  const reply = messages.getByRole('listitem').filter({ hasText: 'Here is the certificate.' });
  await expect(reply.getByText('You', { exact: true })).toBeVisible();
  await expect(reply.getByRole('link', { name: /vaccination\.png/ })).toBeVisible();
  replyFileHref = (await reply.getByRole('link', { name: /vaccination\.png/ }).getAttribute('href')) ?? '';
  const download = await page.request.get(replyFileHref);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body()).equals(png)).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Your message' })).toHaveValue('');
  await expectNoAxeViolations(page);
  await screenshots(page, testInfo, 'messages');
  await page.goto('/en/folder');
  await expect(folderItem).not.toContainText('New');

  // The official reads the reply and its file in the back office.
  await official.reload();
  await expect(official.getByText('Here is the certificate.', { exact: false })).toBeVisible();
  await expect(official.getByRole('link', { name: /vaccination\.png/ }).first()).toBeVisible();
  await official.context().close();
});

test('the reply works without JavaScript: a plain post, the server\'s message, then sent', async ({ browser }, testInfo) => {
  test.skip(!itemNumber, 'needs the item of the previous test');
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'en-GB', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/folder/${itemNumber}/messages`);
  await signInHere(page, viivi);
  await expect(page).toHaveURL(new RegExp(`/en/folder/${itemNumber}/messages`));
  await page.getByRole('textbox', { name: 'Your message' }).fill('   ');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('link', { name: 'Write a message before sending.' })).toBeVisible();
  await expect(page.getByText('Error: Write a message before sending.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Your message' }).fill('Sent without JavaScript.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByText('Your message has been sent.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Messages', exact: true }).getByText('Sent without JavaScript.')).toBeVisible();
  await context.close();
});

test('the complement flow: the asked fields reopen, a missing answer is refused, the complement is sent once', async ({ page, browser }, testInfo) => {
  test.skip(!itemNumber, 'needs the item of the previous test');
  const official = await officialOnItem(browser, testInfo);
  const request = official.getByRole('region', { name: 'Ask for additional information' });
  await request.getByRole('checkbox', { name: 'Name of the dog' }).check();
  await request.getByRole('checkbox', { name: 'Colour' }).check();
  await request.getByRole('checkbox', { name: 'Attachments are needed' }).check();
  await request.getByLabel('Message to the applicant').fill('Please check the name and colour of the dog and add a photo of the dog.');
  await request.getByRole('button', { name: 'Ask for information' }).click();
  await expect(official.getByText('Additional information was requested.', { exact: false })).toBeVisible();

  await page.goto(`/en/folder/${itemNumber}/complement`);
  await signInHere(page, viivi);
  await expect(page.getByRole('heading', { level: 1, name: 'Complement: Dog declaration' })).toBeVisible();
  await expect(page.getByText('Please check the name and colour of the dog and add a photo of the dog.')).toBeVisible();
  // Exactly the asked fields, filled with what was sent; nothing else of the form.
  await expect(page.getByLabel('Name of the dog')).toHaveValue('Rex');
  await expect(page.getByLabel('Colour')).toHaveValue('');
  await expect(page.getByLabel('Breed')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshots(page, testInfo, 'complement');

  await page.getByLabel('Name of the dog').fill('');
  await page.getByLabel('Colour').fill('black and tan');
  await page.getByRole('button', { name: 'Send complement' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading', { name: 'The complement was not sent' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Name of the dog: / })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Add at least one attachment: the city has asked for attachments.' })).toBeVisible();
  await expect(page.getByLabel('Colour')).toHaveValue('black and tan');
  await expectNoAxeViolations(page);
  await screenshots(page, testInfo, 'complement-refused');

  await page.getByLabel('Name of the dog').fill('Rex the Second');
  const jpg = Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==', 'base64');
  await page.getByLabel('Choose the attachments').setInputFiles([{ name: 'rex.jpg', mimeType: 'image/jpeg', buffer: jpg }]);
  await page.getByRole('button', { name: 'Send complement' }).click();
  await expect(page.getByRole('heading', { name: 'Your complement has been sent' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Once per request: the page is gone now.
  expect((await page.goto(`/en/folder/${itemNumber}/complement`))?.status()).toBe(404);

  // The official sees the complement, its file, and the matter back in processing.
  await official.reload();
  await expect(official.getByText('The applicant complemented the application', { exact: false })).toBeVisible();
  await expect(official.getByText('Rex the Second').first()).toBeVisible();
  await expect(official.getByRole('link', { name: /rex\.jpg/ }).first()).toBeVisible();
  await official.context().close();
});

test("another resident finds none of the item's messages, files or complement", async ({ page }) => {
  test.skip(!itemNumber, 'needs the item of the first test');
  await page.goto('/en/folder');
  await signInHere(page, toivo);
  for (const path of [`/en/folder/${itemNumber}/messages`, `/en/folder/${itemNumber}/complement`, replyFileHref]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  const reply = await page.request.post(`/en/folder/${itemNumber}/messages/reply`, { multipart: { body: 'Not mine' }, headers: { origin: new URL(page.url()).origin } });
  expect(reply.status()).toBe(404);
});
