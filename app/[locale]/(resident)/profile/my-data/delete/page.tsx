import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { DeleteProfileForm } from '@/components/my-data/delete-profile-form';
import { DeletionPlanView } from '@/components/my-data/deletion-plan';
import { requireResident } from '@/lib/auth/guards';
import { pickMessages } from '@/lib/i18n/client-messages';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { deleteOwnProfile } from '@/lib/my-data/actions';
import { planDeletion } from '@/lib/my-data/deletion';

export const generateMetadata = metadataFrom('DeleteProfilePage');

/**
 * "Delete my profile" (PRO6): the dry run first (what goes, what must be kept and why), then the
 * confirmation. Nothing is deleted until the person confirms.
 */
export default async function DeleteProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const t = await getTranslations('DeleteProfilePage');
  const plan = await planDeletion(session.personId);

  return (
    <PageMain>
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose text-lg">{t('lead')}</p>
      <DeletionPlanView plan={plan} />
      <section aria-labelledby="after-heading" className="mt-8">
        <h2 id="after-heading" className="text-xl font-bold">{t('afterHeading')}</h2>
        <ul className="mt-2 flex max-w-prose list-disc flex-col gap-1 pl-6">
          <li>{t('after.signedOut')}</li>
          <li>{t('after.signInAgain')}</li>
          <li>
            {t.rich('after.download', { link: (chunks) => <a href="/api/my-data" download className="text-bus underline">{chunks}</a> })}
          </li>
        </ul>
      </section>
      <section aria-labelledby="confirm-heading" className="mt-10 max-w-prose border-t-4 border-danger pt-6">
        <h2 id="confirm-heading" className="mb-4 text-xl font-bold">{t('confirmHeading')}</h2>
        <NextIntlClientProvider messages={await pickMessages(['DeleteProfilePage'])}>
          <DeleteProfileForm action={deleteOwnProfile} cancelHref={`/${locale}/profile/my-data`} />
        </NextIntlClientProvider>
      </section>
    </PageMain>
  );
}
