/**
 * A mobile number for text messages, in E.164 (+358401234567).
 *
 * Accepted:
 * - Finnish mobile numbers without a country code: 04x and 050, e.g. "040 123 4567", "040-1234567".
 * - Finnish numbers with a country code: "+358 40 1234567", "+358 (0)40 1234567",
 *   "00358 40 1234567", and "358 40 1234567". The last has neither + nor 00, but a Finnish
 *   national number always starts with 0, so a leading 358 can only be the country code.
 * - Other countries' numbers with + or 00 and 8–15 digits in all, taken as given: numbering plans
 *   differ too much to tell a mobile number from a landline abroad.
 * Spaces, hyphens, dots, slashes and parentheses are ignored.
 */

export type MobileNumberProblem = 'empty' | 'invalidCharacters' | 'tooShort' | 'tooLong' | 'notMobile';

export type NormalisedMobileNumber = { ok: true; e164: string } | { ok: false; reason: MobileNumberProblem };

const FINLAND = '358';
// E.164 allows 15 digits with the country code; 8 is the shortest anyone uses for a mobile.
const E164_MIN = 8;
const E164_MAX = 15;
// Finnish mobile numbers after the leading 0: from 40 12345 (old) to 457 1234567.
const FINNISH_MOBILE_MIN = 7;
const FINNISH_MOBILE_MAX = 10;

function finnishMobile(national: string): NormalisedMobileNumber {
  if (!/^(4\d|50)/.test(national)) {
    // Too few digits to even see the prefix reads better as "too short" than "not a mobile".
    return national.length < 2 ? { ok: false, reason: 'tooShort' } : { ok: false, reason: 'notMobile' };
  }
  if (national.length < FINNISH_MOBILE_MIN) return { ok: false, reason: 'tooShort' };
  if (national.length > FINNISH_MOBILE_MAX) return { ok: false, reason: 'tooLong' };
  return { ok: true, e164: `+${FINLAND}${national}` };
}

function international(digits: string): NormalisedMobileNumber {
  if (digits.startsWith(FINLAND)) return finnishMobile(digits.slice(FINLAND.length));
  // Country codes never start with 0.
  if (digits.startsWith('0')) return { ok: false, reason: 'notMobile' };
  if (digits.length < E164_MIN) return { ok: false, reason: 'tooShort' };
  if (digits.length > E164_MAX) return { ok: false, reason: 'tooLong' };
  return { ok: true, e164: `+${digits}` };
}

export function normaliseMobileNumber(input: string): NormalisedMobileNumber {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!/^\+?[\d\s\-./()]+$/.test(trimmed)) return { ok: false, reason: 'invalidCharacters' };

  // "+358 (0)40 …": the trunk zero in parentheses is written for people dialling at home.
  const withoutTrunkZero = trimmed.replace(/^(\+|00)?(358)[\s\-.]*\(0\)/, '$1$2');
  const hasPlus = withoutTrunkZero.startsWith('+');
  const digits = withoutTrunkZero.replace(/\D/g, '');
  if (digits === '') return { ok: false, reason: 'tooShort' };

  if (hasPlus) return international(digits);
  if (digits.startsWith('00')) return international(digits.slice(2));
  if (digits.startsWith('0')) return finnishMobile(digits.slice(1));
  if (digits.startsWith(FINLAND)) return finnishMobile(digits.slice(FINLAND.length));
  // Without + and without a leading 0 there is no telling which country the number is in.
  return { ok: false, reason: 'notMobile' };
}
