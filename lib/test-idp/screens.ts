/** Addresses of the service's screens; the pending request rides along in the query. */
import { TEST_IDP_PATH } from './config';
import type { ErrorPageReason } from './authorization-request';
import type { TestIdpLocale } from './ticket';

const SCREENS = /^(identify|bank\/[a-z-]+|mobile|mobile\/request|mobile\/interrupted|card|card\/pin|corporate|corporate\/organisation|success)$/;

export function isScreen(path: string): boolean {
  return SCREENS.test(path);
}

export function screenUrl(screen: string, ticket: string, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ t: ticket, ...extra });
  return `${TEST_IDP_PATH}/${screen}?${query.toString()}`;
}

export function errorPageUrl(reason: ErrorPageReason, locale: TestIdpLocale): string {
  return `${TEST_IDP_PATH}/error?${new URLSearchParams({ reason, lang: locale }).toString()}`;
}

export function cancelUrl(ticket: string): string {
  return `${TEST_IDP_PATH}/cancel?${new URLSearchParams({ t: ticket }).toString()}`;
}

export function languageUrl(ticket: string, locale: TestIdpLocale, screen: string): string {
  return `${TEST_IDP_PATH}/language?${new URLSearchParams({ t: ticket, lang: locale, to: screen }).toString()}`;
}
