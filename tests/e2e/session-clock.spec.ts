import { expect, expectNoAxeViolations, test } from './fixtures';
import { identifyWithBank } from './identification';

/*
 * This test moves the server's clock, which every session on the server sees, so it runs in its
 * own project after all the others (playwright.config.ts).
 */

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
  // Arriving is activity. The page learns the session's new end by asking the server after the
  // navigation, and an answer arriving after the clock has jumped would count from the jump. A
  // fresh load carries the end in the page itself, so nothing is in flight when time moves.
  await page.reload();
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
