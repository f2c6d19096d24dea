import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { fillAndSendDogDeclaration, itemNumberOnConfirmation, signInHere, signInToForm, type FormPerson } from './forms-support';
import { staffPage } from './staff-sign-in';

/*
 * The e-services folder (FOL1–FOL9, PRO7, UI7). Kaisa Kansio's dog declaration gets a status
 * from Ulla Ympäristö: "New" until Kaisa opens it, its history and who opened it inside, the
 * application to print, and her front page. Tero Pohja sends a form, uses it as a template until
 * his folder has two pages, sorts, searches and pages it, and removes a draft. Olga Oma has a
 * folder of her own and another for Kansiokerho ry.
 */

const kaisa: FormPerson = { userId: '25252525', code: '2525', mobile: '040 100 0025' };
const tero: FormPerson = { userId: '26262626', code: '2626', mobile: '040 100 0026' };
const olga: FormPerson = { userId: '27272727', code: '2727', mobile: '040 100 0027' };

/** Fills in and sends the dog declaration the person is on (its first page), in English. */
async function sendDogDeclaration(page: Page, dogName: string): Promise<string> {
  return fillAndSendDogDeclaration(page, { email: 'kansio@example.fi', streetAddress: 'Kansiokatu 5', dogName, dateOfBirth: '2023-04-01', microchip: '246098100077777', changeDate: '2024-06-01' });
}

