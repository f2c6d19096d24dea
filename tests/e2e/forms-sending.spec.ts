import { expect, expectNoAxeViolations, test } from './fixtures';
import { itemNumberOnConfirmation, signInToForm } from './forms-support';

/*
 * Sending (FRM1, FRM2, FOL3) and two tabs on one draft. Tuomas Tuplaklikki opens a draft in two
 * tabs and double-clicks Send; Terhi Terveys sends an empty health care form first.
 */

test('a save from a stale tab is refused, and the person keeps theirs as a separate draft', async ({ page, context }) => {
  await signInToForm(page, 'referee-fee', { userId: '20202020', code: '2020', mobile: '040 100 0020' });
  await page.getByLabel('E-mail address').fill('tuomas@example.fi');
  await page.getByLabel('Street address').fill('Tuomarintie 1');
  await page.getByLabel('Zipcode').fill('00100');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2/2 Matches' })).toBeVisible();

  // The same draft in a second tab: opening the form continues it.
  const second = await context.newPage();
  await second.goto('/en/forms/referee-fee');
  await expect(second.getByRole('heading', { level: 2, name: '2/2 Matches' })).toBeVisible();

  await page.getByLabel('Teams').fill('HJK – HIFK');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('The draft has been saved.')).toBeVisible();

  await second.getByLabel('Teams').fill('KuPS – Inter');
  await second.getByRole('button', { name: 'Save as draft' }).click();
  const conflict = second.getByRole('alert').filter({ hasText: 'The draft was changed elsewhere' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Load the newer version' })).toBeVisible();
  await conflict.getByRole('button', { name: 'Keep mine as a separate draft' }).click();
  await expect(second.getByText('Your changes have been saved as a separate draft.')).toBeVisible();
  await expect(second.getByLabel('Teams')).toHaveValue('KuPS – Inter');

  // Nothing was overwritten: the first tab's draft still has its own answer.
  await page.reload();
  await expect(page.getByLabel('Teams')).toHaveValue('HJK – HIFK');
  await page.goto('/en/folder');
  await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('listitem').filter({ hasText: 'Referee fee' })).toHaveCount(2);
});

test('a double click on Send gives one item number', async ({ page }) => {
  await signInToForm(page, 'copies-of-certificates', { userId: '20202020', code: '2020', mobile: '040 100 0020' });
  await page.getByLabel('E-mail address').fill('tuomas@example.fi');
  await page.getByLabel('Street address').fill('Tuomarintie 1');
  await page.getByLabel('Zipcode').fill('00100');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Basic education leaving certificate' }).check();
  await page.getByLabel('School or workplace').fill('Kallion yläaste');
  await page.getByLabel('Year of graduation or end of employment').fill('1996');
  await page.getByRole('radio', { name: 'By post' }).check();
  await page.getByRole('button', { name: 'To the summary' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '3/3 Summary' })).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).dblclick();
  await expect(page.getByText(/can follow its status using the item number \d{6}\./)).toBeVisible();
  const itemNumber = await itemNumberOnConfirmation(page);
  await page.goto('/en/folder');
  await expect(page.getByText(/^Requesting copies of certificates \(\d{6}\)$/)).toHaveText(`Requesting copies of certificates (${itemNumber})`);
});

