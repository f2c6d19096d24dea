/**
 * Dates and times as the portal shows them, in Helsinki time: "1.7.2026 klo 8.05" in Finnish,
 * "1.7.2026 8.05" in Swedish as written in Finland, and "01/07/2026, 08:05" in English, day first
 * with a 24-hour clock, never the American month-first "7/1/26, 8:05 AM", which a Helsinki
 * reader takes for the 7th of January. The e-mails write dates the same way.
 * One formatter per language and style is kept for the process: a list of twenty items would
 * otherwise build each one again on every page view.
 */
const DATE_LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The locale a language's dates are written in. */
export function dateLocale(locale: string): string {
  return DATE_LOCALES[locale] ?? locale;
}

const STYLES = {
  /** 1.7.2026 klo 8.05 */
  dateTime: { dateStyle: 'short', timeStyle: 'short' },
  /** 1.7.2026 */
  date: { dateStyle: 'short' },
  /** 1. heinäkuuta 2026 */
  longDate: { dateStyle: 'long' },
  /** 1.7.2026 klo 8.05 in Finnish, "1 Jul 2026, 08:05" in English */
  mediumDateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** As mediumDateTime, with seconds. */
  mediumDateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
  /** A calendar date someone gave (a date of birth), which has no time zone: kept as given. */
  answerDate: { dateStyle: 'medium', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

const formats = new Map<string, Intl.DateTimeFormat>();

export function shownDate(date: Date, locale: string, style: DateStyle = 'dateTime'): string {
  const key = `${locale} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale(locale), { timeZone: 'Europe/Helsinki', ...STYLES[style] });
    // Only the app's languages are kept, so the map never grows past them.
    if (locale in DATE_LOCALES) formats.set(key, format);
  }
  return format.format(date);
}

/** The folder's short date and time. */
export function shortDateTime(date: Date, locale: string): string {
  return shownDate(date, locale, 'dateTime');
}
