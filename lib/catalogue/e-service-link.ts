import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';
import type { ServiceContent } from './service-content';

/**
 * Where "Go to the e-service" leads: the portal's own form (which asks the person to sign in
 * first when the service needs it), or the city's other site in the reader's language.
 */
export function eServiceHref(content: Pick<ServiceContent, 'eService'>, locale: Locale | string): { href: string; external: boolean } {
  if (content.eService.kind === 'internal-form') return { href: `/${locale}/forms/${content.eService.formSlug}`, external: false };
  return { href: localized(content.eService.url, locale), external: true };
}
