import { expect, expectNoAxeViolations, test } from './fixtures';
import { codeFromOutbox, identifyWithBank, signInFromSignInPage } from './identification';

test('first sign-in: deep link, identification, registration, e-mail confirmation, then the page asked for', async ({ page }) => {
  await page.goto('/en/profile');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Fprofile/);
  await signInFromSignInPage(page);
  await identifyWithBank(page, '22222222', '2222');

  await expect(page.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
  await expect(page.getByText('Welcome, Aino Maria Virtanen.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('E-mail address').fill('');
  await page.getByLabel('Mobile phone number').fill('040 12');
  // Checked in the browser with the server's schema and messages: nothing is posted yet.
  const posts: string[] = [];
  const countPost = (request: { method(): string; url(): string }) => {
    if (request.method() === 'POST') posts.push(request.url());
  };
  page.on('request', countPost);
  await page.getByRole('button', { name: 'Register' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /accept that a profile is created/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /too short/i })).toBeVisible();
  await expect(page.getByLabel('Mobile phone number')).toHaveAttribute('aria-invalid', 'true');
  expect(posts).toEqual([]);
  page.off('request', countPost);
  await expectNoAxeViolations(page);

  await page.getByLabel(/I accept that a profile is created/).check();
  await page.getByLabel('E-mail address').fill('aino.virtanen@example.fi');
  await page.getByLabel('Mobile phone number').fill('040 100 0002');
  await page.getByRole('radio', { name: 'Svenska' }).check();
  await page.getByRole('button', { name: 'Register' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' })).toBeVisible();
  await expect(page.getByText('aino.virtanen@example.fi')).toBeVisible();
  await page.getByLabel('Confirmation code').fill('000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /code is not correct|no code/i })).toBeVisible();
  await page.getByLabel('Confirmation code').fill(await codeFromOutbox(page, 'aino.virtanen@example.fi'));
  await page.getByRole('button', { name: 'Confirm' }).click();

  await expect(page).toHaveURL(/\/en\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('150385-9024');
  await expect(main).toContainText('Ainonkuja 5, 00250 Helsinki');
  await expect(main).toContainText('aino.virtanen@example.fi');
  await expect(main).toContainText('+358401000002');
  await expect(main).toContainText('Svenska');
  await expect(page.getByRole('banner')).toContainText('Aino Maria Virtanen');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeVisible();
  await page.goto('/en/profile');
  await expect(page).toHaveURL(/\/en\/sign-in/);

  // The second time there is nothing to register: straight to where the person was going.
  await signInFromSignInPage(page);
  await identifyWithBank(page, '22222222', '2222');
  await expect(page).toHaveURL(/\/en\/profile$/);
  await expect(page.getByRole('main')).toContainText('Last login');
});

test('a weak identification never opens the folder', async ({ page }) => {
  await page.goto('/fi/folder');
  await page.getByRole('region', { name: 'Henkilöasiakkaat' }).getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByRole('link', { name: 'In English' }).click();
  await identifyWithBank(page, '55555555', '5555');
  await expect(page).toHaveURL(/\/fi\/sign-in\?.*reason=weak/);
  await expect(page.getByText('Tarvitaan vahva tunnistautuminen')).toBeVisible();
});