/** Fills in and sends "Requesting copies of certificates", a short form, from its first page. */
async function sendCopiesOfCertificates(page: Page, school: string): Promise<string> {
  await page.goto('/en/forms/copies-of-certificates');
  await page.getByLabel('E-mail address').fill('kopiot@example.fi');
  await page.getByLabel('Street address').fill('Kopiotie 1');
  await page.getByLabel('Zipcode').fill('00100');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Basic education leaving certificate' }).check();
  await page.getByLabel('School or workplace').fill(school);
  await page.getByLabel('Year of graduation or end of employment').fill('1996');
  await page.getByRole('radio', { name: 'By post' }).check();
  await page.getByRole('button', { name: 'To the summary' }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  return itemNumberOnConfirmation(page);
}

/** The folder's entry of one item, by its number. */
const entry = (page: Page, itemNumber: string) => page.locator(`#item-${itemNumber}`);

test('a status from the city is New until opened; the opened item shows its history, who opened it and the application; the front page shows the events', async ({ page, browser }) => {
  // Two sign-ins, a whole dog declaration, six accessibility scans and an official's three
  // changes: a journey of a minute or more on a busy two-core machine.
  test.setTimeout(180_000);
  await signInToForm(page, 'dog-declaration', kaisa);
  const itemNumber = await sendDogDeclaration(page, 'Kansiokoira');

  // Ulla of the urban environment division opens it and marks it received.
  const ulla = await staffPage(browser, /Ulla/);
  await ulla.goto(`/en/matters/${itemNumber}`);
  const statusForm = ulla.getByRole('region', { name: 'Change status' });
  await statusForm.getByLabel('New status').selectOption({ label: 'Received' });
  await statusForm.getByRole('button', { name: 'Change status' }).click();
  await expect(ulla.getByRole('status').getByText('The status was changed.')).toBeVisible();
  // Only the city starts a conversation (MSG2).
  const write = ulla.getByRole('region', { name: 'Start a conversation' });
  await write.getByLabel('Message', { exact: true }).fill('Thank you, we will handle the declaration soon.');
  await write.getByRole('button', { name: 'Send the message' }).click();
  await expect(ulla.getByRole('region', { name: 'Write to the applicant' })).toBeVisible();

  // The front page: welcome by name, the latest events linking into the folder.
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Kaisa Kansio' })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest events in the e-services folder' });
  await expect(latest.getByRole('listitem').first()).toContainText(`Dog declaration (${itemNumber})`);
  await expect(latest.getByRole('listitem').first()).toContainText('Message from City of Helsinki / Urban Environment Division');
  await expect(latest).toContainText('Received');
  await expect(page.getByRole('main').getByRole('region', { name: 'Popular services' }).getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: test.info().outputPath('front-page-390.png'), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto('/en/folder');
  const item = entry(page, itemNumber);
  await expect(item.getByRole('heading', { level: 3 })).toHaveText(`Dog declaration (${itemNumber}) New(there is a new event you have not seen)`);
  await expect(item).toContainText(/Status: .* Received/);
  const open = item.getByRole('link', { name: `Open the information: Dog declaration (${itemNumber})` });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();

  // Opened in place: its address can be shared, and the marker is gone.
  await expect(page).toHaveURL(new RegExp(`/en/folder\\?item=${itemNumber}#item-${itemNumber}$`));
  await expect(item.getByRole('heading', { level: 3 }).first()).toHaveText(`Dog declaration (${itemNumber})`);
  const details = page.locator(`#item-${itemNumber}-information`);
  await expect(details).toContainText('The City has received the matter and it is waiting for an official.');
  await expect(details.getByRole('heading', { level: 4, name: 'Events' }).locator('xpath=following-sibling::ol[1]').getByRole('listitem')).toContainText([
    'Message from City of Helsinki / Urban Environment Division',
    'Received (City of Helsinki / Urban Environment Division)',
    'Sent',
  ]);
  await expect(details.getByRole('heading', { level: 4, name: 'Opened at the City' }).locator('xpath=following-sibling::ol[1]')).toContainText('Opened by an official of Urban Environment Division');
  const message = details.getByRole('heading', { level: 4, name: 'Messages' }).locator('xpath=following-sibling::ol[1]').getByRole('listitem');
  await expect(message).toContainText(['City of Helsinki / Urban Environment Division']);
  await expect(message).toContainText(['Thank you, we will handle the declaration soon.']);
  await expect(details.getByRole('link', { name: 'Complement' })).toHaveCount(0);
  await expect(item.getByRole('link', { name: `Close information: Dog declaration (${itemNumber})` }).first()).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`folder-open-${width}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }

  // The city has written: the reply form is here, its heading under the item's Messages, and the
  // reply comes back to the open item.
  await expect(details.getByRole('heading', { level: 4, name: 'Messages' })).toBeVisible();
  await expect(details.getByRole('heading', { level: 5, name: 'Reply to the city' })).toBeVisible();
  await details.getByRole('textbox', { name: 'Your message' }).fill('Thank you!');
  await details.getByRole('button', { name: 'Send reply' }).click();
  await expect(page).toHaveURL(new RegExp(`item=${itemNumber}.*reply=sent#messages$`));
  await expect(details.getByRole('status')).toHaveText('Your message has been sent.');
  await expect(message).toHaveCount(2);
  await expect(message.nth(1)).toContainText('You');
  await expect(message.nth(1)).toContainText('Thank you!');
  await expectNoAxeViolations(page);

  // A deep link opens it again, also in a new tab; seen, it stays without the marker.
  const again = await page.context().newPage();
  await again.goto(`/en/folder?item=${itemNumber}#item-${itemNumber}`);
  await expect(again.locator(`#item-${itemNumber}-information`)).toContainText('Opened by an official of Urban Environment Division');
  await again.close();

  // Show application: the answers, read-only, ready to print.
  await details.getByRole('link', { name: 'Show application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dog declaration (${itemNumber})` })).toBeVisible();
  await expect(page.getByText('Kansiokoira')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath('application-print.png'), fullPage: true });
  await expect(page.getByRole('banner')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // In Finnish, the page is Finnish and the application stays in English, as it was sent.
  await page.goto(`/fi/folder/${itemNumber}/application`);
  await expect(page.getByText('Hakemus näytetään sillä kielellä, jolla se lähetettiin.')).toBeVisible();
  await expect(page.getByText('Name of the dog')).toBeVisible();
  await expect(page.locator('section[lang="en"]')).toContainText('Kansiokoira');
  await expectNoAxeViolations(page);
  await page.goto(`/en/folder/${itemNumber}/application`);
  await page.getByRole('link', { name: 'Back to the folder' }).click();
  await expect(details).toBeVisible();
  await item.getByRole('link', { name: /^Close information/ }).first().click();
  await expect(details).toHaveCount(0);
  await expect(item.getByRole('link', { name: /^Open the information/ })).toHaveAttribute('aria-expanded', 'false');

  // The official asks for more: the status says so, and Complement leads to the complement page.
  await ulla.reload();
  const ask = ulla.getByRole('region', { name: 'Ask for additional information' });
  await ask.getByRole('checkbox', { name: 'Name of the dog' }).check();
  await ask.getByLabel('Message to the applicant').fill('Please check the name of the dog.');
  await ask.getByRole('button', { name: 'Ask for information' }).click();
  await expect(ulla.getByRole('status').getByText('Additional information was requested.')).toBeVisible();
  await ulla.context().close();
  await page.goto(`/en/folder?item=${itemNumber}#item-${itemNumber}`);
  await expect(details).toContainText('Please check the name of the dog.');
  await expect(details).toContainText('The official needs more information from you');
  await details.getByRole('link', { name: 'Complement' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/folder/${itemNumber}/complement$`));
});

test('use as template, sort, search and paging, and removing a draft', async ({ page }) => {
  test.setTimeout(300_000);
  await signInToForm(page, 'dog-declaration', tero);
  const dog = await sendDogDeclaration(page, 'Pohjakoira');
  const first = await sendCopiesOfCertificates(page, 'Pohjan koulu');

  // Use as template: a new draft of the form with the answers, in the wizard.
  await page.goto(`/en/folder?item=${first}#item-${first}`);
  await page.getByRole('button', { name: 'Use as template' }).click();
  await expect(page).toHaveURL(/\/en\/forms\/copies-of-certificates\?draft=[0-9a-f-]+&step=1$/);
  await expect(page.getByLabel('Street address')).toHaveValue('Kopiotie 1');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('School or workplace')).toHaveValue('Pohjan koulu');

  // Nineteen more from the template, so the folder has 21 items: two pages.
  const sent = [dog, first];
  for (let n = 0; n < 19; n += 1) {
    if (n > 0) {
      await page.goto(`/en/folder?item=${first}#item-${first}`);
      await page.getByRole('button', { name: 'Use as template' }).click();
      await expect(page).toHaveURL(/step=1$/);
    }
    await page.goto(page.url().replace(/step=\d+$/, 'step=summary'));
    await page.getByRole('button', { name: 'Send' }).click();
    sent.push(await itemNumberOnConfirmation(page));
  }
  // And one more template, left as a draft.
  await page.goto(`/en/folder?item=${first}#item-${first}`);
  await page.getByRole('button', { name: 'Use as template' }).click();
  await expect(page).toHaveURL(/step=1$/);

  // Last update first, twenty a page; the oldest, the dog declaration, on page 2.
  await page.goto('/en/folder');
  const sentForms = page.getByRole('region', { name: 'Sent forms' });
  const headings = sentForms.getByRole('heading', { level: 3 });
  await expect(sentForms.getByText('21 items')).toBeVisible();
  await expect(headings).toHaveCount(20);
  await expect(headings.first()).toHaveText(`Requesting copies of certificates (${sent.at(-1)})`);
  const pages = page.getByRole('navigation', { name: 'Pages of the folder' });
  await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await pages.getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/\/en\/folder\?page=2#sent-heading$/);
  await expect(headings).toHaveText([`Dog declaration (${dog})`]);
  await expectNoAxeViolations(page);

  // Alphabetical order: the dog declaration first.
  await page.getByRole('navigation', { name: 'Sort' }).getByRole('link', { name: 'Alphabetical order' }).click();
  await expect(page).toHaveURL(/\/en\/folder\?sort=name$/);
  await expect(headings.first()).toHaveText(`Dog declaration (${dog})`);
  await expect(page.getByRole('navigation', { name: 'Sort' }).getByRole('link', { name: 'Alphabetical order' })).toHaveAttribute('aria-current', 'true');

  // Search by item number, and a clear message for what cannot be one.
  const search = page.getByRole('search', { name: 'Search by item number' });
  await search.getByRole('searchbox', { name: 'Search by item number' }).fill(sent[7]!);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${sent[7]}`));
  await expect(headings).toHaveText([`Requesting copies of certificates (${sent[7]})`]);
  await page.getByRole('search').getByRole('searchbox', { name: 'Search by item number' }).fill('dog');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('An item number has only digits, for example 100123.')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search by item number' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // Remove the draft: asked first, then gone with a message.
  await page.goto('/en/folder');
  const drafts = page.getByRole('region', { name: 'Drafts' });
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  await drafts.getByRole('link', { name: 'Remove the draft: Requesting copies of certificates' }).click();
  await expect(drafts.getByText('Remove the draft "Requesting copies of certificates"?')).toBeVisible();
  await expectNoAxeViolations(page);
  await drafts.getByRole('link', { name: 'Cancel' }).click();
  await expect(drafts.getByText('Remove the draft "Requesting copies of certificates"?')).toHaveCount(0);
  await drafts.getByRole('link', { name: 'Remove the draft: Requesting copies of certificates' }).click();
  await drafts.getByRole('button', { name: 'Yes, remove the draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The draft has been removed.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Drafts' })).toHaveCount(0);
});

test('an organisation’s folder is separate from the representative’s own; the folder works without JavaScript', async ({ page, browser }) => {
  await signInToForm(page, 'copies-of-certificates', olga);
  const own = await sendCopiesOfCertificates(page, 'Olgan oma koulu');
  const banner = page.getByRole('banner');

  await banner.getByRole('link', { name: 'Change role' }).click();
  await page.getByRole('main').getByRole('radio', { name: /Kansiokerho ry/ }).check();
  await page.getByRole('main').getByRole('button', { name: 'Change role' }).click();
  await expect(banner).toContainText('Kansiokerho ry');
  await page.goto('/en/folder');
  await expect(page.getByRole('heading', { level: 1, name: 'E-services folder of Kansiokerho ry' })).toBeVisible();
  await expect(page.getByText(`(${own})`)).toHaveCount(0);
  const organisations = await sendCopiesOfCertificates(page, 'Kerhon koulu');
  await page.goto('/en/folder');
  await expect(entry(page, organisations)).toBeVisible();
  await expect(entry(page, own)).toHaveCount(0);
  // The representative's own item is not the organisation's: opening it shows nothing.
  await page.goto(`/en/folder?item=${own}#item-${own}`);
  await expect(page.locator(`#item-${own}-information`)).toHaveCount(0);
  expect((await page.context().request.get(`/en/folder/${own}/application`)).status()).toBe(404);
  await expectNoAxeViolations(page);

  await banner.getByRole('link', { name: 'Change role' }).click();
  await page.getByRole('main').getByRole('radio', { name: /Myself/ }).check();
  await page.getByRole('main').getByRole('button', { name: 'Change role' }).click();
  // The change is made before going on: an address typed at once would cut the post short.
  await expect(banner).not.toContainText('Kansiokerho ry');
  await page.goto('/en/folder');
  await expect(page.getByRole('heading', { level: 1, name: 'My folder' })).toBeVisible();
  await expect(entry(page, own)).toBeVisible();
  await expect(entry(page, organisations)).toHaveCount(0);

  // Without JavaScript: open and close an item, use it as a template, remove the draft.
  const plain = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto('/en/folder');
  await signInHere(noScript, olga);
  await expect(noScript).toHaveURL(/\/en\/folder$/);
  await entry(noScript, own).getByRole('link', { name: /^Open the information/ }).click();
  const details = noScript.locator(`#item-${own}-information`);
  await expect(details).toContainText('The form has been sent to the City but handling has not started yet.');
  await details.getByRole('button', { name: 'Use as template' }).click();
  await expect(noScript).toHaveURL(/\/en\/forms\/copies-of-certificates\?draft=/);
  await expect(noScript.getByLabel('Street address')).toHaveValue('Kopiotie 1');
  await noScript.goto('/en/folder');
  const drafts = noScript.getByRole('region', { name: 'Drafts' });
  await drafts.getByRole('link', { name: 'Remove the draft: Requesting copies of certificates' }).click();
  await drafts.getByRole('button', { name: 'Yes, remove the draft' }).click();
  await expect(noScript.getByText('The draft has been removed.')).toBeVisible();
  await expect(noScript.getByRole('region', { name: 'Drafts' })).toHaveCount(0);
  await plain.close();
});
