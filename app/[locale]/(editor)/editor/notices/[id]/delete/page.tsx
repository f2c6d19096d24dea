import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { removeNotice } from '@/lib/notices/actions';
import { findNotice } from '@/lib/notices/queries';
import { BackLink } from '@/components/editor/back-link';

export const generateMetadata = metadataFrom('EditorNotices');

/** Editors: "Delete the notice?", a page of its own so that it works without JavaScript. */
export default async function DeleteNoticePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const notice = await findNotice(id);
  if (!notice) notFound();
  const t = await getTranslations('EditorNotices');
  return (
    <PageMain>
      <BackLink href="/editor/notices" label={t('backToList')} />
      <PageTitle>{t('confirmTitle')}</PageTitle>
      <p className="max-w-prose">{t('confirmText', { title: localized(notice.title, locale) })}</p>
      <form action={removeNotice} className="mt-6 flex flex-wrap items-center gap-6">
        <input type="hidden" name="id" value={notice.id} />
        <button type="submit" className="bg-danger px-6 py-3 font-bold text-white hover:bg-danger-dark">{t('confirmDelete')}</button>
        <Link href="/editor/notices" className="font-bold text-bus underline">{t('cancel')}</Link>
      </form>
    </PageMain>
  );
}
