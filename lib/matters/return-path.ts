import { sameOriginPath } from '@/lib/security/same-origin-path';

/** The folder page of one item's messages: where the reply form lives when no other page shows it. */
export function itemMessagesPath(locale: string, itemNumber: string | number): string {
  return `/${locale}/folder/${itemNumber}/messages`;
}

export function complementPath(locale: string, itemNumber: string | number): string {
  return `/${locale}/folder/${itemNumber}/complement`;
}

/**
 * Where a post from the folder goes back to: the page that showed the form (the folder with the
 * item open, or the item's messages page), but only a page of this language's folder, never
 * another site or another part of the portal.
 */
export function folderReturnPath(candidate: unknown, locale: string, fallback: string): string {
  const path = sameOriginPath(candidate, fallback);
  return path === `/${locale}/folder` || path.startsWith(`/${locale}/folder/`) || path.startsWith(`/${locale}/folder?`) || path.startsWith(`/${locale}/folder#`) ? path : fallback;
}
