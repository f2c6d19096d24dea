import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { screenUrl } from '@/lib/test-idp/screens';
import { ErrorScreen, openScreen, type SearchParams } from '../../_components/screen';
import { TestIdpShell } from '../../_components/shell';
import { TicketField, primaryButton } from '../../_components/ui';

export default async function MobileRequestPage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale, ticket } = screen;
  if (ticket.pending?.kind !== 'mobile') redirect(screenUrl('mobile', token));
  const t = await getTranslations({ locale, namespace: 'TestIdp' });

  return (
    <TestIdpShell locale={locale} title={t('mobileRequest.title')} screen="mobile/request" token={token}>
      <p className="mt-4">{t('mobileRequest.compare')}</p>
      <p className="mt-2 inline-block border-2 border-gray-90 px-5 py-2 font-mono text-3xl font-bold tracking-widest">{ticket.pending.numberCode}</p>
      <p className="mt-4">{t('mobileRequest.instructions')}</p>
      <p className="mt-4 border-2 border-dashed border-gray-60 bg-fog-light p-4 text-sm">{t('mobileRequest.simulate')}</p>
      <form method="post" action="/test-idp/submit/mobile-confirm" className="mt-6">
        <TicketField token={token} />
        <button type="submit" className={primaryButton}>{t('mobileRequest.accept')}</button>
      </form>
    </TestIdpShell>
  );
}
