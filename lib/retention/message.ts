/**
 * What the warning before a draft's removal says, in the person's notification language: the
 * form's name, the date of removal and a link to where the draft is listed. Nothing else: no
 * answers, no name, no identity code, as anyone may read a message on a locked screen.
 */
import { createTranslator } from 'next-intl';
import type { LocalizedText } from '@/db/schema/localized-text';
import type { RenderedEmail } from '@/lib/email/templates/confirmation-code';
import type { Locale } from '@/lib/i18n/routing';
import fi from '@/messages/fi.json';
import sv from '@/messages/sv.json';
import en from '@/messages/en.json';
import { shownDate } from '@/lib/time/shown-date';
import { renderDraftRemovalEmail } from './templates/draft-removal-email';

// Imported directly rather than through next-intl's request config: a job writes the message.
const messages = { fi, sv, en } as const;

export type DraftRemovalWarning = {
  locale: Locale;
  /** The form's name in every language; the person's is used, else Finnish. */
  formTitle: LocalizedText;
  removalAt: Date;
  retentionDays: number;
  /** Where the draft is listed: the folder, or the form itself for a service the folder does not keep (FOL3). */
  link: { to: 'folder' | 'form'; url: string };
};

/** The removal date as a person reads it, on Helsinki's calendar: "1. maaliskuuta 2027", "1 mars 2027", "1 March 2027". */
export function removalDate(moment: Date, locale: Locale): string {
  return shownDate(moment, locale, 'longDate');
}

function parts(warning: DraftRemovalWarning) {
  const t = createTranslator({ locale: warning.locale, messages: messages[warning.locale], namespace: 'DraftRetention' });
  const form = warning.formTitle[warning.locale] || warning.formTitle.fi;
  const date = removalDate(warning.removalAt, warning.locale);
  return { t, form, date };
}

export async function draftRemovalEmail(warning: DraftRemovalWarning): Promise<RenderedEmail> {
  const { t, form, date } = parts(warning);
  const subject = t('emailSubject', { date });
  const paragraphs = [t('emailWillBeRemoved', { form, date }), t('emailWhy', { days: warning.retentionDays }), t('emailKeep')];
  const linkLead = t('emailLinkLead');
  const footer = [t('emailAutomatic'), t('emailSignature')];
  const text = [...paragraphs.flatMap((paragraph) => [paragraph, '']), linkLead, warning.link.url, '', ...footer].join('\n') + '\n';
  const linkText = warning.link.to === 'folder' ? t('emailLinkFolder') : t('emailLinkForm');
  const html = await renderDraftRemovalEmail({ locale: warning.locale, subject, paragraphs, linkLead, linkText, url: warning.link.url, footer });
  return { subject, text, html };
}

export function draftRemovalSms(warning: DraftRemovalWarning): string {
  const { t, form, date } = parts(warning);
  return t('sms', { form, date, url: warning.link.url });
}
