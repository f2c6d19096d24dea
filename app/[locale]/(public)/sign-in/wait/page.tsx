import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('SignInWaitPage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ minutes?: string }> };

/** Too many sign-ins from one address in a short time: the person is asked to wait a while. */
export default async function SignInWaitPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const requested = Number((await searchParams).minutes);
  // The window is five minutes; anything else in the address is not from us.
  const minutes = Number.isInteger(requested) && requested >= 1 && requested <= 5 ? requested : 5;
  const t = await getTranslations('SignInWaitPage');
  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <p role="alert" className="max-w-prose text-lg">{t('text', { minutes })}</p>
      <p className="mt-4 max-w-prose">{t('why')}</p>
      <p className="mt-6"><Link href="/" className="font-bold text-bus underline">{t('toFrontPage')}</Link></p>
    </PageWithSideColumn>
  );
}
