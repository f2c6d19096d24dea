import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { requireStaff } from '@/lib/auth/guards';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { findNotice } from '@/lib/notices/queries';
import { noticeValuesOf } from '@/lib/notices/schema';
import { BackLink } from '@/components/editor/back-link';
import { NoticeForm } from '../_components/notice-form';

export const generateMetadata = metadataFrom('EditorNotices');

/** Editors: one service notice to change. */
export default async function EditNoticePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const notice = await findNotice(id);
  if (!notice) notFound();
  const t = await getTranslations('EditorNotices');
  const messages = await getMessages();
  return (
    <PageMain>
      <BackLink href="/editor/notices" label={t('backToList')} />
      <PageTitle>{t('editTitle')}</PageTitle>
      <NextIntlClientProvider messages={{ EditorNotices: messages.EditorNotices }}>
        <NoticeForm id={notice.id} values={noticeValuesOf(notice)} />
      </NextIntlClientProvider>
    </PageMain>
  );
}