test('an empty Send shows the summary with the problems in red; a health care form never appears in the folder', async ({ page }) => {
  await signInToForm(page, 'health-questionnaire', { userId: '21212121', code: '2121', mobile: '040 100 0021' });
  await page.getByRole('navigation', { name: 'Steps of the form' }).getByRole('button', { name: 'Step 3: Summary' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '3/3 Summary' })).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();

  const problems = page.getByRole('alert').filter({ hasText: 'There is a problem with the form' });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('link', { name: 'E-mail address: This information is required.' })).toBeVisible();
  await expect(problems.getByRole('link', { name: 'Do you smoke? This information is required.' })).toBeVisible();
  const smokingRow = page.getByRole('region', { name: '2. Health and lifestyle' }).getByText('This information is required.').first();
  await expect(smokingRow).toHaveCSS('color', 'rgb(176, 16, 56)');
  await expectNoAxeViolations(page);

  // The problem's link leads to its field on its page, red there too.
  await problems.getByRole('link', { name: 'Do you smoke? This information is required.' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2/2 Health and lifestyle' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Do you smoke\?/ })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('radio', { name: 'No', exact: true }).first().check();
  await page.getByRole('group', { name: /regular medication/ }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'To the summary' }).click();
  await page.getByRole('region', { name: '1. Basic information' }).getByRole('link', { name: /Change/ }).click();
  await page.getByLabel('E-mail address').fill('terhi@example.fi');
  await page.getByRole('button', { name: 'To the summary' }).click();
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(page.getByText(/can follow its status using the item number \d{6}\./)).toBeVisible();
  await expect(page.getByText('this form is not saved in the e-services folder', { exact: false })).toBeVisible();
  await page.goto('/en/folder');
  await expect(page.getByRole('heading', { level: 1, name: 'My folder' })).toBeVisible();
  await expect(page.getByText('Health check questionnaire')).toHaveCount(0);
});

test('a file is attached to a form and removed again; a file that is not what its name says gets a message', async ({ page }) => {
  await signInToForm(page, 'arts-culture-grants', { userId: '21212121', code: '2121', mobile: '040 100 0021' });
  await page.getByRole('radio', { name: 'as a person' }).check();
  await page.getByLabel('E-mail address').fill('terhi@example.fi');
  await page.getByLabel('Telephone number during office hours').fill('040 100 0021');
  await page.getByLabel('Street address').fill('Taidetie 1');
  await page.getByLabel('Zipcode').fill('00100');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Name of the project').fill('Kesäkonsertit');
  await page.getByRole('checkbox', { name: 'Music' }).check();
  await page.getByLabel('Description of the project').fill('Konsertteja puistoissa.');
  await page.getByLabel('Amount applied for (euros)').fill('2000');
  await page.getByLabel('The project starts').fill('2030-06-01');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '3/3 Attachments' })).toBeVisible();

  const budget = page.getByRole('group', { name: /^Budget/ });
  await budget.getByLabel('Choose a file').setInputFiles({ name: 'budjetti.pdf', mimeType: 'application/pdf', buffer: Buffer.from('This is plain text, not a PDF.') });
  await budget.getByRole('button', { name: 'Attach the file' }).click();
  await expect(page.getByText('The file budjetti.pdf is not a PDF file, although its name says so.', { exact: false }).first()).toBeVisible();

  // A file past the limit is refused with the same message before it is sent.
  await page.getByRole('group', { name: /^Budget/ }).getByLabel('Choose a file').setInputFiles({ name: 'iso.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 0x25) });
  await page.getByRole('group', { name: /^Budget/ }).getByRole('button', { name: 'Attach the file' }).click();
  await expect(page.getByText('The file iso.pdf is larger than 2 MB.', { exact: false }).first()).toBeVisible();

  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await page.getByRole('group', { name: /^Budget/ }).getByLabel('Choose a file').setInputFiles({ name: 'budjetti.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('group', { name: /^Budget/ }).getByRole('button', { name: 'Attach the file' }).click();
  await expect(page.getByText(/^budjetti\.pdf \(\d+ kB\)$/)).toBeVisible();
  await page.getByRole('button', { name: 'Remove budjetti.pdf' }).click();
  await expect(page.getByText(/^budjetti\.pdf \(/)).toHaveCount(0);
  await page.getByRole('group', { name: /^Budget/ }).getByLabel('Choose a file').setInputFiles({ name: 'budjetti.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('group', { name: /^Budget/ }).getByRole('button', { name: 'Attach the file' }).click();
  await page.getByRole('button', { name: 'To the summary' }).click();
  await expect(page.getByRole('region', { name: '3. Attachments' }).getByText('budjetti.pdf')).toBeVisible();
});
