/**
 * The notification e-mail as a React template in the portal's plain e-mail frame
 * (lib/email/templates/plain-email.tsx): what happened, one link to the folder, the settings.
 */
import { PlainEmail, renderEmailDocument } from '@/lib/email/templates/plain-email';
import type { Locale } from '@/lib/i18n/routing';

export type NewEventsEmailProps = {
  locale: Locale;
  subject: string;
  newEvents: string;
  readMore: string;
  openFolder: string;
  folderUrl: string;
  settings: string;
  footer: readonly string[];
};

export function NewEventsEmail({ locale, subject, newEvents, readMore, openFolder, folderUrl, settings, footer }: NewEventsEmailProps) {
  return (
    <PlainEmail locale={locale} subject={subject} footer={footer}>
      <p>{newEvents}</p>
      <p>
        {readMore} <a href={folderUrl}>{openFolder}</a>
      </p>
      <p>{settings}</p>
    </PlainEmail>
  );
}

export function renderNewEventsEmail(props: NewEventsEmailProps): Promise<string> {
  return renderEmailDocument(<NewEventsEmail {...props} />);
}
