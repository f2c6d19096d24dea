import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { startStaffSignIn } from '@/lib/auth/actions';
import { getSession, getStaffSession } from '@/lib/auth/session';
import { sameOriginPath } from '@/lib/security/same-origin-path';
import { toolsFor } from '@/lib/staff/tools';

export const generateMetadata = metadataFrom('StaffPage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ returnTo?: string; reason?: string }> };

/** Where the city's officials, editors and administrators sign in, and find their tools. */
export default async function StaffPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { returnTo: requested, reason } = await searchParams;
  const t = await getTranslations('StaffPage');
  const staff = await getStaffSession();

  if (staff) {
    const tools = toolsFor(staff.role, Boolean(staff.division));
    return (
      <PageMain>
        <PageTitle>{t('toolsTitle')}</PageTitle>
        <p className="max-w-prose">{t('signedInAs', { name: `${staff.firstNames} ${staff.lastName}`, role: t(`roles.${staff.role}`) })}</p>
        {tools.length > 0 ? (
          <ul className="mt-6 flex max-w-prose flex-col gap-3">
            {tools.map((tool) => (
              <li key={tool.href}>
                <Link href={tool.href} className="text-lg font-bold text-bus underline">{t(`tools.${tool.label}`)}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-6 max-w-prose">{t('noTools')}</p>
        )}
      </PageMain>
    );
  }

  const resident = await getSession();
  return (
    <PageMain>
      <PageTitle>{t('title')}</PageTitle>
      {reason === 'expired' && (
        <div role="status" className="mb-6 border-l-8 border-notice bg-notice-light p-4">
          <p className="font-bold">{t('expired')}</p>
        </div>
      )}
      <p className="max-w-prose">{t('lead')}</p>
      {resident ? (
        <p className="mt-6 max-w-prose border-l-8 border-notice bg-notice-light p-4">{t('signedInAsResident')}</p>
      ) : (
        <form action={startStaffSignIn} className="mt-6">
          <input type="hidden" name="returnTo" value={sameOriginPath(requested, `/${locale}/staff`)} />
          <button type="submit" className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('button')}</button>
        </form>
      )}
      <p className="mt-8 max-w-prose text-sm">{t('residents')} <Link href="/sign-in" className="text-bus underline">{t('residentsLink')}</Link></p>
    </PageMain>
  );
}
