import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { identifyWithBank, signInFromSignInPage } from './identification';

/** A test person of lib/test-idp/test-people.ts who fills in forms. */
export type FormPerson = { userId: string; code: string; mobile: string };

/**
 * Opens a form signed out, signs in with the bank codes and registers with a mobile number on
 * the first time; the portal brings the person back to the form.
 */
export async function signInToForm(page: Page, slug: string, person: FormPerson) {
  await page.goto(`/en/forms/${slug}`);
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Fforms%2F/);
  await signInHere(page, person);
}

/** On the sign-in page: signs in, registering with a mobile number the first time, and ends where the portal sends the person back. */
export async function signInHere(page: Page, person: FormPerson) {
  await signInFromSignInPage(page);
  await identifyWithBank(page, person.userId, person.code);
  await page.waitForURL((url) => !url.pathname.startsWith('/test-idp'));
  if (new URL(page.url()).pathname.endsWith('/registration')) {
    await expect(page.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
    await page.getByLabel(/I accept that a profile is created/).check();
    await page.getByLabel('E-mail address').fill('');
    await page.getByLabel('Mobile phone number').fill(person.mobile);
    await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
    await page.getByRole('button', { name: 'Register' }).click();
  }
  await expect(page).not.toHaveURL(/registration/);
}

/** The item number on the confirmation page (FRM2). */
export async function itemNumberOnConfirmation(page: Page): Promise<string> {
  const text = (await page.getByText(/item number \d{6}|asianumerolla \d{6}|ärendenumret \d{6}/).first().textContent()) ?? '';
  return /(\d{6})/.exec(text)![1]!;
}

/** What differs between the dog declarations the tests send; the rest is the same believable dog. */
export type DogDeclaration = {
  email: string;
  streetAddress: string;
  dogName: string;
  breed?: string;
  sex?: 'Male' | 'Female';
  dateOfBirth?: string;
  microchip: string;
  /** Received from another owner (by this name) rather than a new dog. */
  previousOwner?: string;
  changeDate?: string;
};

/**
 * On the dog declaration's first page, in English: fills in every page as the guide has them,
 * sends it from the summary and gives its item number (FRM2).
 */
export async function fillAndSendDogDeclaration(page: Page, dog: DogDeclaration): Promise<string> {
  await expect(page.getByRole('heading', { level: 2, name: '1/4 Owner information' })).toBeVisible();
  await page.getByLabel('E-mail address').fill(dog.email);
  await page.getByLabel('Street address').fill(dog.streetAddress);
  await page.getByLabel('Zipcode').fill('00100');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Name of the dog').fill(dog.dogName);
  await page.getByLabel('Breed').fill(dog.breed ?? 'Lapinkoira');
  await page.getByRole('radio', { name: dog.sex ?? 'Female', exact: true }).check();
  await page.getByLabel('Date of birth').fill(dog.dateOfBirth ?? '2023-01-15');
  await page.getByLabel('Identification (microchip number)').fill(dog.microchip);
  await page.getByRole('group', { name: /Is the dog a guide/ }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  if (dog.previousOwner) {
    await page.getByRole('radio', { name: 'I received the dog from another owner' }).check();
    await page.getByLabel('Date of the change').fill(dog.changeDate ?? '2024-05-20');
    await page.getByLabel('Name of the previous owner').fill(dog.previousOwner);
  } else {
    await page.getByRole('radio', { name: 'A new dog (three months old)' }).check();
    await page.getByLabel('Date of the change').fill(dog.changeDate ?? '2024-05-20');
  }
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'By a message in the e-services folder' }).check();
  await page.getByRole('button', { name: 'To the summary' }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText(/^The sending of the form was successful/)).toBeVisible();
  return itemNumberOnConfirmation(page);
}
