import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { TextSize } from '@/lib/preferences/text-size';
import { env } from '@/lib/env';
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import { SkipLink } from './skip-link';
import { FixedPath } from './fixed-path';

// Only what client components need is sent to the browser, not every page's texts.
const clientNamespaces = ['LanguageSwitcher', 'TextSize', 'MainNav', 'ErrorPage', 'SessionTimeout'] as const;

/** The title template and description every page starts from. */
export async function shellMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    // Canonical and alternate-language links are absolute, as search engines require.
    metadataBase: new URL(env.PUBLIC_URL),
    title: { default: t('title'), template: `%s – ${t('title')}` },
    description: t('description'),
    icons: { icon: '/favicon.svg' },
  };
}

/**
 * The document around every page: <html> in the page's language and text size, the skip link,
 * the header and the footer. A page served from the cache passes `cachedPath` (its public path
 * without the language): it is the same for everyone, so nobody is signed in on it and the
 * text size is the default one.
 */
export async function PageShell({ locale, textSize, cachedPath, children }: {
  locale: string;
  textSize: TextSize;
  cachedPath?: string;
  children: ReactNode;
}) {
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale} data-text-size={textSize}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={clientMessages}>
          <FixedPath path={cachedPath}>
            <SkipLink />
            <SiteHeader textSize={textSize} cached={cachedPath !== undefined} />
            <div className="flex flex-1 flex-col">{children}</div>
            <SiteFooter />
          </FixedPath>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
