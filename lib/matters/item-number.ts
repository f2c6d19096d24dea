/*
 * Item numbers (FRM2): one per sent form, from a sequence starting at 100001, shown with six
 * digits everywhere — the confirmation, the folder, the back office, the API's documents.
 */

/** "000123" for 123; numbers past 999999 are shown whole. */
export function formatItemNumber(itemNumber: number): string {
  return String(itemNumber).padStart(6, '0');
}

/**
 * An item number as people type it or an address carries it: digits, perhaps with spaces, a "#"
 * or leading zeros ("100 123", "#100123", "000123"). Null when it cannot be one, so that the
 * caller can say so or answer 404.
 */
export function parseItemNumber(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const digits = String(value).replace(/[\s#]/g, '');
  if (!/^\d{1,15}$/.test(digits)) return null;
  const number = Number(digits);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}
