/**
 * What a page reads from the query of its address, which anyone can type or link to. Search words
 * and filters go into queries, and PostgreSQL refuses NUL in any text; numbers go into offsets,
 * which overflow. Pages read through these two helpers so that nonsense is ignored, never a
 * server error.
 */

type QueryValue = string | string[] | undefined;

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Free text: the first value when repeated, control characters as spaces, at most `maxLength` long. */
export function addressText(value: QueryValue, maxLength: number): string {
  const first = (Array.isArray(value) ? value[0] : value) ?? '';
  return first.replace(CONTROL_CHARACTERS, ' ').slice(0, maxLength);
}

/** The number of a page of results: a whole number from 1 to `max`; anything else is 1. */
export function addressPage(value: QueryValue, max = 10_000): number {
  const text = addressText(value, 20).trim();
  const page = /^\d+$/.test(text) ? Number(text) : 1;
  return page >= 1 && page <= max ? page : 1;
}
