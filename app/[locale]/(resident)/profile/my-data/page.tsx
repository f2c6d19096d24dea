import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { MyDataSectionView } from '@/components/my-data/my-data-section';
import { requireResident } from '@/lib/auth/guards';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { collectMyData } from '@/lib/my-data/collect';

export const generateMetadata = metadataFrom('MyDataPage');

/** My data (PRO6): everything stored about the person, the download, and deleting the profile. */
export default async function MyDataPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const t = await getTranslations('MyDataPage');
  const sections = await collectMyData(session.personId);

  return (
    <PageWithSideColumn>
      <p className="mb-4">
        <Link href="/profile" className="text-bus underline">{t('backToProfile')}</Link>
      </p>
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose text-lg">{t('lead')}</p>
      <div className="mt-6 flex flex-wrap gap-4">
        {/* A plain link: the browser saves the file, and the route checks who is asking. */}
        <a href="/api/my-data" download className="inline-block bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">
          {t('download')}
        </a>
        <Link href="/profile/my-data/delete" className="inline-block border-2 border-danger px-6 py-3 font-bold text-danger hover:bg-danger-light">
          {t('delete')}
        </Link>
      </div>
      <p className="mt-3 max-w-prose text-sm">{t('downloadNote')}</p>
      {sections.map((section) => (
        <MyDataSectionView key={section.key} section={section} />
      ))}
    </PageWithSideColumn>
  );
}
