'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { PageMain } from '@/components/layout/page-main';

/** Shown when a page fails: in the reader's language, with a way to try again; never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('ErrorPage');
  return (
    <PageMain>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-lg">{t('text')}</p>
      {error.digest && <p className="mt-2 text-sm text-gray-60">{t('reference', { digest: error.digest })}</p>}
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">
          {t('retry')}
        </button>
        <Link href="/" className="px-2 py-3 font-bold text-bus underline">{t('home')}</Link>
      </div>
    </PageMain>
  );
}
