import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { TEXT_SIZE_COOKIE, parseTextSize } from '@/lib/preferences/text-size';
import { PageShell, shellMetadata } from '@/components/layout/page-shell';

// Every page here is rendered per request: each carries its own CSP nonce and reads live data.
// (The anonymous service description is also kept in the cache: see app/cached/.)
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return shellMetadata(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const textSize = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  return (
    <PageShell locale={locale} textSize={textSize}>
      {children}
    </PageShell>
  );
}
