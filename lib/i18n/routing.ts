import { defineRouting } from 'next-intl/routing';

export const locales = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fi';

/** `/` chooses by this cookie first, then by the browser's Accept-Language (proxy.ts adds Secure on https). */
export const languageCookie = { name: 'language', maxAge: 60 * 60 * 24 * 365 };

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // next-intl's links write the cookie in the browser as well: Secure there when the page is on https.
  localeCookie: { ...languageCookie, ...(typeof window !== 'undefined' && window.location.protocol === 'https:' ? { secure: true } : {}) },
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
