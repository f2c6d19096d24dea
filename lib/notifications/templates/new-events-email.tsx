/**
 * The notification e-mail as a React template, rendered to static HTML. Plain on purpose: no
 * tables, styles, scripts or images, one link, so that every mail program and screen reader
 * shows the same thing, and nothing is fetched from outside when it is opened.
 */
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
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- an e-mail document, never a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subject}</title>
      </head>
      <body>
        <p>{newEvents}</p>
        <p>
          {readMore} <a href={folderUrl}>{openFolder}</a>
        </p>
        <p>{settings}</p>
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

/**
 * The whole document; React escapes every text and attribute it writes. react-dom/server is
 * loaded when the mail is written, out of the bundler's sight: Next compiles instrumentation.ts
 * (which starts the jobs) like a Server Component and refuses a static import of it there
 * ("You're importing a component that imports react-dom/server"), while at run time Node loads
 * it as it would in any script.
 */
export async function renderNewEventsEmail(props: NewEventsEmailProps): Promise<string> {
  const { renderToStaticMarkup } = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ 'react-dom/server')) as typeof import('react-dom/server');
  return `<!DOCTYPE html>\n${renderToStaticMarkup(<NewEventsEmail {...props} />)}\n`;
}
