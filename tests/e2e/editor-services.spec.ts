import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { identifyWithBank, signInFromSignInPage } from './identification';
import { signInAsStaff } from './staff-sign-in';

// Each run writes its own services and texts, so a rerun against the same server never sees the last one's.
const stamp = Date.now().toString(36);

const languages = [
  ['Finnish', 'fi'],
  ['Swedish', 'sv'],
  ['English', 'en'],
] as const;

/** The English form of a new service with what a draft needs; the texts are `name` and its language. */
async function fillNewService(page: Page, slug: string, name: string) {
  await page.getByRole('textbox', { name: 'Address of the service', exact: true }).fill(slug);
  for (const [language, suffix] of languages) await page.getByLabel(`Name, ${language}`).fill(`${name} ${suffix}`);
  await page.getByRole('checkbox', { name: 'City administration' }).check();
  await page.getByRole('checkbox', { name: 'Personal customers' }).check();
  await page.getByLabel('Responsible division').selectOption({ label: 'City Executive Office' });
  await page.getByLabel('Address of the e-service, Finnish').fill(`https://www.hel.fi/fi/${slug}`);
}

test('an editor changes a published service’s summary and publishes it: the catalogue and the service page show it at once', async ({ page, browser }) => {
  // A visitor who is not signed in reads the page first, so the copy kept for everyone exists.
  const visitor = await browser.newContext({ locale: 'en-GB' });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto('/en/e-services/noise-notification');
  await expect(visitorPage.getByRole('heading', { level: 1, name: 'Noise notification' })).toBeVisible();

  await signInAsStaff(page, /Eeva Toimittaja/);
  await page.getByRole('link', { name: 'Service descriptions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service descriptions' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Name or address contains').fill('noise');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status')).toHaveText('1 service');
  const listed = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Noise notification' }) });
  await expect(listed).toContainText('Published');
  await expect(listed).toContainText('English: 9 of 11 texts');

  await listed.getByRole('link', { name: 'Noise notification' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Noise notification' })).toBeVisible();
  await expectNoAxeViolations(page);
  const summary = `Tell the city in advance about noisy work, such as piling or a concert (${stamp}).`;
  await page.getByLabel('Short description, English').fill(summary);
  await page.getByRole('button', { name: 'Save and publish' }).click();
  await expect(page.getByRole('status')).toContainText('The service was published.');
  await expect(page.getByLabel('Short description, English')).toHaveValue(summary);

  await page.goto(`/en/e-services?${new URLSearchParams({ q: 'noise notification' })}`);
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Noise notification' }) })).toContainText(summary);
  await page.goto('/en/e-services/noise-notification');
  await expect(page.getByText(summary)).toBeVisible();
  await visitorPage.reload();
  await expect(visitorPage.getByText(summary)).toBeVisible();
  await visitor.close();

  await page.goto('/en/editor/services/noise-notification/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History: Noise notification' })).toBeVisible();
  const revisions = page.getByRole('main').getByRole('listitem');
  await expect(revisions.first()).toContainText('published, Eeva Toimittaja');
  await expect(revisions.nth(1)).toContainText('draft saved, Eeva Toimittaja');
  await expectNoAxeViolations(page);
});

