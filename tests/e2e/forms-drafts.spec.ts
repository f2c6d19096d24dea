import { expect, test } from './fixtures';
import { signInHere, signInToForm } from './forms-support';

/*
 * Drafts that save themselves (FRM3): Leena Luonnos. The draft saves a few seconds after typing
 * stops (the browser's clock is moved on instead of waiting), is under Drafts in the folder with
 * its last update, opens on another device, continues after signing out, and what was typed
 * after the session ended comes back after signing in again.
 */
const leena = { userId: '19191919', code: '1919', mobile: '040 100 0019' };

// Both tests are Leena's: one after the other, so that each sees only her own drafts.
test.describe.configure({ mode: 'serial' });

test('a draft saves itself, is in the folder with its last update, opens on another device and after signing out again', async ({ page, browser }) => {
  await page.clock.install();
  await signInToForm(page, 'copies-of-certificates', leena);
  await expect(page.getByRole('heading', { level: 2, name: '1/2 Applicant information' })).toBeVisible();
  await page.getByLabel('E-mail address').fill('leena.luonnos@example.fi');
  await page.getByLabel('Street address').fill('Luonnoskatu 2');
  const status = page.getByRole('status').filter({ hasText: /Saved|Saving/ });
  await page.clock.fastForward(4000);
  await expect(status).toHaveText(/^Saved \d{1,2}[:.]\d{2}$/);

  await page.goto('/en/folder');
  const drafts = page.getByRole('region', { name: 'Drafts' });
  await expect(drafts.getByText('Requesting copies of certificates', { exact: true })).toBeVisible();
  await expect(drafts.getByText(/^Last update: /)).toBeVisible();

  // Another device: a browser of its own, signed in afresh.
  const other = await browser.newContext({ locale: 'en-GB' });
  const phone = await other.newPage();
  await phone.goto('/en/folder');
  await signInHere(phone, leena);
  await phone.getByRole('region', { name: 'Drafts' }).getByRole('link', { name: /Open/ }).click();
  await expect(phone.getByLabel('E-mail address')).toHaveValue('leena.luonnos@example.fi');
  await expect(phone.getByLabel('Street address')).toHaveValue('Luonnoskatu 2');
  await other.close();

  // Signing out and in again, the form continues the draft rather than starting another.
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await page.goto('/en/forms/copies-of-certificates');
  await signInHere(page, leena);
  await expect(page.getByLabel('Street address')).toHaveValue('Luonnoskatu 2');
  await page.goto('/en/folder');
  await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(1);
});

test('what was typed after the session ended is kept in the browser and saved after signing in again', async ({ page, context }) => {
  await page.clock.install();
  await signInToForm(page, 'copies-of-certificates', leena);
  await expect(page.getByRole('heading', { level: 2, name: /^1\/2/ })).toBeVisible();
  // The session ends while the form is open (as after two idle hours, or a sign-out elsewhere).
  await context.clearCookies();
  await page.getByLabel('Post office').fill('Helsingfors');
  await page.clock.fastForward(4000);
  const alert = page.getByRole('alert').filter({ hasText: 'Your session has ended' });
  await expect(alert).toBeVisible();
  // Left in this browser by some form two days ago, and by another a moment ago.
  const day = 24 * 60 * 60 * 1000;
  await page.evaluate((day) => {
    const copy = (at: number) => JSON.stringify({ draftId: null, version: null, page: 0, answers: { lastName: 'Vanha' }, at: new Date(at).toISOString() });
    localStorage.setItem('asiointi.unsaved.dog-declaration.someone.new.tab', copy(Date.now() - 2 * day));
    localStorage.setItem('asiointi.unsaved.referee-fee.someone.new.tab', copy(Date.now() - 60_000));
  }, day);
  await alert.getByRole('link', { name: 'Sign in again' }).click();
  await signInHere(page, leena);
  await expect(page.getByText('We restored what you had typed before your session ended.')).toBeVisible();
  await expect(page.getByLabel('Post office')).toHaveValue('Helsingfors');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  // A form that opens sweeps away copies older than a day, whoever left them; saved, its own is gone too.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((name) => name.startsWith('asiointi.unsaved.')))).toEqual(['asiointi.unsaved.referee-fee.someone.new.tab']);
  await page.reload();
  await expect(page.getByLabel('Post office')).toHaveValue('Helsingfors');
});

test('a post of the page sent while an autosave is on its way waits for it, and is not taken for another tab', async ({ page }) => {
  await page.clock.install();
  await signInToForm(page, 'copies-of-certificates', leena);
  await expect(page.getByRole('heading', { level: 2, name: /^1\/2/ })).toBeVisible();
  // A busy server: the autosave is saved at once, but its answer reaches the browser late.
  let saved!: () => void;
  const savedOnServer = new Promise<void>((resolve) => (saved = resolve));
  await page.route('**/api/forms/autosave', async (route) => {
    const response = await route.fetch();
    saved();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fulfill({ response });
  });
  await page.getByLabel('Post office').fill('Vanda');
  await page.clock.fastForward(4000);
  await savedOnServer;
  // The person presses the button before the autosave's answer has come back.
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('The draft has been saved. You will find it in the e-services folder.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The draft was changed elsewhere' })).toHaveCount(0);
  await page.goto('/en/folder');
  await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(1);
});

test('a new form keeps what its own tab typed when the session ended, and a new form in another tab starts empty', async ({ page, context }) => {
  await page.clock.install();
  await signInToForm(page, 'copies-of-certificates', leena);
  await page.goto('/en/forms/copies-of-certificates?new=1');
  await expect(page.getByRole('heading', { level: 2, name: /^1\/2/ })).toBeVisible();
  await context.clearCookies();
  await page.getByLabel('Post office').fill('Grankulla');
  await page.clock.fastForward(4000);
  const alert = page.getByRole('alert').filter({ hasText: 'Your session has ended' });
  await expect(alert).toBeVisible();

  // Meanwhile the same new form in another tab: signed in there, it starts from the profile.
  const other = await context.newPage();
  await other.goto('/en/forms/copies-of-certificates?new=1');
  await signInHere(other, leena);
  await expect(other).toHaveURL(/\/en\/forms\/copies-of-certificates\?new=1$/);
  await expect(other.getByRole('heading', { level: 2, name: /^1\/2/ })).toBeVisible();
  await expect(other.getByLabel('Post office')).not.toHaveValue('Grankulla');
  await expect(other.getByText('We restored what you had typed before your session ended.')).toHaveCount(0);
  await other.close();

  // The first tab gets its own typing back, as a new draft beside the older one.
  await alert.getByRole('link', { name: 'Sign in again' }).click();
  await signInHere(page, leena);
  await expect(page.getByText('We restored what you had typed before your session ended.')).toBeVisible();
  await expect(page.getByLabel('Post office')).toHaveValue('Grankulla');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
});
