import type { LocalizedText } from '@/db/schema/localized-text';
import type { Locale } from './routing';

/** The text in the reader's language; Finnish when a translation is missing. */
export function localized(text: LocalizedText, locale: Locale | string): string {
  const value = text[locale as Locale];
  return value && value.trim() !== '' ? value : text.fi;
}
