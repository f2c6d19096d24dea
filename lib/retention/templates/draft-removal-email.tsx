/**
 * The warning that an untouched draft will be removed, as a React template rendered to static
 * HTML: paragraphs and one link to the folder, like the notification e-mail (no tables, styles,
 * scripts or images, nothing fetched when it is opened).
 */
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
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- an e-mail document, never a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subject}</title>
      </head>
      <body>
        {paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>
          {linkLead} <a href={url}>{linkText}</a>
        </p>
        <p>
          {footer.map((line, index) => (
            <span key={line}>
              {index > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      </body>
    </html>
  );
}

/** The whole document; react-dom/server is loaded out of the bundler's sight, as for the notification e-mail. */
export async function renderDraftRemovalEmail(props: DraftRemovalEmailProps): Promise<string> {
  const { renderToStaticMarkup } = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ 'react-dom/server')) as typeof import('react-dom/server');
  return `<!DOCTYPE html>\n${renderToStaticMarkup(<DraftRemovalEmail {...props} />)}\n`;
}
