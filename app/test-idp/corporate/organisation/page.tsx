import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { screenUrl } from '@/lib/test-idp/screens';
import { findOrganisation, findResident, fullName } from '@/lib/test-idp/test-people';
import { ChoiceList } from '../../_components/choice-list';
import { ErrorScreen, openScreen, type SearchParams } from '../../_components/screen';
import { TestIdpShell } from '../../_components/shell';
import { TicketField, primaryButton } from '../../_components/ui';

export default async function OrganisationPage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale, ticket, error } = screen;
  const person = ticket.pending?.kind === 'corporate' ? findResident(ticket.pending.personId) : undefined;
  if (!person) redirect(screenUrl('corporate', token));
  const t = await getTranslations({ locale, namespace: 'TestIdp' });
  const organisations = person.represents.flatMap((businessId) => findOrganisation(businessId) ?? []);

  return (
    <TestIdpShell locale={locale} title={t('organisation.title')} screen="corporate/organisation" token={token}>
      <p className="mt-3">{t('organisation.intro', { name: fullName(person) })}</p>
      <form method="post" action="/test-idp/submit/organisation">
        <TicketField token={token} />
        <ChoiceList
          name="organisation"
          legend={t('organisation.organisation')}
          options={organisations.map((organisation) => ({
            value: organisation.businessId,
            label: organisation.name,
            detail: t('organisation.businessId', { businessId: organisation.businessId }),
          }))}
          error={error ? t('organisation.error') : undefined}
        />
        <button type="submit" className={`${primaryButton} mt-6`}>{t('continue')}</button>
      </form>
    </TestIdpShell>
  );
}
