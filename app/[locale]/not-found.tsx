import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageMain, PageTitle } from '@/components/layout/page-layout';

export default async function NotFoundPage() {
  const t = await getTranslations('NotFoundPage');
  return (
    <PageMain>
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose text-lg">{t('text')}</p>
      <ul className="mt-6 flex flex-col gap-2">
        <li><Link href="/" className="font-bold text-bus underline">{t('home')}</Link></li>
        <li><Link href="/e-services" className="font-bold text-bus underline">{t('eServices')}</Link></li>
        <li><Link href="/instructions" className="font-bold text-bus underline">{t('instructions')}</Link></li>
      </ul>
    </PageMain>
  );
}
