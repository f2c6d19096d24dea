import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-layout';
import { requireResident } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/routing';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { representedOrganisations } from '@/lib/roles/queries';
import { roleReturnPath } from '@/lib/roles/return-to';
import { isRoleError } from '@/lib/roles/schema';
import { keepTogether } from '@/components/roles/keep-together';
import { RoleForm } from './_components/role-form';

export const generateMetadata = metadataFrom('RolePage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ returnTo?: string; error?: string }> };

/**
 * Whom the person acts for (ID2, FOL1): themself or an organisation the e-authorizations let them
 * represent. Reached from "Change role" in the header; afterwards back where the person was.
 */
export default async function RolePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const { returnTo: requested, error } = await searchParams;
  const t = await getTranslations('RolePage');
  const returnTo = roleReturnPath(requested, isLocale(locale) ? locale : 'fi');
  const organisations = await representedOrganisations(session);
  const name = `${session.firstNames} ${session.lastName}`;

  return (
    <PageMain>
      <div className="max-w-prose">
        <PageTitle>{t('title')}</PageTitle>
        <p className="text-lg">{t('lead')}</p>
        <p className="mt-4 border-l-8 border-bus bg-bus-light p-4 break-words">
          {session.actingFor
            ? t.rich('currentOrganisation', { organisation: session.actingFor.name, businessId: session.actingFor.businessId, id: keepTogether })
            : t('currentPersonal')}
        </p>
        {organisations.length > 0 ? (
          <RoleForm
            returnTo={returnTo}
            current={session.actingFor?.id ?? 'personal'}
            error={isRoleError(error) ? error : undefined}
            options={[
              { value: 'personal', label: t('personal'), detail: t('personalDetail', { name }) },
              ...organisations.map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
                detail: t('businessId', { businessId: organisation.businessId }),
              })),
            ]}
          />
        ) : (
          <>
            <p className="mt-6">{t('none')}</p>
            <p className="mt-6">
              <a href={returnTo} className="font-bold text-bus underline">{t('back')}</a>
            </p>
          </>
        )}
      </div>
    </PageMain>
  );
}
