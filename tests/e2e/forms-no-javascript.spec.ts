import { expect, test } from './fixtures';
import { signInToForm } from './forms-support';

/* A form filled in and sent with JavaScript off: every button is a plain post (Jussi Ilmanskriptiä). */
test.use({ javaScriptEnabled: false });

test('a form is filled in, checked and sent without JavaScript, with the same messages', async ({ page }) => {
  await signInToForm(page, 'copies-of-certificates', { userId: '23232323', code: '2323', mobile: '040 100 0023' });
  await expect(page.getByRole('heading', { level: 2, name: '1/2 Applicant information' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  // The server answers with the same problems the browser would show.
  await expect(page.getByRole('link', { name: 'E-mail address: This information is required.' })).toBeVisible();
  await expect(page.getByText('Error: This information is required.').first()).toBeVisible();
  await page.getByLabel('E-mail address').fill('jussi@example.fi');
  await page.getByLabel('Street address').fill('Vanhatie 5');
  await page.getByLabel('Zipcode').fill('00990');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { level: 2, name: '2/2 Certificates' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Certificate of employment with the city' }).check();
  await page.getByLabel('School or workplace').fill('Kaupunginkirjasto');
  await page.getByLabel('Year of graduation or end of employment').fill('2019');
  await page.getByRole('radio', { name: 'I will collect it' }).check();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('The draft has been saved.')).toBeVisible();
  await page.getByRole('button', { name: 'To the summary' }).click();

  await expect(page.getByRole('heading', { level: 2, name: '3/3 Summary' })).toBeVisible();
  await expect(page.getByText('Kaupunginkirjasto')).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText(/^The sending of the form was successful and you can follow its status using the item number \d{6}\.$/)).toBeVisible();
});
