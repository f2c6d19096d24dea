import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('SignInPage');

export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SignInPage');
  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <div className="grid gap-8 md:grid-cols-2">
        <div className="flex max-w-prose flex-col gap-3">
          <p>{t('open')}</p>
          <p>{t('methods')}</p>
          <p>{t('firstTime')}</p>
          <p><Link href="/instructions#signing-in" className="text-bus underline">{t('howTo')}</Link></p>
        </div>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="personal-heading" className="border-t-4 border-bus bg-bus-light p-4">
            <h2 id="personal-heading" className="text-xl font-bold uppercase">{t('personalHeading')}</h2>
            <p className="mt-2">{t('personalText')}</p>
          </section>
          <section aria-labelledby="corporate-heading" className="border-t-4 border-bus bg-bus-light p-4">
            <h2 id="corporate-heading" className="text-xl font-bold uppercase">{t('corporateHeading')}</h2>
            <p className="mt-2">{t('corporateText')}</p>
          </section>
        </div>
      </div>
    </PageWithSideColumn>
  );
}
