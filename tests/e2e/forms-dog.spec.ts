import { expect, expectNoAxeViolations, test } from './fixtures';
import { itemNumberOnConfirmation, signInToForm } from './forms-support';

/*
 * The dog declaration as the guide shows it (FRM1, FRM2, FRM5, FRM6), filled in from start to
 * end: Kaisa Koiranen in Finnish, Oliver Owen in English. Nobody else uses their drafts.
 */

test('the dog declaration in Finnish: prefilled owner, numbered steps, summary with Change, sent with an item number that is in the folder', async ({ page }) => {
  await signInToForm(page, 'dog-declaration', { userId: '17171717', code: '1717', mobile: '040 100 0017' });
  await page.goto('/fi/forms/dog-declaration');
  await expect(page.getByRole('heading', { level: 1, name: 'Koiraveroilmoitus' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '1/4 Omistajan tiedot' })).toBeVisible();
  await expect(page.getByText('Pakolliset kentät on merkitty tähdellä (*).')).toBeVisible();
  // Prefilled from the identification (FRM6).
  await expect(page.getByLabel('Sukunimi')).toHaveValue('Koiranen');
  await expect(page.getByLabel('Etunimi')).toHaveValue('Kaisa');
  await expect(page.getByLabel('Henkilötunnus')).toHaveValue('120587-9318');
  await expect(page.getByLabel('Puhelinnumero virka-aikana')).toHaveValue('+358401000017');
  // The permanent address as the population register gave it with the identification.
  await expect(page.getByLabel('Katuosoite')).toHaveValue('Koirapolku 7');
  await expect(page.getByLabel('Postinumero')).toHaveValue('00200');
  await expect(page.getByLabel('Postitoimipaikka')).toHaveValue('Helsinki');
  await expectNoAxeViolations(page);

  await page.getByLabel('Sähköpostiosoite').fill('kaisa.koiranen@example.fi');
  await page.getByRole('button', { name: 'Seuraava' }).click();

  await expect(page.getByRole('heading', { level: 2, name: '2/4 Koiran tiedot' })).toBeVisible();
  await page.getByLabel('Koiran nimi').fill('Musti');
  await page.getByLabel('Rotu').fill('Suomenpystykorva');
  await page.getByRole('radio', { name: 'Narttu' }).check();
  await page.getByLabel('Syntymäaika').fill('2024-03-01');
  await page.getByLabel('Tunnistusmerkintä (mikrosirun numero)').fill('246098100012345');
  await page.getByRole('group', { name: /Onko koira opas-/ }).getByRole('radio', { name: 'Kyllä' }).check();
  // The question that depends on the answer appears at once.
  await page.getByRole('radio', { name: 'Opaskoira' }).check();
  await page.getByRole('button', { name: 'Seuraava' }).click();

  await expect(page.getByRole('heading', { level: 2, name: '3/4 Muutostiedot' })).toBeVisible();
  await page.getByRole('radio', { name: 'Uusi koira (täyttänyt kolme kuukautta)' }).check();
  await page.getByLabel('Muutospäivä').fill('2024-06-01');
  await page.getByRole('button', { name: 'Seuraava' }).click();

  await expect(page.getByRole('heading', { level: 2, name: '4/4 Lisätiedot ja seurantatiedot' })).toBeVisible();
  await page.getByRole('radio', { name: 'Sähköpostilla' }).check();
  await page.getByRole('button', { name: 'Yhteenvetoon' }).click();

  await expect(page.getByRole('heading', { level: 2, name: '5/5 Yhteenveto' })).toBeVisible();
  await expect(page.getByRole('region', { name: '1. Omistajan tiedot' }).getByText('Koirapolku 7')).toBeVisible();
  const dogSection = page.getByRole('region', { name: '2. Koiran tiedot' });
  await expect(dogSection.getByText('Musti')).toBeVisible();
  await expect(dogSection.getByText('Opaskoira')).toBeVisible();
  await expectNoAxeViolations(page);

  // Change a section: back to its page, and Next returns to the summary.
  await dogSection.getByRole('link', { name: 'Muuta Koiran tiedot' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2/4 Koiran tiedot' })).toBeVisible();
  await page.getByLabel('Koiran nimi').fill('Musti II');
  await page.getByRole('button', { name: 'Yhteenvetoon' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '5/5 Yhteenveto' })).toBeVisible();
  await expect(page.getByRole('region', { name: '2. Koiran tiedot' }).getByText('Musti II')).toBeVisible();

  await page.getByRole('button', { name: 'Lähetä' }).click();
  await expect(page.getByText(/^Lomakkeen lähetys onnistui ja voit seurata sen tilaa asianumerolla \d{6}\.$/)).toBeVisible();
  const itemNumber = await itemNumberOnConfirmation(page);
  await expect(page.getByRole('button', { name: 'Tulosta kopio' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/fi/folder');
  await expect(page.getByText(`Koiraveroilmoitus (${itemNumber})`)).toBeVisible();
  await expect(page.getByText(/Tila: .* Lähetetty/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Luonnokset' })).toHaveCount(0);
});

test('the dog declaration in English, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInToForm(page, 'dog-declaration', { userId: '18181818', code: '1818', mobile: '040 100 0018' });
  await expect(page.getByRole('heading', { level: 2, name: '1/4 Owner information' })).toBeVisible();
  await page.getByLabel('E-mail address').fill('oliver.owen@example.fi');
  await page.getByLabel('Street address').fill('Dog Street 1');
  await page.getByLabel('Zipcode').fill('00100');
  await page.getByLabel('Post office').fill('Helsinki');
  await page.getByRole('button', { name: 'Next' }).click();

  // The page is checked in the browser before it is posted, with the server's own messages.
  await expect(page.getByRole('heading', { level: 2, name: '2/4 Dog information' })).toBeVisible();
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.getByLabel('Identification (microchip number)').fill('12345');
  await page.getByRole('button', { name: 'Next' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem with the form' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Name of the dog: This information is required.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Identification (microchip number): A microchip number has 15 digits.' })).toBeVisible();
  await expect(page.getByLabel('Name of the dog')).toHaveAttribute('aria-invalid', 'true');
  // The link leads to the field.
  await summary.getByRole('link', { name: /^Name of the dog/ }).click();
  await expect(page.getByLabel('Name of the dog')).toBeFocused();
  // Only the autosave of the draft went to the server: the page itself was not posted.
  expect(posts.filter((url) => !url.includes('/api/forms/autosave'))).toEqual([]);
  // Typing clears the messages until the next try.
  await page.getByLabel('Name of the dog').fill('Rex');
  await expect(summary).toHaveCount(0);
  await expect(page.getByLabel('Name of the dog')).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Breed').fill('mixed breed');
  await page.getByRole('radio', { name: 'Male', exact: true }).check();
  await page.getByLabel('Date of birth').fill('2023-01-15');
  await page.getByLabel('Identification (microchip number)').fill('246098100054321');
  await page.getByRole('group', { name: /Is the dog a guide/ }).getByRole('radio', { name: 'No' }).check();
  await expect(page.getByRole('radio', { name: 'Guide dog' })).toBeHidden();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('radio', { name: 'I received the dog from another owner' }).check();
  await page.getByLabel('Date of the change').fill('2024-05-20');
  await page.getByLabel('Name of the previous owner').fill('Pekka Puhakka');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('radio', { name: 'By a message in the e-services folder' }).check();
  await page.getByRole('button', { name: 'To the summary' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '5/5 Summary' })).toBeVisible();
  await expect(page.getByText('Pekka Puhakka')).toBeVisible();
  // Nothing wider than the phone's screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText(/^The sending of the form was successful and you can follow its status using the item number \d{6}\.$/)).toBeVisible();
  await expect(page.getByText('Rex')).toBeVisible();
});
