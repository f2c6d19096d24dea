import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, parseBusinessId } from './business-id';

// The rule written out once more, independently: weights 7 9 10 5 8 4 2, sum mod 11.
function expectedCheckDigit(digits: string): number | null {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * weights[i]!;
  const remainder = sum % 11;
  return remainder === 0 ? 0 : remainder === 1 ? null : 11 - remainder;
}

describe('parseBusinessId', () => {
  it("accepts the City of Helsinki's Business ID", () => {
    // 0·7 + 2·9 + 0·10 + 1·5 + 2·8 + 5·4 + 6·2 = 71; 71 mod 11 = 5; 11 − 5 = 6
    expect(parseBusinessId('0201256-6')).toEqual({ ok: true, businessId: '0201256-6' });
  });

  it('agrees with the rule written out by hand on many numbers', () => {
    let checked = 0;
    for (let n = 1_000_000; n < 3_000_000; n += 7_919) {
      const digits = String(n).padStart(7, '0');
      const check = expectedCheckDigit(digits);
      expect(businessIdCheckDigit(digits)).toBe(check);
      if (check === null) {
        // No digit makes a valid ID when the remainder is 1.
        for (let d = 0; d <= 9; d++) expect(parseBusinessId(`${digits}-${d}`).ok).toBe(false);
      } else {
        expect(parseBusinessId(`${digits}-${check}`)).toEqual({ ok: true, businessId: `${digits}-${check}` });
        expect(parseBusinessId(`${digits}-${(check + 1) % 10}`)).toEqual({ ok: false, reason: 'invalidCheckDigit' });
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('gives remainder 0 the check digit 0', () => {
    // 1·7 + 0·9 + 0·10 + 0·5 + 0·8 + 1·4 + 0·2 = 11
    expect(businessIdCheckDigit('1000010')).toBe(0);
    expect(parseBusinessId('1000010-0')).toEqual({ ok: true, businessId: '1000010-0' });
  });

  it('has no valid ID when the remainder is 1', () => {
    // 1·7 + 0·9 + 0·10 + 1·5 + 0·8 + 0·4 + 0·2 = 12, remainder 1
    expect(businessIdCheckDigit('1001000')).toBeNull();
    expect(parseBusinessId('1001000-1')).toEqual({ ok: false, reason: 'invalidCheckDigit' });
    expect(parseBusinessId('1001000-0')).toEqual({ ok: false, reason: 'invalidCheckDigit' });
  });

  it('accepts the old six-digit form and adds the leading zero', () => {
    expect(parseBusinessId('201256-6')).toEqual({ ok: true, businessId: '0201256-6' });
    expect(parseBusinessId(' 0201256-6 ')).toEqual({ ok: true, businessId: '0201256-6' });
  });

  it('refuses what is not shaped like a Business ID', () => {
    expect(parseBusinessId('')).toEqual({ ok: false, reason: 'empty' });
    for (const input of ['02012566', '0201256 6', '0201256-', '20125-6', '00201256-6', 'FI02012566', '0201256-66', '0201256–6']) {
      expect(parseBusinessId(input), input).toEqual({ ok: false, reason: 'invalidFormat' });
    }
  });
});
