import { getTranslations } from 'next-intl/server';
import { fullName, representatives } from '@/lib/test-idp/test-people';
import { ChoiceList } from '../_components/choice-list';
import { ErrorScreen, openScreen, type SearchParams } from '../_components/screen';
import { TestIdpShell } from '../_components/shell';
import { TicketField, primaryButton } from '../_components/ui';

export default async function CorporatePage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale, error } = screen;
  const t = await getTranslations({ locale, namespace: 'TestIdp' });

  return (
    <TestIdpShell locale={locale} title={t('corporate.title')} screen="corporate" token={token}>
      <p className="mt-3">{t('corporate.intro')}</p>
      <form method="post" action="/test-idp/submit/corporate">
        <TicketField token={token} />
        <ChoiceList
          name="person"
          legend={t('corporate.person')}
          options={representatives().map((person) => ({ value: person.id, label: fullName(person) }))}
          error={error ? t('corporate.error') : undefined}
        />
        <button type="submit" className={`${primaryButton} mt-6`}>{t('continue')}</button>
      </form>
    </TestIdpShell>
  );
}
