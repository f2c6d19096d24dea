import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findBank } from '@/lib/test-idp/banks';
import { cancelUrl } from '@/lib/test-idp/screens';
import { fullName, testResidents } from '@/lib/test-idp/test-people';
import { ErrorScreen, lockedMinutes, openScreen, type SearchParams } from '../../_components/screen';
import { TestIdpShell } from '../../_components/shell';
import { DataTable, ErrorMessage, TestDataBox, TextField, TicketField, primaryButton, secondaryButton } from '../../_components/ui';

export default async function BankPage({ params, searchParams }: { params: Promise<{ bank: string }>; searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  const bank = findBank((await params).bank);
  if (!bank) notFound();
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale, error } = screen;
  const t = await getTranslations({ locale, namespace: 'TestIdp' });

  return (
    <TestIdpShell locale={locale} title={t('bank.title')} screen={`bank/${bank.id}`} token={token} brand={bank.name}>
      <p className="mt-3">{t('bank.instructions')}</p>
      {error ? <ErrorMessage>{error === 'locked' ? t('bank.locked', { minutes: await lockedMinutes(searchParams) }) : t('bank.error')}</ErrorMessage> : null}
      <form method="post" action="/test-idp/submit/bank">
        <TicketField token={token} />
        <input type="hidden" name="bank" value={bank.id} />
        <TextField name="userId" label={t('bank.userId')} inputMode="numeric" required />
        <TextField name="code" label={t('bank.code')} type="password" inputMode="numeric" required />
        <div className="mt-6 flex flex-wrap gap-3">
          <button type="submit" className={primaryButton}>{t('bank.ok')}</button>
          <a href={cancelUrl(token)} className={secondaryButton}>{t('cancel')}</a>
        </div>
      </form>
      <TestDataBox title={t('testData')}>
        <p className="mt-1">{t('bank.testUsersText')}</p>
        <DataTable
          headings={[t('name'), t('bank.userId'), t('bank.code')]}
          rows={testResidents.map((person) => [fullName(person), person.bank.userId, person.bank.code])}
        />
      </TestDataBox>
    </TestIdpShell>
  );
}
