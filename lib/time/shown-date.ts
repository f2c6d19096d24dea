/**
 * A moment as the folder's lists show it, in Helsinki time: "1.12.2026 klo 8.05" in Finnish, the
 * same short style as next-intl's `format.dateTime(date, { dateStyle: 'short', timeStyle: 'short' })`.
 * One formatter per language is kept for the process: a list of twenty items would otherwise
 * look each one up (or build it) again on every page view.
 */
const shortDateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function shortDateTime(date: Date, locale: string): string {
  let format = shortDateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
    shortDateTimeFormats.set(locale, format);
  }
  return format.format(date);
}
