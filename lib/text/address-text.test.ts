import { describe, expect, it } from 'vitest';
import { addressPage, addressText } from './address-text';

describe('addressText', () => {
  it('keeps ordinary text, Finnish letters and all, and takes the first of repeated values', () => {
    expect(addressText('koira ja kissa', 100)).toBe('koira ja kissa');
    expect(addressText('Hundskattedeklaration, ärende', 100)).toBe('Hundskattedeklaration, ärende');
    expect(addressText(['first', 'second'], 100)).toBe('first');
    expect(addressText(undefined, 100)).toBe('');
  });

  it('turns NUL and other control characters into spaces, and cuts to the length', () => {
    expect(addressText('a\u0000b', 100)).toBe('a b');
    expect(addressText('\u0000\u0001\u001f\u007f\u0085', 100)).toBe('     ');
    expect(addressText('x'.repeat(500), 200)).toHaveLength(200);
  });
});

describe('addressPage', () => {
  it('reads a page number from 1 up to the limit', () => {
    expect(addressPage('1')).toBe(1);
    expect(addressPage('37')).toBe(37);
    expect(addressPage('10000')).toBe(10_000);
    expect(addressPage(['3', '4'])).toBe(3);
  });

  it('gives the first page for anything else', () => {
    for (const odd of ['0', '-1', '10001', '99999999999999999999999', '1e3', '2.5', 'x', '', '\u0000', undefined]) expect(addressPage(odd), String(odd)).toBe(1);
  });
});
