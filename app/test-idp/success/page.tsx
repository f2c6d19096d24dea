import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { screenUrl } from '@/lib/test-idp/screens';
import { findOrganisation, findResident, findStaffMember, fullName } from '@/lib/test-idp/test-people';
import { ErrorScreen, openScreen, type SearchParams } from '../_components/screen';
import { TestIdpShell } from '../_components/shell';
import { TicketField, primaryButton } from '../_components/ui';

/** ID3: the code is issued only when the person presses "Continue to the service". */
export default async function SuccessPage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale, ticket } = screen;
  const identified = ticket.identified;
  const person = identified?.kind === 'staff' ? findStaffMember(identified.personId) : identified ? findResident(identified.personId) : undefined;
  if (!identified || !person) redirect(screenUrl('identify', token));
  const organisation = identified.kind === 'resident' && identified.organisation ? findOrganisation(identified.organisation) : undefined;
  const t = await getTranslations({ locale, namespace: 'TestIdp' });

  return (
    <TestIdpShell locale={locale} title={t('success.title')} screen="success" token={token}>
      <p className="mt-4">{t('success.text', { name: fullName(person) })}</p>
      {organisation ? <p className="mt-2">{t('success.organisation', { organisation: `${organisation.name} (${organisation.businessId})` })}</p> : null}
      <form method="post" action="/test-idp/submit/continue" className="mt-6">
        <TicketField token={token} />
        <button type="submit" className={primaryButton}>{t('success.continue')}</button>
      </form>
    </TestIdpShell>
  );
}
