/**
 * Signs the benchmark's own test person in through the test identification service, the way a
 * browser does (the steps of tests/e2e/identification.ts and tests/e2e/forms-support.ts), and
 * hands back the cookies of the session, so that signed-in pages can be measured in fresh
 * browser contexts and by Lighthouse.
 */
import type { Browser, Cookie } from '@playwright/test';
import { findResident, type TestResident } from '@/lib/test-idp/test-people';

/** Nobody else signs in as this person: no e2e test uses Mikko Mittari. */
export const BENCH_PERSON_ID = 'mikko-mittari';

const STEP_TIMEOUT = 30_000;

export function benchPerson(): TestResident {
  const person = findResident(BENCH_PERSON_ID);
  if (!person) throw new Error(`lib/test-idp/test-people.ts has no ${BENCH_PERSON_ID}`);
  return person;
}

/**
 * Opens `returnTo` signed out, is sent to the sign-in page, identifies with the bank codes,
 * registers on the first time (a fresh database every run) and ends at `returnTo`.
 */
export async function signIn(browser: Browser, base: string, returnTo: string): Promise<Cookie[]> {
  const person = benchPerson();
  const context = await browser.newContext({ locale: 'en-GB' });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  try {
    await page.goto(`${base}/en/sign-in?${new URLSearchParams({ returnTo })}`);
    await page.getByRole('region', { name: 'Personal customers' }).getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Identification' }).waitFor();
    await page.getByRole('link', { name: 'Nordea', exact: true }).click();
    await page.getByLabel('User ID').fill(person.bank.userId);
    await page.getByLabel(/^Code/).fill(person.bank.code);
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('heading', { level: 1, name: 'The identification was successful' }).waitFor();
    await page.getByRole('button', { name: 'Continue to the service' }).click();

    await page.waitForURL((url) => !url.pathname.startsWith('/test-idp'));
    if (new URL(page.url()).pathname.endsWith('/registration')) {
      await page.getByLabel(/I accept that a profile is created/).check();
      await page.getByLabel('E-mail address').fill('');
      // The form wants a Finnish number as a person types it, not E.164.
      await page.getByLabel('Mobile phone number').fill(person.mobile.phone.replace(/^\+358/, '0'));
      await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
      await page.getByRole('button', { name: 'Register' }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/registration'));
    }
    const landed = new URL(page.url()).pathname;
    if (landed !== returnTo) throw new Error(`signing in ended at ${landed}, not at ${returnTo}`);
    return await context.cookies();
  } catch (error) {
    throw new Error(`signing in as ${BENCH_PERSON_ID} failed at ${page.url()}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close();
  }
}

/** The Cookie header a request of this session carries. */
export function cookieHeader(cookies: Cookie[]): string {
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}
