import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { PageShell, shellMetadata } from '@/components/layout/page-shell';

/**
 * The service description kept in Next's cache and served as it is to everyone who is not
 * signed in and uses the default text size: proxy.ts decides, and rewrites the public address
 * /{locale}/e-services/{slug} to this internal one, which itself answers 404 from outside.
 * Nothing here may read cookies or headers: such a read fails the render instead of quietly
 * caching one person's page for everyone. The page's Content Security Policy names its inline
 * scripts by their hashes (lib/cache/page-cache-handler.mjs), as a cached page has no nonce.
 */
export const dynamic = 'error';
// An editor's publish refreshes the page at once (lib/service-editor/actions.ts); the hour only
// bounds how long a change made elsewhere, such as a division's new name, takes to show.
export const revalidate = 3600;

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> };

// Each page is rendered at its first visit, not at build time: the build has no database.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  return shellMetadata(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
}

export default async function CachedServiceLayout({ children, params }: Props) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <PageShell locale={locale} textSize="100" cachedPath={`/e-services/${slug}`}>
      {children}
    </PageShell>
  );
}
