import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/*
 * One whole visit by keyboard only (WCAG 2.1.1, 2.4.7): sign in at the test identification
 * service, find the dog declaration in the catalogue, fill in every step, send it, open its
 * information in the folder and sign out. Only page.keyboard moves and acts (Tab, Shift+Tab,
 * Enter, Space, arrow keys, typing); the test never clicks. At every stop of the focus it checks
 * that the focus shows: the focused element is drawn and has the focus ring's outline.
 *
 * Noora Näppäimistö (bank user id 42424242) is used by this test only.
 */

test.use({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
// Many presses of Tab, each checked: longer than one sign-in and form.
test.describe.configure({ timeout: 180_000 });

type Focused = { description: string; outline: string; outlineWidth: number; width: number; height: number } | null;

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return {
      description: `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}${element.getAttribute('name') ? ` name="${element.getAttribute('name')}"` : ''}> ${name}`,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineWidth: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
      width: box.width,
      height: box.height,
    };
  });
}

/** The focus is on something drawn on the page, and a sighted keyboard user can see where. */
async function expectFocusVisible(page: Page) {
  const focus = await focused(page);
  if (focus === null) return; // Between the last element and the first: the browser's own controls.
  expect(focus.width * focus.height, `${focus.description} is drawn`).toBeGreaterThan(0);
  expect(focus.outlineWidth, `${focus.description} has a focus outline (${focus.outline})`).toBeGreaterThanOrEqual(2);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
}

/** Presses Tab (or Shift+Tab) until one of `target` has the focus, checking the focus at every stop. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  // After Enter on a link or button the next page may still be on its way: begin on it.
  await target.first().waitFor({ state: 'attached', timeout: 20_000 });
  await page.waitForLoadState();
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
    if (await isFocused(target)) return;
  }
  throw new Error(`Not reached by ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}: ${target}`);
}

/** Into a text field by Tab, and types (over what was there). */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Into a radio group by Tab, then arrow keys to the option: arrows choose as they move. */
async function chooseRadio(page: Page, group: Locator, option: Locator) {
  await tabTo(page, group.getByRole('radio'));
  for (let presses = 0; presses < 8 && !(await isFocused(option)); presses++) {
    await page.keyboard.press('ArrowDown');
    await expectFocusVisible(page);
  }
  expect(await isFocused(option), `${option} reached with the arrow keys`).toBe(true);
  if (!(await option.isChecked())) await page.keyboard.press('Space');
  await expect(option).toBeChecked();
}

/**
 * Into a date field by Tab, and types the date part by part. Debian's Chromium orders the parts
 * month, day, year whatever the page's language (a person types them in the order shown).
 */
async function typeDate(page: Page, field: Locator, iso: string) {
  const [year, month, day] = iso.split('-');
  await tabTo(page, field);
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(field).toHaveValue(iso);
}

