import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { TEXT_SIZE_COOKIE, parseTextSize } from '@/lib/preferences/text-size';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { SkipLink } from '@/components/layout/skip-link';

// Every page is rendered per request: each carries its own CSP nonce and reads live data.
export const dynamic = 'force-dynamic';

// Only what client components need is sent to the browser, not every page's texts.
const clientNamespaces = ['LanguageSwitcher', 'TextSize', 'MainNav', 'ErrorPage', 'SessionTimeout'] as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'Metadata' });
  return {
    title: { default: t('title'), template: `%s – ${t('title')}` },
    description: t('description'),
    icons: { icon: '/favicon.svg' },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const textSize = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace]]));

  return (
    <html lang={locale} data-text-size={textSize}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={clientMessages}>
          <SkipLink />
          <SiteHeader textSize={textSize} />
          <div className="flex flex-1 flex-col">{children}</div>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
