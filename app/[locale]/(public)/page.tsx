import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { popularServices } from '@/lib/catalogue/queries';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { ServiceNotices } from '@/components/notices/service-notices';
import { getSession } from '@/lib/auth/session';
import { PopularServices } from './_components/popular-services';
import { SignedInHome } from './_components/signed-in-home';

const whatIsPoints = ['identification', 'forms', 'aroundTheClock', 'registration', 'folder'] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await getSession();
  // A strongly identified, registered resident gets their own front page (UI7, FOL9); everyone
  // else the public one below, unchanged.
  if (session?.strong && session.registered) return <SignedInHome locale={locale} session={session} />;
  const t = await getTranslations('HomePage');
  const popular = await popularServices(4);

  return (
    <PageWithSideColumn>
      <ServiceNotices />
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose text-lg">{t('lead')}</p>

      <section aria-labelledby="sign-in-heading" className="mt-8 bg-bus-light p-6">
        <h2 id="sign-in-heading" className="text-2xl font-bold">{t('signInHeading')}</h2>
        <p className="mt-2 max-w-prose">{t('signInText')}</p>
        <Link href="/sign-in" className="mt-4 inline-block bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">
          {t('signInButton')}
        </Link>
      </section>

      <section aria-labelledby="what-is-heading" className="mt-10">
        <h2 id="what-is-heading" className="text-2xl font-bold">{t('whatIsHeading')}</h2>
        <ul className="mt-3 flex max-w-prose list-disc flex-col gap-2 pl-6">
          {whatIsPoints.map((point) => (
            <li key={point}>{t(`whatIs.${point}`)}</li>
          ))}
        </ul>
      </section>

      <PopularServices locale={locale} services={popular} heading={t('popularHeading')} allServices={t('allServices')} />
    </PageWithSideColumn>
  );
}
