import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('SignInErrorPage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

/** When the identification did not end in a sign-in: cancelled, refused, or a fault. */
export default async function SignInErrorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { error } = await searchParams;
  const t = await getTranslations('SignInErrorPage');
  // OAuthCallbackError: the identification service answered with an error, as when the person cancels.
  const kind = error === 'AccessDenied' || error === 'OAuthCallbackError' ? 'accessDenied' : error === 'Configuration' ? 'configuration' : 'other';
  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <p role="alert" className="max-w-prose text-lg">{t(`messages.${kind}`)}</p>
      <p className="mt-6"><Link href="/sign-in" className="font-bold text-bus underline">{t('tryAgain')}</Link></p>
    </PageWithSideColumn>
  );
}
