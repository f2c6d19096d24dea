import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { PrintButton } from '@/components/forms/wizard/print-button';
import { SummaryView } from '@/components/forms/wizard/summary-view';
import { requireResident } from '@/lib/auth/guards';
import { draftAttachments } from '@/lib/forms/attachments';
import { folderHref, itemAnchor } from '@/lib/folder/href';
import { findFolderItem } from '@/lib/folder/item';

import { ownerOf } from '@/lib/forms/owner';
import { localized } from '@/lib/i18n/localized';
import { isLocale, routing } from '@/lib/i18n/routing';
import { formatItemNumber, parseItemNumber } from '@/lib/matters/item-number';
import { shownDate } from '@/lib/time/shown-date';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; itemNumber: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'FolderApplicationPage' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * Show application (FOL6): a read-only copy of a sent form, in the language it was sent in, to
 * read or print (the portal's header, footer and buttons stay off paper). Only for the item's
 * owner, and never a health care item (FOL3): anyone else gets a 404.
 */
export default async function FolderApplicationPage({ params }: Props) {
  const { locale, itemNumber } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const owner = ownerOf(session);
  const number = parseItemNumber(itemNumber);
  const item = number === null ? null : await findFolderItem(owner, number);
  if (!item) notFound();
  const t = await getTranslations('FolderApplicationPage');
  // The answers in the language they were given in: the form's labels and options with them.
  const sentIn = isLocale(item.locale) ? item.locale : routing.defaultLocale;
  const messages = await getMessages({ locale: sentIn });
  const shown = formatItemNumber(item.itemNumber);

  return (
    <PageMain>
      <p className="no-print mb-4">
        <a href={folderHref(locale, { search: '', sort: 'updated', page: 1, item: item.itemNumber }, itemAnchor(item.itemNumber))} className="font-bold text-bus underline">
          {t('back')}
        </a>
      </p>
      <PageTitle>{t('heading', { form: localized(item.definition.title, locale), itemNumber: shown })}</PageTitle>
      <p className="mb-2">{t('meta', { itemNumber: shown, sentAt: shownDate(item.sentAt, locale, 'dateTime') })}</p>
      {sentIn !== locale && <p className="mb-2">{t('sentInOtherLanguage')}</p>}
      <div className="no-print mb-8 mt-4">
        <PrintButton label={t('print')} />
      </div>
      <section lang={sentIn} aria-label={localized(item.definition.title, sentIn)} className="max-w-3xl">
        <NextIntlClientProvider locale={sentIn} messages={{ FormWizard: messages.FormWizard, FormErrors: messages.FormErrors, Attachments: messages.Attachments }}>
          <SummaryView definition={item.definition} answers={item.answers} errors={{}} files={await draftAttachments(owner, item.draftId)} locale={sentIn} />
        </NextIntlClientProvider>
      </section>
    </PageMain>
  );
}
