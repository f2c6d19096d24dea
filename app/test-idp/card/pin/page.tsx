import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cancelUrl, screenUrl } from '@/lib/test-idp/screens';
import { findResident, fullName } from '@/lib/test-idp/test-people';
import { ErrorScreen, lockedMinutes, openScreen, type SearchParams } from '../../_components/screen';
import { TestIdpShell } from '../../_components/shell';
import { TestDataBox, TextField, TicketField, primaryButton, secondaryButton } from '../../_components/ui';

export default async function CardPinPage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale, ticket, error } = screen;
  const holder = ticket.pending?.kind === 'card' ? findResident(ticket.pending.personId) : undefined;
  if (!holder?.card) redirect(screenUrl('card', token));
  const t = await getTranslations({ locale, namespace: 'TestIdp' });

  return (
    <TestIdpShell locale={locale} title={t('cardPin.title')} screen="card/pin" token={token}>
      <p className="mt-3">{t('cardPin.certificate', { name: fullName(holder) })}</p>
      <form method="post" action="/test-idp/submit/card-pin">
        <TicketField token={token} />
        <TextField name="pin" label={t('cardPin.pin')} type="password" inputMode="numeric" required error={error ? (error === 'locked' ? t('cardPin.locked', { minutes: await lockedMinutes(searchParams) }) : t('cardPin.error')) : undefined} />
        <div className="mt-6 flex flex-wrap gap-3">
          <button type="submit" className={primaryButton}>{t('bank.ok')}</button>
          <a href={cancelUrl(token)} className={secondaryButton}>{t('cancel')}</a>
        </div>
      </form>
      <TestDataBox title={t('testData')}>
        <p className="mt-1">{t('cardPin.help', { pin: holder.card.pin })}</p>
      </TestDataBox>
    </TestIdpShell>
  );
}
