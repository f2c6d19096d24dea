import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { requireResident } from '@/lib/auth/guards';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { organisationNotificationsFor } from '@/lib/organisation-notifications/queries';
import { getOwnProfile } from '@/lib/profile/queries';
import { OrganisationNotificationsSection } from './_components/organisation-notifications';
import { shownDate } from '@/lib/time/shown-date';

export const generateMetadata = metadataFrom('ProfilePage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string; organisationNotifications?: string }> };

function Row({ label, children, note }: { label: string; children: React.ReactNode; note?: string }) {
  return (
    <div className="grid gap-1 border-b border-gray-20 py-3 sm:grid-cols-[14rem_1fr]">
      <dt className="font-bold">{label}</dt>
      <dd>
        {children}
        {note && <p className="text-sm text-gray-80">{note}</p>}
      </dd>
    </div>
  );
}

/** My profile (PRO1–PRO4): the name and code from the population register, and what the person gave. */
export default async function ProfilePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const { saved, organisationNotifications: organisationResult } = await searchParams;
  const t = await getTranslations('ProfilePage');
  const tOrganisation = await getTranslations('OrganisationNotifications');
  const own = await getOwnProfile(session);
  if (!own) return null;
  const { profile } = own;
  // Only while the person acts for an organisation (and still may): its notification choices.
  const organisationSettings = await organisationNotificationsFor(session);
  const methods = [profile?.notifyByEmail && t('methods.email'), profile?.notifyBySms && t('methods.sms')].filter(Boolean).join(', ');
  const languageNames = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      {saved && <p role="status" className="mb-6 border-l-8 border-ok bg-ok-light p-4">{t('saved')}</p>}
      {organisationResult === 'notActingFor' && (
        <p role="alert" className="mb-6 border-l-8 border-danger bg-danger-light p-4">{tOrganisation('errors.notActingFor')}</p>
      )}
      <section aria-labelledby="register-heading">
        <h2 id="register-heading" className="text-xl font-bold">{t('registerHeading')}</h2>
        <dl className="mt-2">
          <Row label={t('name')} note={t('fromRegister')}>{own.firstNames} {own.lastName}</Row>
          <Row label={t('personalIdentityCode')} note={t('fromRegister')}>{own.personalIdentityCode}</Row>
          <Row label={t('address')} note={own.address ? t('fromRegister') : undefined}>
            {own.address ? `${own.address.streetAddress}, ${own.address.postalCode} ${own.address.postOffice}` : t('noAddress')}
          </Row>
          {own.actingFor && (
            <Row label={t('organisation')}>
              {own.actingFor.name} ({t('businessId')} {own.actingFor.businessId})
            </Row>
          )}
        </dl>
      </section>
      <section aria-labelledby="contact-heading" className="mt-8">
        <h2 id="contact-heading" className="text-xl font-bold">{t('contactHeading')}</h2>
        <dl className="mt-2">
          <Row label={t('email')} note={profile?.pendingEmail ? t('pendingEmail', { email: profile.pendingEmail }) : undefined}>
            {profile?.email ?? t('none')}
          </Row>
          <Row label={t('mobile')}>{profile?.mobile ?? t('none')}</Row>
          <Row label={t('method')}>{methods || t('methods.none')}</Row>
          <Row label={t('language')}>
            {profile ? languageNames[profile.notificationLanguage] : t('none')}
          </Row>
          <Row label={t('lastLogin')}>
            {own.previousSignIn ? shownDate(own.previousSignIn.at, locale, 'dateTime') : t('firstLogin')}
          </Row>
        </dl>
        <p className="mt-6">
          <Link href="/profile/edit" className="inline-block bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('edit')}</Link>
        </p>
        <p className="mt-4 max-w-prose text-sm">{t('notPassedOn')}</p>
      </section>
      {organisationSettings && <OrganisationNotificationsSection settings={organisationSettings} saved={organisationResult === 'saved'} />}
      <section aria-labelledby="my-data-heading" className="mt-8">
        <h2 id="my-data-heading" className="text-xl font-bold">{t('myDataHeading')}</h2>
        <p className="mt-2 max-w-prose">{t('myDataText')}</p>
        <p className="mt-4">
          <Link href="/profile/my-data" className="font-bold text-bus underline">{t('myDataHeading')}</Link>
        </p>
      </section>
    </PageWithSideColumn>
  );
}
