import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { requireStaff } from '@/lib/auth/guards';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { emptyNoticeValues } from '@/lib/notices/schema';
import { now } from '@/lib/time/clock';
import { BackLink } from '@/components/editor/back-link';
import { NoticeForm } from '../_components/notice-form';

export const generateMetadata = metadataFrom('EditorNotices');

/** Editors: a new service notice, starting now unless they choose otherwise. */
export default async function NewNoticePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const t = await getTranslations('EditorNotices');
  const messages = await getMessages();
  return (
    <PageMain>
      <BackLink href="/editor/notices" label={t('backToList')} />
      <PageTitle>{t('createTitle')}</PageTitle>
      <NextIntlClientProvider messages={{ EditorNotices: messages.EditorNotices }}>
        <NoticeForm values={emptyNoticeValues(now())} />
      </NextIntlClientProvider>
    </PageMain>
  );
}
