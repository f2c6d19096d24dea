import { getTranslations } from 'next-intl/server';
import { fullName, testResidents } from '@/lib/test-idp/test-people';
import { ErrorScreen, openScreen, type SearchParams } from '../_components/screen';
import { TestIdpShell } from '../_components/shell';
import { DataTable, TestDataBox, TextField, TicketField, primaryButton } from '../_components/ui';

const phoneErrors = ['phoneRequired', 'phoneInvalid', 'phoneUnknown'] as const;

/** 0401000001 from +358401000001: how people type their own number. */
function national(e164: string): string {
  return e164.replace(/^\+358/, '0');
}

export default async function MobilePage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale } = screen;
  const t = await getTranslations({ locale, namespace: 'TestIdp' });
  const error = phoneErrors.find((code) => code === screen.error);

  return (
    <TestIdpShell locale={locale} title={t('mobile.title')} screen="mobile" token={token}>
      <p className="mt-3 text-sm">{t('requiredNote')}</p>
      <form method="post" action="/test-idp/submit/mobile">
        <TicketField token={token} />
        <ol className="mt-4 list-decimal space-y-6 pl-6">
          <li>
            <p>{t('mobile.step1')}</p>
            <TextField
              name="phone"
              label={t('mobile.phone')}
              type="tel"
              autoComplete="tel"
              required
              hint={t('mobile.phoneHint')}
              error={error ? t(`mobile.errors.${error}`) : undefined}
            />
          </li>
          <li>
            <p>{t('mobile.step2')}</p>
            <TextField name="antiJam" label={t('mobile.antiJam')} />
          </li>
          <li>
            <p>{t('mobile.step3')}</p>
            <button type="submit" className={`${primaryButton} mt-3`}>{t('mobile.send')}</button>
          </li>
        </ol>
      </form>
      <p className="mt-6">{t('mobile.afterSend')}</p>
      <TestDataBox title={t('testData')}>
        <DataTable
          headings={[t('name'), t('mobile.phoneNumber')]}
          rows={testResidents.map((person) => [
            fullName(person),
            person.mobile.timesOut ? `${national(person.mobile.phone)} (${t('mobile.timesOut')})` : national(person.mobile.phone),
          ])}
        />
      </TestDataBox>
    </TestIdpShell>
  );
}
