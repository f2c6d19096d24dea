/** The length a service's or a form's address name may have. */
export const SLUG_MAX = 80;

/**
 * Whether `text` can be a service's or a form's address name ("dog-declaration"): lower-case
 * letters and digits in words joined by single hyphens. Anything else names nothing, so a lookup
 * need not ask the database (which refuses NUL in text).
 */
export function isSlug(text: string): boolean {
  return text.length <= SLUG_MAX && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
