import { describe, expect, it } from 'vitest';
import { confirmationCodeEmail } from './confirmation-code';

describe('the confirmation code e-mail', () => {
  it.each([
    ['fi', 'vahvistuskoodi', 'Vahvistuskoodisi Helsingin kaupungin asiointipalveluun on 123456.', '30 minuuttia'],
    ['sv', 'Bekräftelsekod', 'Din bekräftelsekod för Helsingfors stads e-tjänster är 123456.', '30 minuter'],
    ['en', 'Confirmation code', 'Your confirmation code for the City of Helsinki e-services is 123456.', '30 minutes'],
  ] as const)('is written in %s', (locale, subjectWord, codeLine, validity) => {
    const email = confirmationCodeEmail({ locale, code: '123456' });
    expect(email.subject).toContain(subjectWord);
    expect(email.subject).not.toContain('123456');
    expect(email.text.split('\n')[0]).toBe(codeLine);
    expect(email.text).toContain(validity);
    expect(email.html).toContain(`<html lang="${locale}">`);
    expect(email.html).toContain('<strong>123456</strong>');
    expect(email.html).toContain(validity);
  });

  it('has a plain-text part that carries the whole message', () => {
    const { text, html } = confirmationCodeEmail({ locale: 'en', code: '654321', validForMinutes: 1 });
    expect(text).toContain('654321');
    expect(text).toContain('It is valid for 1 minute.');
    expect(text).toContain('If you did not ask for it, you can ignore this message.');
    expect(text).not.toMatch(/<[a-z]/i);
    expect(html).toContain('It is valid for 1 minute.');
  });

  it('is a simple document: no tables, styles, scripts, images or links', () => {
    const { html } = confirmationCodeEmail({ locale: 'fi', code: '123456' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<(table|style|script|img|a)\b|style=/i);
  });

  it('escapes everything it writes into the HTML', () => {
    const { html, text } = confirmationCodeEmail({ locale: 'en', code: '<b onload="x">&\'' });
    expect(html).toContain('<strong>&lt;b onload=&quot;x&quot;&gt;&amp;&#39;</strong>');
    expect(html).not.toContain('<b onload');
    expect(html).not.toContain('\u0000');
    expect(text).toContain('<b onload="x">&\'');
  });
});
