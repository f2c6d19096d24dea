import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { SUPPORT_PHONE, SUPPORT_PHONE_URI } from '@/components/layout/site-footer';
import { BulletList, ProseSection, externalLink, linkTo, strong } from '../_components/prose';
import { ACCESSIBILITY_STATEMENT_DATE, ACCESSIBILITY_SUPERVISOR } from '../_components/contacts';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { shownDate } from '@/lib/time/shown-date';

export const generateMetadata = metadataFrom('AccessibilityPage', { withDescription: true });

/** The accessibility statement that the Act on the Provision of Digital Services (306/2019) requires. */
export default async function AccessibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('AccessibilityPage');
  const date = shownDate(ACCESSIBILITY_STATEMENT_DATE, locale, 'longDate');
  const supervisor = ACCESSIBILITY_SUPERVISOR;

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <div className="flex max-w-prose flex-col gap-3">
        <p className="text-lg">{t('lead')}</p>
        <p>{t('scope')}</p>
      </div>

      <ProseSection id="status" heading={t('status.heading')}>
        <p>{t.rich('status.text', { b: strong })}</p>
        <p>{t('status.assessment')}</p>
      </ProseSection>

      <ProseSection id="gaps" heading={t('gaps.heading')}>
        <p>{t('gaps.intro')}</p>
        <BulletList
          items={(['officialAttachments', 'alternativeForms'] as const).map((key) => (
            <>
              <span className="block">{t.rich(`gaps.items.${key}.text`, { b: strong })}</span>
              <span className="block text-sm text-gray-80">{t(`gaps.items.${key}.criteria`)}</span>
            </>
          ))}
        />
        <p>{t('gaps.fixing')}</p>
      </ProseSection>

      <ProseSection id="outside-scope" heading={t('outsideScope.heading')}>
        <p>{t('outsideScope.text')}</p>
      </ProseSection>

      <ProseSection id="feedback" heading={t('feedback.heading')}>
        <p>{t.rich('feedback.text', { link: linkTo('/feedback') })}</p>
        <p>{t.rich('feedback.phone', { number: SUPPORT_PHONE, phone: externalLink(SUPPORT_PHONE_URI) })}</p>
        <p>{t('feedback.reply')}</p>
      </ProseSection>

      <ProseSection id="enforcement" heading={t('enforcement.heading')}>
        <p>{t('enforcement.text')}</p>
        <address className="not-italic">
          <span className="block font-bold">{t('enforcement.authority')}</span>
          <span className="block">{t('enforcement.unit')}</span>
          <span className="block">
            <a href={supervisor.website} className="text-bus underline">
              {supervisor.websiteLabel}
            </a>
          </span>
          <span className="block">
            {t('enforcement.email')}{' '}
            <a href={`mailto:${supervisor.email}`} className="text-bus underline">
              {supervisor.email}
            </a>
          </span>
          <span className="block">
            {t('enforcement.phone')}{' '}
            <a href={supervisor.phoneUri} className="text-bus underline">
              {supervisor.phone}
            </a>
          </span>
        </address>
      </ProseSection>

      <ProseSection id="about" heading={t('about.heading')}>
        <p>{t('about.date', { date })}</p>
      </ProseSection>
    </PageWithSideColumn>
  );
}
