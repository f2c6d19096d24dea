import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { startSignIn } from '@/lib/auth/actions';
import { getSession } from '@/lib/auth/session';
import { sameOriginPath } from '@/lib/security/same-origin-path';

export const generateMetadata = metadataFrom('SignInPage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ returnTo?: string; reason?: string }> };

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { returnTo: requested, reason } = await searchParams;
  const t = await getTranslations('SignInPage');
  const returnTo = sameOriginPath(requested, `/${locale}`);
  const session = await getSession();

  const signInButton = (
    <form action={startSignIn} className="mt-4">
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">
        {t('button')}
      </button>
    </form>
  );

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      {(reason === 'expired' || reason === 'weak') && (
        <div role="status" className="mb-6 border-l-8 border-notice bg-notice-light p-4">
          <p className="font-bold">{t(`reasons.${reason}.title`)}</p>
          <p className="mt-1">{t(`reasons.${reason}.text`)}</p>
        </div>
      )}
      {session && session.strong && (
        <div className="mb-6 border-l-8 border-ok bg-ok-light p-4">
          <p>{t('alreadySignedIn', { name: `${session.firstNames} ${session.lastName}` })}</p>
          <p className="mt-2">
            <Link href="/" className="font-bold text-bus underline">{t('toFrontPage')}</Link>
          </p>
        </div>
      )}
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
            {signInButton}
          </section>
          <section aria-labelledby="corporate-heading" className="border-t-4 border-bus bg-bus-light p-4">
            <h2 id="corporate-heading" className="text-xl font-bold uppercase">{t('corporateHeading')}</h2>
            <p className="mt-2">{t('corporateText')}</p>
            {signInButton}
          </section>
        </div>
      </div>
    </PageWithSideColumn>
  );
}