test('publishing waits for the missing translations; unpublishing hides a service from the catalogue', async ({ page, request }) => {
  expect((await request.get('/en/e-services/map-orders')).status()).toBe(200);
  await signInAsStaff(page, /Eeva Toimittaja/);
  await page.goto('/en/editor/services/map-orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Ordering maps and spatial data' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Where the service stands' })).toContainText('Swedish: 9 of 11 texts');
  await page.getByLabel('Costs, English').fill(`Priced by what is ordered (${stamp}).`);
  await page.getByRole('button', { name: 'Save and publish' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'The draft was saved, but the service cannot be published yet' });
  for (const missing of ['Description is missing in Swedish.', 'Process is missing in Swedish.', 'Process is missing in English.']) {
    await expect(summary.getByRole('link', { name: missing })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Where the service stands' })).toContainText('Changes not published');
  await summary.getByRole('link', { name: 'Process is missing in English.' }).click();
  await expect(page.getByLabel('Process, English')).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByRole('status')).toContainText('The service was unpublished.');
  await expect(page.getByRole('region', { name: 'Where the service stands' })).toContainText('Unpublished');

  const response = await page.goto('/en/e-services/map-orders');
  expect(response?.status()).toBe(404);
  // Gone for visitors who are not signed in too, whose page came from the cache before.
  expect((await request.get('/en/e-services/map-orders')).status()).toBe(404);
  await page.goto(`/en/e-services?${new URLSearchParams({ q: 'maps' })}`);
  await expect(page.getByRole('heading', { name: 'Ordering maps and spatial data' })).toHaveCount(0);
  await page.goto(`/sv/e-services?${new URLSearchParams({ q: 'kartor' })}`);
  await expect(page.getByRole('heading', { name: 'Beställning av kartor och geodata' })).toHaveCount(0);
});

test('in Finnish: an editor creates a service, is told what is wrong, previews the draft, publishes it and restores an earlier version', async ({ page }) => {
  await signInAsStaff(page, /Eeva Toimittaja/);
  await page.goto('/fi/editor/services/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi palvelu' })).toBeVisible();
  const slug = `venepaikka-${stamp}`;
  await page.getByRole('textbox', { name: 'Palvelun osoite', exact: true }).fill('dog-declaration');
  await page.getByRole('textbox', { name: 'Nimi, Suomi', exact: true }).fill(`Venepaikan haku ${stamp}`);
  await page.getByLabel('Lyhyt kuvaus, Ruotsi').fill('Ansök om båtplats.');
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Tarkista tiedot' });
  await expect(problems.getByRole('link', { name: 'Toisella palvelulla on jo tämä osoite. Valitse toinen.' })).toBeVisible();
  await expect(problems.getByRole('link', { name: 'Valitse vähintään yksi aihe.' })).toBeVisible();
  await expect(problems.getByRole('link', { name: 'Valitse vastuutoimiala.' })).toBeVisible();
  await expect(page.getByLabel('Lyhyt kuvaus, Ruotsi')).toHaveValue('Ansök om båtplats.');
  await expect(page.getByRole('textbox', { name: 'Palvelun osoite', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Palvelun osoite', exact: true }).fill(slug);
  await page.getByRole('checkbox', { name: 'Kulttuuri ja vapaa-aika' }).check();
  await page.getByRole('checkbox', { name: 'Henkilöasiakkaat' }).check();
  await page.getByLabel('Vastuutoimiala').selectOption({ label: 'Kulttuurin ja vapaa-ajan toimiala' });
  await page.getByLabel('Sähköisen palvelun osoite, Suomi').fill('https://www.hel.fi/fi/venepaikat');
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByRole('status')).toContainText('Palvelu luotiin luonnoksena.');
  await expect(page.getByRole('heading', { level: 1, name: `Muokkaa: Venepaikan haku ${stamp}` })).toBeVisible();
  expect((await page.request.get(`/fi/e-services/${slug}`)).status()).toBe(404);

  await page.getByRole('link', { name: 'Esikatsele' }).click();
  await expect(page.getByText('Esikatselu – ei julkaistu')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Venepaikan haku ${stamp}` })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Takaisin muokkaamaan' }).click();

  for (const [language, words] of [['Suomi', ['Venepaikan haku', 'Hae kaupungin venepaikkaa.', 'Venepaikat jaetaan keväällä.', 'Saat päätöksen sähköpostiin.']], ['Ruotsi', ['Ansökan om båtplats', 'Ansök om båtplats.', 'Båtplatserna delas ut på våren.', 'Du får beslutet per e-post.']], ['Englanti', ['Boat berth application', 'Apply for a boat berth.', 'Berths are allotted in spring.', 'You get the decision by e-mail.']]] as const) {
    const [name, summary, description, process] = words;
    await page.getByRole('textbox', { name: `Nimi, ${language}`, exact: true }).fill(`${name} ${stamp}`);
    await page.getByLabel(`Lyhyt kuvaus, ${language}`).fill(summary);
    await page.getByLabel(`Kuvaus, ${language}`, { exact: true }).fill(description);
    await page.getByLabel(`Käsittelyn kulku, ${language}`).fill(process);
  }
  await page.getByRole('button', { name: 'Tallenna ja julkaise' }).click();
  await expect(page.getByRole('status')).toContainText('Palvelu julkaistiin.');
  await page.goto(`/fi/e-services/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: `Venepaikan haku ${stamp}` })).toBeVisible();
  await expect(page.getByText('Venepaikat jaetaan keväällä.')).toBeVisible();

  await page.goto(`/fi/editor/services/${slug}/history`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Palauta versio .* \(luotu\)$/ }).click();
  await expect(page.getByRole('status')).toContainText('Aiempi versio on nyt luonnoksena.');
  await expect(page.getByLabel('Lyhyt kuvaus, Englanti')).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Palvelun tila' })).toContainText('Julkaisemattomia muutoksia');
  // Restoring changed only the draft: residents still see what was published.
  await page.goto(`/fi/e-services/${slug}`);
  await expect(page.getByText('Venepaikat jaetaan keväällä.')).toBeVisible();
});