async function activate(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

test('sign in, find the dog declaration, fill it in, send it, read it in the folder and sign out, by keyboard only', async ({ page }) => {
  const main = page.getByRole('main');
  await page.goto('/en');

  // Sign in with bank codes at the test identification service, and register.
  await activate(page, page.getByRole('link', { name: 'Sign in: e-services' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await activate(page, page.getByRole('region', { name: 'Personal customers' }).getByRole('button', { name: 'Sign in' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Identification' })).toBeVisible();
  await activate(page, page.getByRole('link', { name: 'Nordea', exact: true }));
  await typeInto(page, page.getByLabel('User ID'), '42424242');
  await typeInto(page, page.getByLabel(/^Code/), '4242');
  await activate(page, page.getByRole('button', { name: 'OK' }));
  await expect(page.getByRole('heading', { level: 1, name: 'The identification was successful' })).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'Continue to the service' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
  await tabTo(page, page.getByLabel(/I accept that a profile is created/));
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/I accept that a profile is created/)).toBeChecked();
  await typeInto(page, page.getByLabel('Mobile phone number'), '040 100 0042');
  const byEmail = page.getByRole('checkbox', { name: 'E-mail' });
  await tabTo(page, byEmail);
  if (await byEmail.isChecked()) await page.keyboard.press('Space');
  await expect(byEmail).not.toBeChecked();
  await activate(page, page.getByRole('button', { name: 'Register' }));
  await expect(page.getByRole('banner')).toContainText('Noora Näppäimistö');

  // The catalogue: search, the service's description, its e-service.
  await activate(page, page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'E-services' }));
  await expect(page.getByRole('heading', { level: 1, name: 'E-services' })).toBeVisible();
  await typeInto(page, main.getByRole('searchbox'), 'dog');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=dog/);
  await activate(page, main.getByRole('link', { name: /^More about the service\W*Dog declaration$/ }));
  await expect(page.getByRole('heading', { level: 1, name: 'Dog declaration' })).toBeVisible();
  await activate(page, page.getByRole('link', { name: 'Go to the e-service', exact: true }));

  // Every step of the form.
  await expect(page.getByRole('heading', { level: 2, name: '1/4 Owner information' })).toBeVisible();
  await typeInto(page, page.getByLabel('E-mail address'), 'noora.nappaimisto@example.fi');
  await typeInto(page, page.getByLabel('Street address'), 'Näppäinkuja 4');
  await typeInto(page, page.getByLabel('Zipcode'), '00100');
  await typeInto(page, page.getByLabel('Post office'), 'Helsinki');
  await activate(page, page.getByRole('button', { name: 'Next' }));

  await expect(page.getByRole('heading', { level: 2, name: '2/4 Dog information' })).toBeVisible();
  await typeInto(page, page.getByLabel('Name of the dog'), 'Nappi');
  await typeInto(page, page.getByLabel('Breed'), 'Lapinkoira');
  await chooseRadio(page, page.getByRole('group', { name: /^Sex/ }), page.getByRole('radio', { name: 'Female', exact: true }));
  await typeDate(page, page.getByLabel('Date of birth'), '2023-01-15');
  await typeInto(page, page.getByLabel('Colour'), 'Black and tan');
  await typeInto(page, page.getByLabel('Identification (microchip number)'), '246098100424242');
  const assistance = page.getByRole('group', { name: /Is the dog a guide/ });
  await chooseRadio(page, assistance, assistance.getByRole('radio', { name: 'No' }));
  await activate(page, page.getByRole('button', { name: 'Next' }));

  await expect(page.getByRole('heading', { level: 2, name: '3/4 Change information' })).toBeVisible();
  await chooseRadio(page, page.getByRole('group', { name: /What are you declaring/ }), page.getByRole('radio', { name: 'A new dog (three months old)' }));
  await typeDate(page, page.getByLabel('Date of the change'), '2024-05-20');
  await activate(page, page.getByRole('button', { name: 'Next' }));

  await expect(page.getByRole('heading', { level: 2, name: '4/4 Additional information and tracking data' })).toBeVisible();
  await typeInto(page, page.getByLabel('Additional information'), 'Filled in by keyboard.');
  await typeInto(page, page.getByLabel('Your own reference'), 'Nappi 2026');
  await chooseRadio(page, page.getByRole('group', { name: /How do we contact you/ }), page.getByRole('radio', { name: 'By a message in the e-services folder' }));
  await activate(page, page.getByRole('button', { name: 'To the summary' }));

  // The summary shows what was typed; send.
  await expect(main.getByText('Nappi', { exact: true })).toBeVisible();
  await expect(main.getByText('15 Jan 2023', { exact: true })).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'Send' }));
  await expect(page.getByText(/^The sending of the form was successful/)).toBeVisible();
  const itemNumber = /(\d{6})/.exec((await page.getByText(/^The sending of the form was successful/).textContent()) ?? '')![1]!;

  // The folder: the item, and its information opened.
  await activate(page, main.getByRole('link', { name: 'To the e-services folder' }));
  await expect(page.getByRole('heading', { level: 1, name: /folder/i })).toBeVisible();
  const item = page.locator(`#item-${itemNumber}`);
  await expect(item.getByRole('heading', { level: 3 })).toContainText(`Dog declaration (${itemNumber})`);
  await activate(page, item.getByRole('link', { name: /Open the information/ }));
  await expect(page).toHaveURL(new RegExp(`item=${itemNumber}`));
  const information = page.locator(`#item-${itemNumber}-information`);
  await expect(information).toBeVisible();
  await expect(information).toContainText('Sent');
  await expect(item.getByRole('link', { name: /Close information/ }).first()).toBeVisible();

  // Back up to the header and sign out.
  await tabTo(page, page.getByRole('banner').getByRole('button', { name: 'Sign out' }), { backwards: true, max: 120 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/signed-out/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in: e-services' })).toBeVisible();
});
