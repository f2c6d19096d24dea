/**
 * The Finnish Business ID (Y-tunnus): seven digits, a hyphen and a check digit, e.g. 0201256-6.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

export type BusinessIdProblem = 'empty' | 'invalidFormat' | 'invalidCheckDigit';

export type ParsedBusinessId = { ok: true; businessId: string } | { ok: false; reason: BusinessIdProblem };

/** The check digit of seven digits, or null when no check digit exists (remainder 1 is never given out). */
export function businessIdCheckDigit(digits: string): number | null {
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index]!, 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** Accepts the old six-digit form (123456-7) too, and gives it back with its leading zero. */
export function parseBusinessId(input: string): ParsedBusinessId {
  const value = input.trim();
  if (value === '') return { ok: false, reason: 'empty' };
  const match = /^(\d{6,7})-(\d)$/.exec(value);
  if (!match) return { ok: false, reason: 'invalidFormat' };
  const digits = match[1]!.padStart(7, '0');
  if (businessIdCheckDigit(digits) !== Number(match[2])) return { ok: false, reason: 'invalidCheckDigit' };
  return { ok: true, businessId: `${digits}-${match[2]}` };
}
