import { expect, expectNoAxeViolations, test } from './fixtures';
import { codeFromOutbox, identifyWithCard, identifyWithMobile, identifyWithBank, requestMobileIdentification, signInFromSignInPage } from './identification';

/*
 * The other identification methods of ID1 from the portal, with registration on the first
 * sign-in (ID4) and none on the second, and what a person sees when identification or a
 * session ends. Test people: maija-mobiili, kalle-kortti, ville-viive and ritva-rajala.
 */

test('first sign-in with a mobile certificate: registration, e-mail confirmation, profile; the second goes straight in', async ({ page }) => {
  await page.goto('/en/profile');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Fprofile/);
  await signInFromSignInPage(page);
  await identifyWithMobile(page, '040 1000010');

  await expect(page.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
  await expect(page.getByText('Welcome, Maija Mobiili.')).toBeVisible();
  await page.getByLabel(/I accept that a profile is created/).check();
  await page.getByLabel('E-mail address').fill('maija.mobiili@example.fi');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Register' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' })).toBeVisible();
  await expect(page.getByText('We sent a six-digit confirmation code to maija.mobiili@example.fi.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Confirmation code').fill(await codeFromOutbox(page, 'maija.mobiili@example.fi'));
  await page.getByRole('button', { name: 'Confirm' }).click();

  await expect(page).toHaveURL(/\/en\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Maija Mobiili');
  await expect(main).toContainText('120690-9127');
  await expect(main).toContainText('maija.mobiili@example.fi');
  await expect(main).toContainText('This is your first login');
  await expect(page.getByRole('banner')).toContainText('Maija Mobiili');

  await main.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit your details' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue('maija.mobiili@example.fi');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/en\/profile$/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/en/profile');
  await expect(page).toHaveURL(/\/en\/sign-in\?/);
  await signInFromSignInPage(page);
  await identifyWithMobile(page, '040 1000010');
  await expect(page).toHaveURL(/\/en\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('maija.mobiili@example.fi');
  await expect(page.getByRole('main')).not.toContainText('This is your first login');
});

test('first sign-in with a certificate card, in Finnish: registration, e-mail confirmation, profile; the second goes straight in', async ({ page }) => {
  await page.goto('/fi/profile');
  await expect(page).toHaveURL(/\/fi\/sign-in\?returnTo=%2Ffi%2Fprofile/);
  await page.getByRole('region', { name: 'Henkilöasiakkaat' }).getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tunnistautuminen' })).toBeVisible();
  await page.getByRole('link', { name: 'In English' }).click();
  await identifyWithCard(page, 'Kalle Kortti', '1234');

  await expect(page.getByRole('heading', { level: 1, name: 'Rekisteröidy asiointiin' })).toBeVisible();
  await expect(page.getByText('Tervetuloa, Kalle Kortti.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/Hyväksyn, että minulle luodaan profiili/).check();
  await page.getByLabel('Sähköpostiosoite').fill('kalle.kortti@example.fi');
  await page.getByLabel('Matkapuhelinnumero').fill('040 100 0012');
  await page.getByRole('radio', { name: 'Suomi' }).check();
  await page.getByRole('button', { name: 'Rekisteröidy' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Vahvista sähköpostiosoitteesi' })).toBeVisible();
  await expect(page.getByText('Lähetimme kuusinumeroisen vahvistuskoodin osoitteeseen kalle.kortti@example.fi.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Vahvistuskoodi').fill(await codeFromOutbox(page, 'kalle.kortti@example.fi'));
  await page.getByRole('button', { name: 'Vahvista' }).click();

  await expect(page).toHaveURL(/\/fi\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Omat tiedot' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Kalle Kortti');
  await expect(main).toContainText('250588-9340');
  await expect(main).toContainText('kalle.kortti@example.fi');
  await expect(main).toContainText('+358401000012');
  await expect(main).toContainText('Tämä on ensimmäinen kirjautumisesi');
  await expectNoAxeViolations(page);

  await main.getByRole('link', { name: 'Muokkaa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa tietojasi' })).toBeVisible();
  await expect(page.getByLabel('Matkapuhelinnumero')).toHaveValue('+358401000012');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Peruuta' }).click();
  await expect(page).toHaveURL(/\/fi\/profile$/);

  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Olet kirjautunut ulos' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/fi/profile');
  await expect(page).toHaveURL(/\/fi\/sign-in\?/);
  await page.getByRole('region', { name: 'Henkilöasiakkaat' }).getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByRole('link', { name: 'In English' }).click();
  await identifyWithCard(page, 'Kalle Kortti', '1234');
  await expect(page).toHaveURL(/\/fi\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Omat tiedot' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Tämä on ensimmäinen kirjautumisesi');
});

test('a mobile certificate that times out gives the guide\'s message, and the portal then says nobody signed in', async ({ page }) => {
  await page.goto('/en/sign-in');
  await signInFromSignInPage(page);
  await requestMobileIdentification(page, '040 1000004');
  await expect(
    page.getByText('The identification with mobile ID was interrupted. The duration of the event exceeded the time limit. Please try again.', { exact: true }),
  ).toBeVisible();

  // The person gives up and returns to the portal from the identification service.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\/error\?error=OAuthCallbackError$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Signing in did not succeed' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The identification was cancelled or could not be accepted. You have not been signed in.' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in: e-services' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Try signing in again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to e-services' })).toBeVisible();
});

test('after signing out, the old session cookie no longer signs anyone in', async ({ page, browser, baseURL }) => {
  await page.goto('/en/sign-in');
  await signInFromSignInPage(page);
  await identifyWithBank(page, '16161616', '1616');
  await expect(page.getByText('Welcome, Ritva Rajala.')).toBeVisible();
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'authjs.session-token');
  expect(cookie, 'the session cookie').toBeTruthy();

  // Another browser with nothing but that cookie is the same signed-in person…
  const replay = await browser.newContext({ baseURL, locale: 'en-GB' });
  await replay.addCookies([cookie!]);
  const other = await replay.newPage();
  await other.goto('/en/registration');
  await expect(other.getByText('Welcome, Ritva Rajala.')).toBeVisible();
  expect(await (await other.request.get('/api/session')).json()).toMatchObject({ signedIn: true });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeVisible();
  expect((await page.context().cookies()).map((candidate) => candidate.name)).not.toContain('authjs.session-token');

  // …until the person signs out: then the copied cookie opens nothing.
  await other.goto('/en/profile');
  await expect(other).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Fprofile&reason=expired$/);
  await expect(other.getByText('You were signed out')).toBeVisible();
  await expect(other.getByRole('banner')).not.toContainText('Ritva Rajala');
  await expectNoAxeViolations(other);
  await other.goto('/en/registration');
  await expect(other).toHaveURL(/\/en\/sign-in\?/);
  expect(await (await other.request.get('/api/session')).json()).toEqual({ signedIn: false });
  expect((await other.request.post('/api/session')).status()).toBe(401);

  // The same cookie put back into the browser that signed out does no better.
  await page.context().addCookies([cookie!]);
  await page.goto('/en/profile');
  await expect(page).toHaveURL(/\/en\/sign-in\?/);
  await replay.close();
});
