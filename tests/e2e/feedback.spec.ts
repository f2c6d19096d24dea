import { test, expect } from './fixtures';

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('feedback with mistakes shows every error, keeps what was typed, then goes through', async ({ page }) => {
      await page.goto('/en/feedback');
      await page.getByLabel('What is your feedback about?').selectOption({ label: 'Forms' });
      await page.getByLabel('E-mail address (optional)').fill('not-an-address');
      await page.getByRole('button', { name: 'Send feedback' }).click();

      const summary = page.getByRole('alert', { name: 'There is a problem' });
      await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
      await expect(summary.getByRole('link', { name: 'Write your feedback.' })).toBeVisible();
      await expect(summary.getByRole('link', { name: /Enter the e-mail address in the form/ })).toBeVisible();
      const message = page.getByRole('textbox', { name: 'Your feedback' });
      await expect(message).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('E-mail address (optional)')).toHaveValue('not-an-address');
      await expect(page.getByLabel('What is your feedback about?')).toHaveValue('forms');

      await summary.getByRole('link', { name: 'Write your feedback.' }).click();
      if (javaScriptEnabled) await expect(message).toBeFocused();
      await message.fill('The summary page before sending was clear.');
      await page.getByLabel('E-mail address (optional)').fill('');
      await page.getByRole('button', { name: 'Send feedback' }).click();
      await expect(page.getByRole('heading', { name: 'Thank you for your feedback' })).toBeVisible();
    });
  });
}

test('the form speaks the page language', async ({ page }) => {
  await page.goto('/sv/feedback');
  await page.getByRole('button', { name: 'Skicka respons' }).click();
  // Next's own route announcer is also an alert; the summary is the one named by its heading.
  await expect(page.getByRole('alert', { name: 'Kontrollera följande' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
