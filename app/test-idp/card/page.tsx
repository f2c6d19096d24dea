import { getTranslations } from 'next-intl/server';
import { cardHolders, fullName } from '@/lib/test-idp/test-people';
import { ChoiceList } from '../_components/choice-list';
import { ErrorScreen, openScreen, type SearchParams } from '../_components/screen';
import { TestIdpShell } from '../_components/shell';
import { TicketField, primaryButton } from '../_components/ui';

export default async function CardPage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale, error } = screen;
  const t = await getTranslations({ locale, namespace: 'TestIdp' });

  return (
    <TestIdpShell locale={locale} title={t('card.title')} screen="card" token={token}>
      <p className="mt-3">{t('card.instructions')}</p>
      <form method="post" action="/test-idp/submit/card">
        <TicketField token={token} />
        <ChoiceList
          name="person"
          legend={t('card.certificates')}
          options={cardHolders().map((holder) => ({ value: holder.id, label: fullName(holder) }))}
          error={error ? t('card.error') : undefined}
        />
        <button type="submit" className={`${primaryButton} mt-6`}>{t('continue')}</button>
      </form>
    </TestIdpShell>
  );
}
