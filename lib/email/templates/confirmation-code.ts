import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import fi from '@/messages/fi.json';
import sv from '@/messages/sv.json';
import en from '@/messages/en.json';
import { escapeHtml } from './escape-html';

// Imported directly rather than through next-intl's request config: e-mails are also written
// outside any request, e.g. by background jobs.
const messages = { fi, sv, en } as const;

export type RenderedEmail = { subject: string; text: string; html: string };

/**
 * The e-mail that confirms an address, in the person's language. It carries the code and nothing
 * else about the person: no name, no address, no link to follow.
 */
export function confirmationCodeEmail({ locale, code, validForMinutes = 30 }: { locale: Locale; code: string; validForMinutes?: number }): RenderedEmail {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'ConfirmationEmail' });
  const subject = t('subject');
  const codeLine = t('code', { code });
  const lines = [t('validity', { minutes: validForMinutes }), t('ignore')];
  const footer = [t('automatic'), t('signature')];

  const text = [codeLine, '', ...lines, '', ...footer].join('\n') + '\n';

  // The code itself is set in bold, so it is found at a glance; everything is escaped first.
  const marker = '\u0000';
  const codeHtml = escapeHtml(t('code', { code: marker })).replace(marker, `<strong>${escapeHtml(code)}</strong>`);
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    '<body>',
    `<p>${codeHtml}</p>`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p>${footer.map(escapeHtml).join('<br>')}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');

  return { subject, text, html };
}
