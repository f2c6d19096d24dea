import { getTranslations } from 'next-intl/server';
import { demoDivisions } from '@/db/seed/demo-divisions';
import { testBanks } from '@/lib/test-idp/banks';
import { screenUrl } from '@/lib/test-idp/screens';
import { fullName, testStaff } from '@/lib/test-idp/test-people';
import { ErrorScreen, openScreen, type SearchParams } from '../_components/screen';
import { TestIdpShell } from '../_components/shell';
import { TicketField } from '../_components/ui';

const tile = 'flex h-full min-h-14 items-center justify-center border-2 border-gray-20 bg-white px-3 py-3 text-center font-bold text-gray-90 no-underline hover:border-gray-90';

export default async function IdentifyPage({ searchParams }: { searchParams: SearchParams }) {
  const screen = await openScreen(searchParams);
  if (!screen.ok) return <ErrorScreen reason="expired" locale={screen.locale} />;
  const { token, locale } = screen;
  const t = await getTranslations({ locale, namespace: 'TestIdp' });

  return (
    <TestIdpShell locale={locale} title={t('chooser.title')} screen="identify" token={token}>
      <p className="mt-3">{t('chooser.intro')}</p>

      <section aria-labelledby="personal" className="mt-8">
        <h2 id="personal" className="text-xl font-bold">{t('chooser.personalHeading')}</h2>
        <h3 className="mt-4 font-bold">{t('chooser.banksHeading')}</h3>
        <ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
          {testBanks.map((bank) => (
            <li key={bank.id}>
              <a href={screenUrl(`bank/${bank.id}`, token)} className={tile}>{bank.name}</a>
            </li>
          ))}
        </ul>
        <h3 className="mt-6 font-bold">{t('chooser.otherMethodsHeading')}</h3>
        <ul className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <li><a href={screenUrl('mobile', token)} className={tile}>{t('chooser.mobile')}</a></li>
          <li><a href={screenUrl('card', token)} className={tile}>{t('chooser.card')}</a></li>
        </ul>
      </section>

      <section aria-labelledby="corporate" className="mt-10 border-t border-gray-20 pt-6">
        <h2 id="corporate" className="text-xl font-bold">{t('chooser.corporateHeading')}</h2>
        <p className="mt-2">{t('chooser.corporateText')}</p>
        <p className="mt-3">
          <a href={screenUrl('corporate', token)} className={`${tile} sm:inline-flex`}>{t('chooser.corporateLink')}</a>
        </p>
      </section>

      <section aria-labelledby="staff" className="mt-10 border-t border-gray-20 pt-6">
        <h2 id="staff" className="text-xl font-bold">{t('chooser.staffHeading')}</h2>
        <p className="mt-2">{t('chooser.staffText')}</p>
        <form method="post" action="/test-idp/submit/staff" className="mt-3">
          <TicketField token={token} />
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {testStaff.map((member) => {
              const division = demoDivisions.find((candidate) => candidate.slug === member.division);
              return (
                <li key={member.id}>
                  <button type="submit" name="person" value={member.id} className={`${tile} w-full cursor-pointer flex-col`}>
                    <span>{fullName(member)}</span>
                    <span className="text-sm font-normal">
                      {division ? `${t(`roles.${member.role}`)}, ${division.name[locale]}` : t(`roles.${member.role}`)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </form>
      </section>
    </TestIdpShell>
  );
}
