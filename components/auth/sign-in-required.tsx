import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle } from '@/components/layout/page-layout';

/** What a signed-out visitor sees on a page that belongs to a signed-in resident. */
export async function SignInRequired({ title }: { title: string }) {
  const t = await getTranslations('SignInRequired');
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="max-w-prose text-lg">{t('text')}</p>
      <Link href="/sign-in" className="mt-6 inline-block bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">
        {t('button')}
      </Link>
    </>
  );
}
