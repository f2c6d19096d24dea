import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { SUPPORT_PHONE, SUPPORT_PHONE_URI } from '@/components/layout/site-footer';
import { feedbackCategories } from '@/db/schema/feedback';
import { FEEDBACK_MESSAGE_MAX } from '@/lib/feedback/schema';
import { externalLink } from '../_components/prose';
import { FeedbackForm } from './_components/feedback-form';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('FeedbackPage', { withDescription: true });

export default async function FeedbackPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('FeedbackPage');
  // The form's texts only, not every page's.
  const messages = await getMessages();

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <div className="flex max-w-prose flex-col gap-3">
        <p className="text-lg">{t('lead')}</p>
        <p>
          {t.rich('notForMatters', { number: SUPPORT_PHONE, phone: externalLink(SUPPORT_PHONE_URI) })}
        </p>
      </div>
      <div className="mt-8 max-w-prose">
        <NextIntlClientProvider messages={{ FeedbackPage: messages.FeedbackPage }}>
          <FeedbackForm categories={[...feedbackCategories]} maxLength={FEEDBACK_MESSAGE_MAX} />
        </NextIntlClientProvider>
      </div>
    </PageWithSideColumn>
  );
}
