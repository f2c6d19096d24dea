import { locales, type Locale } from '@/lib/i18n/routing';
import { sameOriginPath } from '@/lib/security/same-origin-path';

const ROLE_PAGE = /^\/(fi|sv|en)\/role(?:[/?#]|$)/;
const LOCALE_PREFIX = new RegExp(`^/(${locales.join('|')})(?=[/?#]|$)`);

/**
 * Where the person goes after choosing a role: back where they were, on this site only, in the
 * language they now use (they may have changed it on the role page). Never the role page itself.
 */
export function roleReturnPath(candidate: unknown, locale: Locale): string {
  const fallback = `/${locale}`;
  const path = sameOriginPath(candidate, fallback);
  if (ROLE_PAGE.test(path)) return fallback;
  return LOCALE_PREFIX.test(path) ? path.replace(LOCALE_PREFIX, `/${locale}`) : fallback;
}

/**
 * The return address for a "Change role" link on the page at `currentPath`. On the role page
 * itself the link keeps the address that page already returns to.
 */
export function returnToFromPage(currentPath: string, locale: Locale): string {
  const path = sameOriginPath(currentPath, `/${locale}`);
  if (ROLE_PAGE.test(path)) {
    const inner = new URL(path, 'http://same-origin.invalid').searchParams.get('returnTo');
    return roleReturnPath(inner, locale);
  }
  return path;
}
