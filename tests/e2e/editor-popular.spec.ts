import { expect, expectNoAxeViolations, test } from './fixtures';
import { signInAsStaff } from './staff-sign-in';

const referee = 'Referee fee - Applying online';

// Both tests change the one list: one after the other.
test.describe.configure({ mode: 'serial' });

test('an editor puts the referee fee first among the popular services; the front page and side column follow at once', async ({ page }) => {
  await signInAsStaff(page, /Eeva Toimittaja/);
  await page.getByRole('link', { name: 'Popular services' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Popular services' })).toBeVisible();
  await expectNoAxeViolations(page);
  const list = page.getByRole('region', { name: 'The popular services in order' }).getByRole('listitem');
  const before = await list.allTextContents();

  await page.getByLabel('Published service').selectOption({ label: referee });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`“${referee}” was added to the popular services.`);
  await expect(list).toHaveCount(before.length + 1);

  // One step at a time, as a keyboard user would.
  for (let position = before.length + 1; position > 1; position--) {
    await page.getByRole('button', { name: `Move up: ${referee}` }).click();
    await expect(list.nth(position - 2)).toContainText(referee);
  }
  await expect(page.getByRole('status')).toContainText(`“${referee}” was moved up.`);
  await expect(page.getByRole('button', { name: `Move up: ${referee}` })).toBeDisabled();
  await expect(page.getByRole('region', { name: 'Recent changes' })).toContainText(`Eeva Toimittaja: moved “${referee}” up`);
  await expectNoAxeViolations(page);

  await page.goto('/en');
  const popular = page.getByRole('main').getByRole('region', { name: 'Popular services' }).getByRole('listitem').getByRole('link');
  await expect(popular.first()).toHaveText(referee);
  await expect(popular).toHaveCount(4);
  await page.goto('/fi/e-services');
  const side = page
    .getByRole('complementary', { name: 'Lisää palveluja ja apua' })
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Suositut palvelut' }) })
    .getByRole('link');
  await expect(side.first()).toHaveText('Erotuomaripalkkio - hakeminen verkossa');

  // Back as it was, so that a rerun starts from the demo's choice.
  await page.goto('/en/editor/popular');
  await page.getByRole('button', { name: `Remove: ${referee}` }).click();
  await expect(page.getByRole('status')).toContainText(`“${referee}” was removed from the popular services.`);
  await expect(list).toHaveText(before);
  await page.goto('/en');
  await expect(popular.first()).toHaveText('Day care or pre-school application');
});

test('a list changed meanwhile by another editor is not changed again on top of it', async ({ page, browser }) => {
  await signInAsStaff(page, /Eeva Toimittaja/);
  await page.goto('/en/editor/popular');
  const other = await browser.newContext({ locale: 'en-GB' });
  const admin = await other.newPage();
  await signInAsStaff(admin, /Aki Ylläpitäjä/);
  await admin.goto('/en/editor/popular');
  await admin.getByLabel('Published service').selectOption({ label: referee });
  await admin.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(admin.getByRole('status')).toContainText('was added');

  // Eeva's page still shows the list without the referee fee: her step is refused and she sees the list as it is.
  const first = page.getByRole('region', { name: 'The popular services in order' }).getByRole('listitem').first();
  const firstName = (await first.getByRole('paragraph').first().textContent())!.replace(/^\d+\.\s*/, '');
  await page.getByRole('button', { name: `Move down: ${firstName}` }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The list had changed in the meantime' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'The popular services in order' })).toContainText(referee);
  await expect(first).toContainText(firstName);
  await expectNoAxeViolations(page);

  await admin.getByRole('button', { name: `Remove: ${referee}` }).click();
  await expect(admin.getByRole('status')).toContainText('was removed');
  await other.close();
});
