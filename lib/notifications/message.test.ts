import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/routing';
import { folderUrl, newEventsEmail, newEventsSms, type NotificationDigest } from './message';

const publicUrl = 'https://asiointi.hel.fi';

describe('the notification e-mail', () => {
  it.each([
    ['fi', 1, 'Uusi tapahtuma asiointikansiossa', 'Sinulla on uusi tapahtuma Helsingin kaupungin asiointikansiossa.', 'Helsingin kaupunki'],
    ['fi', 3, '3 uutta tapahtumaa asiointikansiossa', 'Sinulla on 3 uutta tapahtumaa Helsingin kaupungin asiointikansiossa.', 'Helsingin kaupunki'],
    ['sv', 1, 'En ny händelse i e-tjänstmappen', 'Du har en ny händelse i Helsingfors stads e-tjänstmapp.', 'Helsingfors stad'],
    ['sv', 3, '3 nya händelser i e-tjänstmappen', 'Du har 3 nya händelser i Helsingfors stads e-tjänstmapp.', 'Helsingfors stad'],
    ['en', 1, 'A new event in the e-services folder', 'You have a new event in the City of Helsinki e-services folder.', 'City of Helsinki'],
    ['en', 3, '3 new events in the e-services folder', 'You have 3 new events in the City of Helsinki e-services folder.', 'City of Helsinki'],
  ] as const)('in %s for %i event(s) says so, with a link to the folder', async (locale, events, subject, firstLine, signature) => {
    const email = await newEventsEmail({ locale, events, publicUrl });
    expect(email.subject).toBe(subject);
    expect(email.text.split('\n')[0]).toBe(firstLine);
    expect(email.text).toContain(`\n${publicUrl}/${locale}/folder\n`);
    expect(email.text.trimEnd().endsWith(signature)).toBe(true);
    expect(email.html).toContain(`<html lang="${locale}">`);
    expect(email.html).toContain(`<p>${firstLine}</p>`);
    expect(email.html).toContain(`<a href="${publicUrl}/${locale}/folder">`);
  });

  it('has a plain-text part without markup and a simple HTML part with one link and nothing fetched', async () => {
    const { text, html } = await newEventsEmail({ locale: 'fi', events: 2, publicUrl });
    expect(text).not.toMatch(/<[a-z]/i);
    expect(html.startsWith('<!DOCTYPE html>\n<html')).toBe(true);
    // React writes the attribute as charSet; HTML's attribute names are case-insensitive.
    expect(html).toMatch(/<head><meta charset="utf-8"\/>/i);
    expect(html.match(/<a\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(table|style|script|img|link|iframe)\b|style=|src=/i);
  });

  it('escapes the address it writes into the HTML', async () => {
    const { html } = await newEventsEmail({ locale: 'en', events: 1, publicUrl: 'https://example.fi/"><script>x</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('refuses to tell of no events', async () => {
    await expect(newEventsEmail({ locale: 'fi', events: 0, publicUrl })).rejects.toThrow(RangeError);
    expect(() => newEventsSms({ locale: 'fi', events: 1.5, publicUrl })).toThrow(RangeError);
  });
});

describe('the notification text message', () => {
  it.each([
    ['fi', 1, `Helsingin kaupunki: sinulla on uusi tapahtuma asiointikansiossa. ${publicUrl}/fi/folder`],
    ['sv', 4, `Helsingfors stad: du har 4 nya händelser i e-tjänstmappen. ${publicUrl}/sv/folder`],
    ['en', 12, `City of Helsinki: you have 12 new events in the e-services folder. ${publicUrl}/en/folder`],
  ] as const)('in %s for %i event(s)', (locale, events, expected) => {
    expect(newEventsSms({ locale, events, publicUrl })).toBe(expected);
  });

  // One message costs one message: 160 characters of the GSM 7-bit alphabet (which has ä, ö and å).
  it.each(locales)('fits in one GSM message in %s, even with 999 events', (locale) => {
    const text = newEventsSms({ locale, events: 999, publicUrl });
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toMatch(/^[A-Za-z0-9 .,:;!?'"()\-/@&%+=_äöåÄÖÅéÉüÜ]+$/);
  });
});

describe('what a notification never contains', () => {
  // Whatever a caller might try to hand in beside the count: the functions have no place for it.
  const secrets = {
    messageText: 'Hakemuksenne on hylätty, koska velkanne ovat 2 300 euroa.',
    health: 'Diagnoosi: diabetes. Hälsovård: psykiatrisk remiss. Health care: HIV test result.',
    personalIdentityCode: '131052-308T',
    name: 'Maija Meikäläinen',
    email: 'maija@example.fi',
    service: 'Toimeentulotuki',
  };
  const digests = locales.flatMap((locale) => [1, 7].map((events) => ({ locale, events, publicUrl, ...secrets }) as NotificationDigest));
  let outputs: string[] = [];
  beforeAll(async () => {
    outputs = (
      await Promise.all(
        digests.map(async (digest) => {
          const email = await newEventsEmail(digest);
          return [email.subject, email.text, email.html, newEventsSms(digest)];
        }),
      )
    ).flat();
    expect(outputs).toHaveLength(locales.length * 2 * 4);
  });

  it('has no message text, health matter, name, address or service handed in with it', () => {
    for (const output of outputs) {
      for (const secret of Object.values(secrets)) expect(output).not.toContain(secret);
      for (const word of ['diabetes', 'Diagnoosi', 'Meikäläinen', 'Toimeentulotuki', 'hylätty']) expect(output).not.toContain(word);
    }
  });

  it('has no personal identity code, e-mail address or health word in any language', () => {
    for (const output of outputs) {
      expect(output).not.toMatch(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/);
      expect(output).not.toMatch(/[^\s@]+@[^\s@]+/);
      expect(output).not.toMatch(/terve|sairau|diagno|hälsa|hälso|sjuk|health|medical|patient|potilas/i);
    }
  });

  it('links only to the folder', () => {
    for (const output of outputs) {
      const links = output.match(/https?:\/\/[^\s"<]+/g) ?? [];
      for (const link of links) expect(locales.map((locale) => folderUrl(publicUrl, locale))).toContain(link);
    }
  });
});
