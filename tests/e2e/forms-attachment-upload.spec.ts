import type { CDPSession, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { signInToForm } from './forms-support';

/**
 * Upload progress of attachments in the form wizard: on a slow connection (Chromium's network
 * emulation, through the DevTools protocol) "Attach the file" shows a labelled progress bar while
 * the file travels, then lists the file as before, with the rest of the page as it was; a broken
 * connection says so beside the field and in the error summary and keeps the page. Liisa Liite
 * (bank user id 45454545) is used by this test only.
 */

/** A valid PDF of about `kilobytes` kB: comment lines pad it out. */
function paddedPdf(kilobytes: number): Buffer {
  const padding = `%${'x'.repeat(78)}\n`.repeat(Math.ceil((kilobytes * 1024) / 80));
  return Buffer.from(`%PDF-1.4\n${padding}1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

/** A valid 1×1 PNG padded with a text chunk to about `kilobytes` kB. */
function paddedPng(kilobytes: number): Buffer {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  // A chunk of an unknown, ancillary type ("prVt") that viewers skip; its CRC is not checked by the type detection.
  const data = Buffer.alloc(kilobytes * 1024, 0x20);
  const chunk = Buffer.concat([Buffer.alloc(4), Buffer.from('prVt'), data, Buffer.alloc(4)]);
  chunk.writeUInt32BE(data.length, 0);
  // After the IHDR chunk (8 bytes of signature + 25 of IHDR).
  return Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);
}

async function throttleUploads(cdp: CDPSession, bytesPerSecond: number | null, offline = false) {
  await cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond ?? -1 });
}

async function screenshotAt(page: Page, width: number, name: string) {
  const path = test.info().outputPath(`${name}-${width}.png`);
  await page.screenshot({ path, fullPage: false });
  await test.info().attach(`${name} at ${width} px`, { path, contentType: 'image/png' });
}

test('a file on a slow connection shows its progress, is then listed, and a broken connection keeps the page', async ({ page }) => {
  await signInToForm(page, 'arts-culture-grants', { userId: '45454545', code: '4545', mobile: '040 100 0045' });
  await page.getByRole('radio', { name: 'as a person' }).check();
  await page.getByLabel('E-mail address').fill('liisa@example.fi');
  await page.getByLabel('Telephone number during office hours').fill('040 100 0045');
  await page.getByLabel('Street address').fill('Liitekuja 1');
  await page.getByLabel('Zipcode').fill('00100');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Name of the project').fill('Liitteiden ilta');
  await page.getByRole('checkbox', { name: 'Literature' }).check();
  await page.getByLabel('Description of the project').fill('Lukuilta kirjastossa.');
  await page.getByLabel('Amount applied for (euros)').fill('800');
  await page.getByLabel('The project starts').fill('2030-09-01');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '3/3 Attachments' })).toBeVisible();

  // The page is never loaded again while files are attached: this mark would be gone.
  await page.evaluate(() => document.documentElement.setAttribute('data-same-page', 'yes'));
  const address = page.url();
  const budget = page.getByRole('group', { name: /^Budget/ });
  const others = page.getByRole('group', { name: /^Other attachments/ });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');

  // 1280 px: the budget, 300 kB at 60 kB/s.
  await page.setViewportSize({ width: 1280, height: 900 });
  await budget.getByLabel('Choose a file').setInputFiles({ name: 'talousarvio.pdf', mimeType: 'application/pdf', buffer: paddedPdf(300) });
  await throttleUploads(cdp, 60 * 1024);
  await budget.getByRole('button', { name: 'Attach the file' }).click();
  const progress = budget.getByRole('progressbar', { name: /^Uploading talousarvio\.pdf: \d+%$/ });
  await expect(progress).toBeVisible();
  await expect(budget.getByRole('status')).toHaveText('The file talousarvio.pdf is being uploaded.');
  // The bar moves while the bytes travel.
  await expect.poll(() => progress.evaluate((element) => (element as HTMLProgressElement).value), { timeout: 8_000 }).toBeGreaterThan(0);
  await screenshotAt(page, 1280, 'upload-progress');
  await expectNoAxeViolations(page);
  await expect(budget.getByText(/^talousarvio\.pdf \(\d+ kB\)$/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(budget.getByRole('status')).toHaveText('The file talousarvio.pdf is attached.');
  // The budget takes one file: its chooser has gone, and the focus is on the new file's Remove button.
  await expect(budget.getByLabel('Choose a file')).toHaveCount(0);
  await expect(budget.getByRole('button', { name: 'Remove talousarvio.pdf' })).toBeFocused();

  // 375 px: another file, 200 kB, to the other attachments.
  await page.setViewportSize({ width: 375, height: 800 });
  await others.getByLabel('Choose a file').setInputFiles({ name: 'esiintyjät kesällä 2030 työnäytteet.png', mimeType: 'image/png', buffer: paddedPng(200) });
  await others.getByRole('button', { name: 'Attach the file' }).click();
  await expect(others.getByRole('progressbar', { name: /^Uploading esiintyjät kesällä 2030 työnäytteet\.png: \d+%$/ })).toBeVisible();
  await others.getByRole('progressbar').scrollIntoViewIfNeeded();
  await screenshotAt(page, 375, 'upload-progress');
  await expect(others.getByText(/^esiintyjät kesällä 2030 työnäytteet\.png \(\d+ kB\)$/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // The connection breaks: the page says so beside the field and in the error summary, and keeps everything.
  await others.getByLabel('Choose a file').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: paddedPdf(100) });
  await throttleUploads(cdp, null, true);
  await others.getByRole('button', { name: 'Attach the file' }).click();
  const failure = 'The file cv.pdf could not be sent because the connection to the server was lost.';
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: new RegExp(`^Other attachments: ${failure}`) })).toBeVisible();
  await expect(others.getByText(failure, { exact: false })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(budget.getByText(/^talousarvio\.pdf \(\d+ kB\)$/)).toBeVisible();
  await expect(others.getByText(/^esiintyjät kesällä 2030 työnäytteet\.png \(\d+ kB\)$/)).toBeVisible();
  expect(page.url()).toBe(address);
  await expect(page.locator('html')).toHaveAttribute('data-same-page', 'yes');

  // Attached again, slowly, and "To the summary" pressed at once: the post waits for the file,
  // carries it with the others and goes on from the draft's newest version, with no conflict.
  await throttleUploads(cdp, 60 * 1024);
  await others.getByRole('button', { name: 'Attach the file' }).click();
  await expect(others.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'To the summary' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '4/4 Summary' })).toBeVisible({ timeout: 20_000 });
  await throttleUploads(cdp, null);
  const attachments = page.getByRole('region', { name: '3. Attachments' });
  await expect(attachments.getByText('talousarvio.pdf')).toBeVisible();
  await expect(attachments.getByText('esiintyjät kesällä 2030 työnäytteet.png')).toBeVisible();
  await expect(attachments.getByText('cv.pdf')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The draft was changed elsewhere' })).toHaveCount(0);
});