test('a resident gets 404 on the editor pages, and a replayed editor form changes nothing', async ({ page, browser }) => {
  await signInAsStaff(page, /Eeva Toimittaja/);
  const slug = `replayed-${stamp}`;
  await page.goto('/en/editor/services/new');
  await fillNewService(page, slug, 'Replayed service');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('The service was created as a draft.');

  // Restoring can be repeated, each time with a revision of its own: a replay that got through would show.
  await page.getByRole('link', { name: 'History and restore' }).click();
  const posted = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes(`/en/editor/services/${slug}/history`));
  await page.getByRole('button', { name: /^Restore the version of .* \(created\)$/ }).click();
  const request = await posted;
  await expect(page.getByRole('status')).toContainText('The earlier version is now the draft.');
  const revisionCount = async () => {
    await page.goto(`/en/editor/services/${slug}/history`);
    return page.getByRole('button', { name: /^Restore the version of/ }).count();
  };
  expect(await revisionCount()).toBe(2);

  const residentContext = await browser.newContext({ locale: 'en-GB' });
  const resident = await residentContext.newPage();
  await resident.goto('/en/profile');
  await signInFromSignInPage(resident);
  await identifyWithBank(resident, '77777777', '7777');
  await expect(resident.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
  await resident.getByLabel(/I accept that a profile is created/).check();
  await resident.getByLabel('E-mail address').fill('');
  await resident.getByLabel('Mobile phone number').fill('040 100 0077');
  await resident.getByRole('checkbox', { name: 'E-mail' }).uncheck();
  await resident.getByRole('button', { name: 'Register' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();

  for (const path of ['/en/editor/services', '/en/editor/services/new', `/en/editor/services/${slug}`, `/en/editor/services/${slug}/preview`, `/en/editor/services/${slug}/history`]) {
    const response = await resident.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(resident.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }

  const headers = await request.allHeaders();
  delete headers.cookie;
  const replay = (context: Page) => context.request.fetch(request.url(), { method: 'POST', headers, data: request.postDataBuffer()!, maxRedirects: 0 });
  expect((await replay(resident)).status()).toBe(404);
  await residentContext.close();
  expect(await revisionCount()).toBe(2);

  // The same request with the editor's own cookie does restore: the replay itself is sound.
  expect((await replay(page)).status()).toBeLessThan(400);
  expect(await revisionCount()).toBe(3);
});

test('without JavaScript an editor creates a service: the problems are listed and nothing typed is lost', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const page = await context.newPage();
  await signInAsStaff(page, /Eeva Toimittaja/);
  const slug = `no-script-${stamp}`;
  await page.goto('/en/editor/services/new');
  await fillNewService(page, slug, 'Service without scripts');
  await page.getByRole('textbox', { name: 'Name, Finnish', exact: true }).fill('');
  await page.getByLabel('Search words, Swedish').fill('utan skript, test');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: 'Write the name in Finnish.' })).toBeVisible();
  await expect(page.getByLabel('Search words, Swedish')).toHaveValue('utan skript, test');
  await expect(page.getByRole('textbox', { name: 'Address of the service', exact: true })).toHaveValue(slug);
  await expect(page.getByRole('checkbox', { name: 'City administration' })).toBeChecked();

  await page.getByRole('textbox', { name: 'Name, Finnish', exact: true }).fill('Palvelu ilman skriptejä');
  await page.getByRole('button', { name: 'Save and publish' }).click();
  const missing = page.getByRole('alert').filter({ hasText: 'The draft was saved, but the service cannot be published yet' });
  await expect(missing.getByRole('link', { name: 'Short description is missing in Finnish.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Service without scripts en' })).toBeVisible();
  await expect(page.getByLabel('Search words, Swedish')).toHaveValue('utan skript, test');
  await context.close();
});
