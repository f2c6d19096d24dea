import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Bank access codes at the test identification service, from its chooser to the portal. */
async function identifyWithBank(page: Page, userId: string, code: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Identification' })).toBeVisible();
  await page.getByRole('link', { name: 'Nordea', exact: true }).click();
  await page.getByLabel('User ID').fill(userId);
  await page.getByLabel(/^Code/).fill(code);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the service' }).click();
}

async function signInFromSignInPage(page: Page) {
  await page.getByRole('region', { name: 'Personal customers' }).getByRole('button', { name: 'Sign in' }).click();
}

/** The newest confirmation code sent to `email`, read from the development outbox page. */
async function codeFromOutbox(page: Page, email: string): Promise<string> {
  const outbox = await page.context().newPage();
  await outbox.goto(`/en/outbox?${new URLSearchParams({ to: email })}`);
  const text = (await outbox.locator('pre').first().textContent()) ?? '';
  await outbox.close();
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  expect(code, 'a six-digit code in the e-mail').toBeTruthy();
  return code!;
}

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
  await page.getByRole('button', { name: 'Register' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: /accept that a profile is created/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /too short/i })).toBeVisible();
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

test('two idle hours: a warning at 1 h 55 min, Continue keeps the session, then the session ends', async ({ page, request }) => {
  await page.clock.install();
  await page.goto('/sv/sign-in?returnTo=%2Fsv%2Ffolder');
  await page.getByRole('region', { name: 'Privatkunder' }).getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('link', { name: 'In English' }).click();
  await identifyWithBank(page, '33333333', '3333');
  await page.getByLabel(/Jag godkänner/).check();
  await page.getByLabel('Mobilnummer').fill('+358 40 100 0003');
  await page.getByRole('checkbox', { name: 'E-post' }).uncheck();
  await page.getByRole('button', { name: 'Registrera' }).click();
  await expect(page).toHaveURL(/\/sv\/folder$/);
  // Arriving is activity: let the page learn the session's new end before time moves.
  await page.waitForLoadState('networkidle');

  const dialog = page.getByRole('alertdialog', { name: 'Du loggas snart ut' });
  await page.clock.fastForward('01:54:00');
  await expect(dialog).toBeHidden();
  await page.clock.fastForward('01:30');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Fortsätt' })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(dialog).toBeHidden();

  try {
    // Two hours pass on the server and in the browser.
    await request.post('/api/test/clock', { data: { offsetMs: 2 * 60 * 60 * 1000 + 60_000 } });
    await page.clock.fastForward('02:01:00');
    await expect(page).toHaveURL(/\/sv\/sign-in\?reason=expired&returnTo=%2Fsv%2Ffolder/);
    await expect(page.getByText('Du har loggats ut')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logga in: e-tjänster' })).toBeVisible();
  } finally {
    await request.post('/api/test/clock', { data: { offsetMs: 0 } });
  }
});
