import { getTranslations } from 'next-intl/server';
import { screenUrl } from '@/lib/test-idp/screens';
import { ErrorScreen, openScreen, type SearchParams } from '../../_components/screen';
import { TestIdpShell } from '../../_components/shell';
import { ErrorMessage, secondaryButton } from '../../_components/ui';

export default async function MobileInterruptedPage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale } = screen;
  const t = await getTranslations({ locale, namespace: 'TestIdp' });

  return (
    <TestIdpShell locale={locale} title={t('mobileInterrupted.title')} screen="mobile/interrupted" token={token}>
      <ErrorMessage>{t('mobileInterrupted.text')}</ErrorMessage>
      <p className="mt-6">
        <a href={screenUrl('identify', token)} className={secondaryButton}>{t('mobileInterrupted.back')}</a>
      </p>
    </TestIdpShell>
  );
}
