import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { SUPPORT_PHONE, SUPPORT_PHONE_URI } from '@/components/layout/site-footer';
import { BulletList, ProseSection, SubHeading, TableOfContents, linkTo, strong } from '../_components/prose';
import { SUPPORTED_BROWSERS } from '../_components/contacts';
import { metadataFrom } from '@/lib/i18n/page-metadata';

// The element ids are addresses: the side column, the sign-in page and others link to them.
const sections = [
  { id: 'signing-in', key: 'signingIn' },
  { id: 'signing-out', key: 'signingOut' },
  { id: 'forms', key: 'forms' },
  { id: 'folder', key: 'folder' },
  { id: 'messages', key: 'messages' },
  { id: 'profile', key: 'profile' },
  { id: 'security', key: 'security' },
  { id: 'browsers', key: 'browsers' },
  { id: 'support', key: 'support' },
] as const;

export const generateMetadata = metadataFrom('InstructionsPage', { withDescription: true });

export default async function InstructionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('InstructionsPage');
  const p = (key: string) => <p>{t.rich(key, { b: strong })}</p>;
  const items = (prefix: string, keys: readonly string[]) => keys.map((key) => t.rich(`${prefix}.${key}`, { b: strong }));

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <p className="mb-8 max-w-prose text-lg">{t('lead')}</p>
      <TableOfContents label={t('contents')} items={sections.map(({ id, key }) => ({ id, title: t(`${key}.heading`) }))} />

      <ProseSection id="signing-in" heading={t('signingIn.heading')}>
        {p('signingIn.intro')}
        <SubHeading>{t('signingIn.methodsHeading')}</SubHeading>
        <BulletList items={items('signingIn.methods', ['bank', 'mobile', 'card'])} />
        <SubHeading>{t('signingIn.afterHeading')}</SubHeading>
        {p('signingIn.after')}
        <SubHeading>{t('signingIn.firstTimeHeading')}</SubHeading>
        {p('signingIn.firstTime')}
        {p('signingIn.confirmEmail')}
        <SubHeading>{t('signingIn.organisationsHeading')}</SubHeading>
        {p('signingIn.organisations')}
        {p('signingIn.organisationFolder')}
      </ProseSection>

      <ProseSection id="signing-out" heading={t('signingOut.heading')}>
        {p('signingOut.link')}
        {p('signingOut.automatic')}
        <SubHeading>{t('signingOut.sharedHeading')}</SubHeading>
        {p('signingOut.sharedIntro')}
        <BulletList items={items('signingOut.shared', ['signOut', 'closeAll', 'clearCache', 'card'])} />
      </ProseSection>

      <ProseSection id="forms" heading={t('forms.heading')}>
        {p('forms.required')}
        {p('forms.errors')}
        {p('forms.steps')}
        {p('forms.drafts')}
        {p('forms.sent')}
        {p('forms.health')}
      </ProseSection>

      <ProseSection id="folder" heading={t('folder.heading')}>
        {p('folder.intro')}
        <BulletList items={items('folder.points', ['status', 'new', 'open', 'search', 'sort', 'drafts'])} />
        {p('folder.notAll')}
      </ProseSection>

      <ProseSection id="messages" heading={t('messages.heading')}>
        {p('messages.intro')}
        {p('messages.official')}
        {p('messages.attachments')}
        {p('messages.notification')}
        {p('messages.health')}
      </ProseSection>

      <ProseSection id="profile" heading={t('profile.heading')}>
        {p('profile.intro')}
        {p('profile.name')}
        {p('profile.contact')}
        {p('profile.notifications')}
        {p('profile.hours')}
        {p('profile.notPassedOn')}
      </ProseSection>

      <ProseSection id="security" heading={t('security.heading')}>
        {p('security.encrypted')}
        {p('security.neverAsk')}
        {p('security.noCommercialUse')}
        <p>{t.rich('security.privacy', { link: linkTo('/privacy') })}</p>
      </ProseSection>

      <ProseSection id="browsers" heading={t('browsers.heading')}>
        {p('browsers.intro')}
        <BulletList items={[...SUPPORTED_BROWSERS]} />
        {p('browsers.systems')}
        {p('browsers.update')}
      </ProseSection>

      <ProseSection id="support" heading={t('support.heading')}>
        {p('support.intro')}
        <p>
          <a href={SUPPORT_PHONE_URI} className="text-2xl font-bold text-bus underline">
            {SUPPORT_PHONE}
          </a>
          <br />
          {t('support.hours')}
        </p>
        {p('support.callCharge')}
        {p('support.identification')}
        <p>{t.rich('support.feedback', { link: linkTo('/feedback') })}</p>
      </ProseSection>
    </PageWithSideColumn>
  );
}
