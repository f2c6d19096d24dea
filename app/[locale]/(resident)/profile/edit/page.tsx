import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { ContactForm } from '@/components/profile/contact-form';
import { requireResident } from '@/lib/auth/guards';
import { pickMessages } from '@/lib/i18n/client-messages';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { updateContactDetails } from '@/lib/profile/actions';
import { findProfile } from '@/lib/registration/profile-store';

export const generateMetadata = metadataFrom('ProfileEditPage');

/** Edit in My profile (PRO4): Save or Cancel. */
export default async function ProfileEditPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const t = await getTranslations('ProfileEditPage');
  const profile = await findProfile(session.personId);
  return (
    <PageMain>
      <PageTitle>{t('title')}</PageTitle>
      <p className="mb-8 max-w-prose">{t('lead')}</p>
      <NextIntlClientProvider messages={await pickMessages(['ContactForm', 'PhoneNumber'])}>
        <ContactForm
          action={updateContactDetails}
          askConsent={false}
          returnTo={`/${locale}/profile`}
          privacyNoticeHref={`/${locale}/privacy`}
          submitLabel={t('save')}
          cancelHref={`/${locale}/profile`}
          initialValues={{
            email: profile?.pendingEmail ?? profile?.email ?? '',
            mobile: profile?.mobile ?? '',
            notifyByEmail: profile?.notifyByEmail ?? false,
            notifyBySms: profile?.notifyBySms ?? false,
            notificationLanguage: profile?.notificationLanguage ?? locale,
            consent: true,
          }}
        />
      </NextIntlClientProvider>
    </PageMain>
  );
}
