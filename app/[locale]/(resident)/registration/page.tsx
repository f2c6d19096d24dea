import { redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { ContactForm } from '@/components/profile/contact-form';
import { requireSession, isRegistered, signInPath } from '@/lib/auth/guards';
import { pickMessages } from '@/lib/i18n/client-messages';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { register } from '@/lib/registration/actions';
import { findProfile } from '@/lib/registration/profile-store';
import { sameOriginPath } from '@/lib/security/same-origin-path';

export const generateMetadata = metadataFrom('RegistrationPage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ returnTo?: string }> };

/**
 * Registration on the first strong sign-in (ID4). Everyone passes here after signing in: a
 * registered person goes straight on; one who left registration half-way finds it filled in.
 */
export default async function RegistrationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const returnTo = sameOriginPath((await searchParams).returnTo, `/${locale}`);
  const session = await requireSession();
  if (!session.strong) redirect(signInPath(locale, returnTo, 'weak'));
  if (await isRegistered(session.personId)) redirect(returnTo);

  const t = await getTranslations('RegistrationPage');
  const profile = await findProfile(session.personId);
  return (
    <PageMain>
      <PageTitle>{t('title')}</PageTitle>
      <div className="flex max-w-prose flex-col gap-3">
        <p className="text-lg">{t('welcome', { name: `${session.firstNames} ${session.lastName}` })}</p>
        <p>{t('lead')}</p>
        {profile && <p className="border-l-8 border-coat bg-coat-light p-4">{t('resumed')}</p>}
      </div>
      <div className="mt-8">
        <NextIntlClientProvider messages={await pickMessages(['ContactForm', 'PhoneNumber'])}>
          <ContactForm
            action={register}
            askConsent
            returnTo={returnTo}
            privacyNoticeHref={`/${locale}/privacy`}
            submitLabel={t('submit')}
            initialValues={{
              email: profile?.pendingEmail ?? profile?.email ?? '',
              mobile: profile?.mobile ?? '',
              notifyByEmail: profile?.notifyByEmail ?? true,
              notifyBySms: profile?.notifyBySms ?? false,
              notificationLanguage: profile?.notificationLanguage ?? locale,
              consent: Boolean(profile),
            }}
          />
        </NextIntlClientProvider>
      </div>
    </PageMain>
  );
}
