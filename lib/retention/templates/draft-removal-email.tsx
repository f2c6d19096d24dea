/**
 * The warning that an untouched draft will be removed, as a React template in the portal's
 * plain e-mail frame (lib/email/templates/plain-email.tsx): paragraphs and one link to the folder.
 */
import { PlainEmail, renderEmailDocument } from '@/lib/email/templates/plain-email';
import type { Locale } from '@/lib/i18n/routing';

export type DraftRemovalEmailProps = {
  locale: Locale;
  subject: string;
  /** Paragraphs before the link. */
  paragraphs: readonly string[];
  linkLead: string;
  linkText: string;
  url: string;
  footer: readonly string[];
};

export function DraftRemovalEmail({ locale, subject, paragraphs, linkLead, linkText, url, footer }: DraftRemovalEmailProps) {
  return (
    <PlainEmail locale={locale} subject={subject} footer={footer}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        {linkLead} <a href={url}>{linkText}</a>
      </p>
    </PlainEmail>
  );
}

export function renderDraftRemovalEmail(props: DraftRemovalEmailProps): Promise<string> {
  return renderEmailDocument(<DraftRemovalEmail {...props} />);
}
