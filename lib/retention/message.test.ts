import { describe, expect, it } from 'vitest';
import { draftRemovalEmail, draftRemovalSms, type DraftRemovalWarning } from './message';

const formTitle = { fi: 'Koiraveroilmoitus', sv: 'Anmälan om hundskatt', en: 'Dog tax declaration' };
const removalAt = new Date('2027-03-01T10:00:00.000Z');
const folder = (locale: string) => ({ to: 'folder' as const, url: `https://asiointi.hel.fi/${locale}/folder` });

describe('the warning before a draft is removed', () => {
  it.each([
    ['fi', 'Keskeneräinen lomake poistetaan 1. maaliskuuta 2027', 'Keskeneräinen lomakkeesi ”Koiraveroilmoitus” poistetaan Helsingin kaupungin asiointipalvelusta 1. maaliskuuta 2027.', 'Avaa asiointikansio'],
    ['sv', 'Ett påbörjat formulär tas bort den 1 mars 2027', 'Ditt påbörjade formulär ”Anmälan om hundskatt” tas bort från Helsingfors stads e-tjänster den 1 mars 2027.', 'Öppna e-tjänstmappen'],
    ['en', 'An unfinished form will be removed on 1 March 2027', 'Your unfinished form “Dog tax declaration” will be removed from the City of Helsinki e-services on 1 March 2027.', 'Open the e-services folder'],
  ] as const)('in %s names the form, the date and the folder, and nothing else', async (locale, subject, firstLine, linkText) => {
    const warning: DraftRemovalWarning = { locale, formTitle, removalAt, retentionDays: 90, link: folder(locale) };
    const email = await draftRemovalEmail(warning);
    expect(email.subject).toBe(subject);
    expect(email.text.split('\n')[0]).toBe(firstLine);
    expect(email.text).toContain('90');
    expect(email.text).toContain(`\nhttps://asiointi.hel.fi/${locale}/folder\n`);
    expect(email.html).toContain(`<html lang="${locale}">`);
    expect(email.html).toContain(`<a href="https://asiointi.hel.fi/${locale}/folder">${linkText}</a>`);
    expect(email.html).not.toMatch(/<(table|style|script|img|link|iframe)\b|style=|src=/i);
    const sms = draftRemovalSms(warning);
    expect(sms).toContain(formTitle[locale]);
    expect(sms).toContain(subject.match(/\d.*2027/)![0]);
    expect(sms.endsWith(` https://asiointi.hel.fi/${locale}/folder`)).toBe(true);
  });

  it('escapes the form name in the HTML and links to the form when the folder does not keep it', async () => {
    const email = await draftRemovalEmail({ locale: 'en', formTitle: { ...formTitle, en: '<script>x</script>' }, removalAt, retentionDays: 90, link: { to: 'form', url: 'https://asiointi.hel.fi/en/forms/health' } });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('<a href="https://asiointi.hel.fi/en/forms/health">Open the form</a>');
  });
});
