import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { BulletList, ProseSection, externalLink, linkTo, strong } from '../_components/prose';
import { CITY_POSTAL_ADDRESS, DATA_PROTECTION_EMAIL, DATA_PROTECTION_OMBUDSMAN, PRIVACY_NOTICE_DATE } from '../_components/contacts';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { shownDate } from '@/lib/time/shown-date';

export const generateMetadata = metadataFrom('PrivacyPage', { withDescription: true });

/** The privacy notice (register description) of the e-services and the profile (SEC3, SEC4). */
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('PrivacyPage');
  const rich = (key: string) => t.rich(key, { b: strong });
  const items = (prefix: string, keys: readonly string[]) => keys.map((key) => rich(`${prefix}.${key}`));
  const mailLink = (
    <a href={`mailto:${DATA_PROTECTION_EMAIL}`} className="text-bus underline">
      {DATA_PROTECTION_EMAIL}
    </a>
  );

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <div className="flex max-w-prose flex-col gap-3">
        <p className="text-lg">{t('lead')}</p>
        <p className="text-sm text-gray-80">{t('updated', { date: shownDate(PRIVACY_NOTICE_DATE, locale, 'longDate') })}</p>
      </div>

      <ProseSection id="controller" heading={t('controller.heading')}>
        <p>{t('controller.text')}</p>
        <address className="not-italic">
          {CITY_POSTAL_ADDRESS.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </address>
        <p>{t('controller.register')}</p>
      </ProseSection>

      <ProseSection id="contact" heading={t('contact.heading')}>
        <p>{t('contact.text')}</p>
        <address className="not-italic">
          <span className="block">{t('contact.officer')}</span>
          {CITY_POSTAL_ADDRESS.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
          <span className="block">
            {t('contact.email')} {mailLink}
          </span>
        </address>
      </ProseSection>

      <ProseSection id="purpose" heading={t('purpose.heading')}>
        <p>{t('purpose.intro')}</p>
        <BulletList items={items('purpose.uses', ['identify', 'profile', 'forms', 'handling', 'progress', 'notifications', 'security'])} />
        <p>{t('purpose.legalBasis')}</p>
        <p>{t('purpose.laws')}</p>
      </ProseSection>

      <ProseSection id="data" heading={t('data.heading')}>
        <BulletList items={items('data.items', ['identification', 'contact', 'preferences', 'matters', 'organisation', 'logs'])} />
        <p>{t('data.feedback')}</p>
      </ProseSection>

      <ProseSection id="sources" heading={t('sources.heading')}>
        <BulletList items={items('sources.items', ['identification', 'authorizations', 'you', 'officials'])} />
      </ProseSection>

      <ProseSection id="recipients" heading={t('recipients.heading')}>
        <BulletList items={items('recipients.items', ['divisions', 'profile', 'authorities', 'processors', 'noCommercialUse'])} />
      </ProseSection>

      <ProseSection id="transfers" heading={t('transfers.heading')}>
        <p>{t('transfers.text')}</p>
      </ProseSection>

      <ProseSection id="retention" heading={t('retention.heading')}>
        <BulletList items={items('retention.items', ['profile', 'matters', 'drafts', 'logs'])} />
      </ProseSection>

      <ProseSection id="automated" heading={t('automated.heading')}>
        <p>{t('automated.text')}</p>
      </ProseSection>

      <ProseSection id="rights" heading={t('rights.heading')}>
        <p>{t('rights.intro')}</p>
        <BulletList
          items={[
            rich('rights.items.access'),
            rich('rights.items.rectification'),
            rich('rights.items.erasure'),
            rich('rights.items.restriction'),
            rich('rights.items.objection'),
            t.rich('rights.items.complaint', {
              b: strong,
              link: externalLink(DATA_PROTECTION_OMBUDSMAN.website),
              site: DATA_PROTECTION_OMBUDSMAN.websiteLabel,
            }),
          ]}
        />
        <p>{t.rich('rights.howTo', { link: externalLink(`mailto:${DATA_PROTECTION_EMAIL}`), email: DATA_PROTECTION_EMAIL })}</p>
      </ProseSection>

      <ProseSection id="cookies" heading={t('cookies.heading')}>
        <p>{t.rich('cookies.text', { link: linkTo('/cookies') })}</p>
      </ProseSection>
    </PageWithSideColumn>
  );
}
