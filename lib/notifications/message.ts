/**
 * What a notification says (NOT1, NOT3): that there are new events in the e-services folder,
 * how many, and a link to the folder, in the person's notification language. Nothing else goes
 * in: the functions take no event, no message text, no service, no name and no identity code,
 * so none can leak into an e-mail or a text message that others may read on a locked screen.
 */
import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import type { RenderedEmail } from '@/lib/email/templates/confirmation-code';
import fi from '@/messages/fi.json';
import sv from '@/messages/sv.json';
import en from '@/messages/en.json';
import { renderNewEventsEmail } from './templates/new-events-email';

// Imported directly rather than through next-intl's request config: notifications are written by
// background jobs, outside any request.
const messages = { fi, sv, en } as const;

export type NotificationDigest = {
  locale: Locale;
  /** New events in the folder since the last message: one message per person per round. */
  events: number;
  /** The portal's public address (env.PUBLIC_URL); the link goes to the folder there. */
  publicUrl: string;
};

/** The folder page in the person's language, e.g. https://asiointi.hel.fi/sv/folder. */
export function folderUrl(publicUrl: string, locale: Locale): string {
  return `${publicUrl.replace(/\/+$/, '')}/${locale}/folder`;
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'Notifications' });
}

function checked({ events }: NotificationDigest): number {
  if (!Number.isInteger(events) || events < 1) throw new RangeError(`a notification tells of one or more events, not ${events}`);
  return events;
}

/** The e-mail: subject, plain-text part and HTML part. */
export async function newEventsEmail(digest: NotificationDigest): Promise<RenderedEmail> {
  const count = checked(digest);
  const t = translator(digest.locale);
  const url = folderUrl(digest.publicUrl, digest.locale);
  const subject = t('subject', { count });
  const newEvents = t('newEvents', { count });
  const readMore = t('readMore');
  const settings = t('settings');
  const footer = [t('automatic'), t('signature')];

  const text = [newEvents, '', readMore, url, '', settings, '', ...footer].join('\n') + '\n';
  const html = await renderNewEventsEmail({ locale: digest.locale, subject, newEvents, readMore, openFolder: t('openFolder'), folderUrl: url, settings, footer });
  return { subject, text, html };
}

/** The text message: one line and the link, short enough for a single message. */
export function newEventsSms(digest: NotificationDigest): string {
  const count = checked(digest);
  return translator(digest.locale)('sms', { count, url: folderUrl(digest.publicUrl, digest.locale) });
}
