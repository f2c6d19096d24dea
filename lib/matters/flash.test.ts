import { describe, expect, it } from 'vitest';
import { clearFlashCookies, flashCookies, readFlash } from './flash';

/** The cookies a browser would send back after the response set them. */
function jar(setCookies: string[]) {
  const values = new Map<string, string>();
  for (const cookie of setCookies) {
    const [pair] = cookie.split(';');
    const [name, ...rest] = pair!.split('=');
    const value = rest.join('=');
    if (/Max-Age=0/.test(cookie)) values.delete(name!);
    else values.set(name!, value);
  }
  return { get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined), size: () => [...values.values()].reduce((sum, value) => sum + value.length, 0) };
}

describe('the flash a refused post leaves for its page', () => {
  it('gives back the typed text and the problems, only to the address that carries its id', () => {
    const { id, cookies } = flashCookies('reply', 'fi', { values: { body: 'Hyvä käsittelijä,\nliitteenä todistus. 🐕' }, problems: { files: [{ key: 'Attachments.refused.tooLarge', values: { name: 'iso.pdf', limit: 2 } }] } });
    expect(cookies.every((cookie) => cookie.includes('Path=/fi/folder'))).toBe(true);
    expect(cookies[0]).toMatch(/HttpOnly; SameSite=Lax/);
    const browser = jar(cookies);
    expect(readFlash(browser, 'reply', id)).toEqual({ id, values: { body: 'Hyvä käsittelijä,\nliitteenä todistus. 🐕' }, problems: { files: [{ key: 'Attachments.refused.tooLarge', values: { name: 'iso.pdf', limit: 2 } }] } });
    expect(readFlash(browser, 'reply', 'an-old-id')).toBeNull();
    expect(readFlash(browser, 'reply', undefined)).toBeNull();
    expect(readFlash(browser, 'complement', id)).toBeNull();
  });

  it('keeps a long ordinary message whole, and drops only the text of one too long for the cookies, never the problems', () => {
    const letter = 'Hei! Lähetän pyydetyn todistuksen ja kerron samalla, että koiramme nimi on Musti. '.repeat(48).slice(0, 4000);
    const long = flashCookies('reply', 'sv', { values: { body: letter }, problems: { body: [{ key: 'ItemMessages.bodyTooLong' }] } });
    expect(readFlash(jar(long.cookies), 'reply', long.id)?.values.body).toBe(letter);

    const noise = Array.from({ length: 4000 }, (_, index) => String.fromCodePoint(0x4e00 + ((index * 7919) % 20000))).join('');
    const huge = flashCookies('reply', 'sv', { values: { body: noise }, problems: { body: [{ key: 'ItemMessages.bodyTooLong' }] } });
    const browser = jar(huge.cookies);
    expect(browser.size()).toBeLessThanOrEqual(2 * 3800);
    expect(readFlash(browser, 'reply', huge.id)).toEqual({ id: huge.id, values: {}, problems: { body: [{ key: 'ItemMessages.bodyTooLong' }] } });
  });

  it('is gone once cleared, and a tampered cookie reads as nothing', () => {
    const { id, cookies } = flashCookies('reply', 'en', { values: { body: 'x' }, problems: {} });
    expect(readFlash(jar([...cookies, ...clearFlashCookies('reply', 'en')]), 'reply', id)).toBeNull();
    expect(readFlash({ get: (name: string) => (name === 'flash-reply-0' ? { value: 'bm90IGRlZmxhdGVk' } : undefined) }, 'reply', id)).toBeNull();
  });
});
