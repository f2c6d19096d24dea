import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatItemNumber } from '@/lib/matters/item-number';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { PrintButton } from '@/components/forms/wizard/print-button';
import { SummaryView } from '@/components/forms/wizard/summary-view';
import { requireResident } from '@/lib/auth/guards';
import { draftAttachments } from '@/lib/forms/attachments';
import { ownerOf } from '@/lib/forms/owner';
import { findSubmission } from '@/lib/forms/queries';
import { pickMessages } from '@/lib/i18n/client-messages';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { shownDate } from '@/lib/time/shown-date';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string; itemNumber: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'FormSentPage' });
  return { title: t('title'), robots: { index: false } };
}

/** After sending (FRM2): the item number, and a copy of what was sent to print. Only for its owner. */
export default async function FormSentPage({ params }: Props) {
  const { locale, slug, itemNumber } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const submission = /^\d{1,15}$/.test(itemNumber) ? await findSubmission(ownerOf(session), Number(itemNumber)) : null;
  if (!submission || submission.formSlug !== slug) notFound();
  const t = await getTranslations('FormSentPage');
  const number = formatItemNumber(submission.itemNumber);

  return (
    <PageMain>
      <PageTitle>{localized(submission.definition.title, locale)}</PageTitle>
      <div role="status" className="mb-8 max-w-prose border-l-8 border-ok bg-ok-light p-4 text-lg">
        <p className="font-bold">{t('success', { itemNumber: number })}</p>
        <p className="mt-2">{submission.savedToFolder ? t('inFolder') : t('notInFolder')}</p>
      </div>
      <div className="mb-8 flex flex-wrap gap-4 print:hidden">
        <PrintButton label={t('print')} />
        {submission.savedToFolder && <Link href="/folder" className="px-2 py-3 font-bold text-bus underline">{t('toFolder')}</Link>}
        <Link href="/e-services" className="px-2 py-3 font-bold text-bus underline">{t('toServices')}</Link>
      </div>
      <section aria-labelledby="copy-heading" className="max-w-3xl">
        <h2 id="copy-heading" className="mb-2 text-2xl font-bold">{t('copyHeading')}</h2>
        <p className="mb-6">
          {t('copyMeta', { itemNumber: number, sentAt: shownDate(submission.sentAt, locale, 'dateTime') })}
        </p>
        <NextIntlClientProvider messages={await pickMessages(['FormWizard', 'FormErrors', 'Attachments'])}>
          <SummaryView definition={submission.definition} answers={submission.answers} errors={{}} files={await draftAttachments(ownerOf(session), submission.draftId)} locale={locale} />
        </NextIntlClientProvider>
      </section>
    </PageMain>
  );
}
