import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { requireResident } from '@/lib/auth/guards';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('FolderPage');

/** The e-services folder; only for a registered resident who identified strongly. */
export default async function FolderPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const t = await getTranslations('FolderPage');
  return (
    <PageWithSideColumn>
      <PageTitle>{session.actingFor ? t('organisationTitle', { organisation: session.actingFor.name }) : t('title')}</PageTitle>
      <p className="max-w-prose text-lg">{t('empty')}</p>
      <p className="mt-4"><Link href="/e-services" className="font-bold text-bus underline">{t('findServices')}</Link></p>
    </PageWithSideColumn>
  );
}
