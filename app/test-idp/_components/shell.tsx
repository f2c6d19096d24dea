import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { PreviewMarker } from '@/components/layout/test-identification-banner';
import { env } from '@/lib/env';
import { cancelUrl, languageUrl } from '@/lib/test-idp/screens';
import { testIdpLocales, type TestIdpLocale } from '@/lib/test-idp/ticket';

// Each language is named in itself, as national services do.
const languageNames: Record<TestIdpLocale, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

type ShellProps = {
  locale: TestIdpLocale;
  title: string;
  /** The screen's path under /test-idp and the pending request, for the language links and Cancel. */
  screen?: string;
  token?: string;
  /** A bank's own pages show the bank's name above everything else. */
  brand?: string;
  children: ReactNode;
};

/**
 * The frame of every screen: a plain, neutral look of a national identification service (not
 * the city's), with a banner no one can miss saying that it is a test.
 */
export async function TestIdpShell({ locale, title, screen, token, brand, children }: ShellProps) {
  const t = await getTranslations({ locale, namespace: 'TestIdp' });
  // A preview deployment says so on these pages as well as on the portal's.
  const preview = env.APP_ENV === 'preview' ? (await getTranslations({ locale, namespace: 'PreviewMarker' }))('marker') : null;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-gray-5 text-gray-90">
        <title>{`${title} – ${t('serviceName')}`}</title>
        <header>
          <p className="bg-engel px-4 py-2 text-center text-sm font-bold text-black">
            {preview && <><PreviewMarker label={preview} />{' '}</>}
            {t('banner')}
          </p>
          <div className="border-b border-gray-20 bg-white">
            <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
              <p className="text-lg font-bold">{brand ? `${brand} · ${t('serviceName')}` : t('serviceName')}</p>
              {screen && token ? (
                <nav aria-label={t('languages')}>
                  <ul className="flex flex-wrap items-center text-sm">
                    {testIdpLocales.map((code) => (
                      <li key={code} className="border-r border-gray-60 px-2 first:pl-0">
                        {code === locale ? (
                          <span lang={code} className="font-bold">{languageNames[code]}</span>
                        ) : (
                          <a href={languageUrl(token, code, screen)} lang={code} hrefLang={code} className="underline hover:no-underline">
                            {languageNames[code]}
                          </a>
                        )}
                      </li>
                    ))}
                    <li className="pl-2">
                      <a href={cancelUrl(token)} className="underline hover:no-underline">{t('cancel')}</a>
                    </li>
                  </ul>
                </nav>
              ) : null}
            </div>
          </div>
        </header>
        <main className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:py-10">
          <div className="border border-gray-20 bg-white p-5 sm:p-8">
            <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
            {children}
          </div>
        </main>
      </body>
    </html>
  );
}
