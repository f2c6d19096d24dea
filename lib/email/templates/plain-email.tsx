/**
 * The frame of the portal's e-mails: a plain HTML document (no tables, styles, scripts or images,
 * nothing fetched when it is opened), so that every mail program and screen reader shows the
 * same thing. The notification and the draft-removal warning put their paragraphs inside it.
 */
import type { ReactElement, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';

export function PlainEmail({ locale, subject, footer, children }: { locale: Locale; subject: string; footer: readonly string[]; children: ReactNode }) {
  return (
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- an e-mail document, never a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subject}</title>
      </head>
      <body>
        {children}
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
export async function renderEmailDocument(email: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ 'react-dom/server')) as typeof import('react-dom/server');
  return `<!DOCTYPE html>\n${renderToStaticMarkup(email)}\n`;
}
