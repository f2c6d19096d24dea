import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { BackLink } from '@/components/editor/back-link';
import { SummaryView } from '@/components/forms/wizard/summary-view';
import { requireStaff } from '@/lib/auth/guards';
import { allFields } from '@/lib/forms/definition';
import { pickMessages } from '@/lib/i18n/client-messages';
import { localized } from '@/lib/i18n/localized';
import { officialActor } from '@/lib/matters/actor';
import { handlingDone } from '@/lib/matters/back-office-form';
import { CITY_MESSAGE_FORM, readFlash } from '@/lib/matters/flash';

import { openItem, settableStatuses, statusChangeRefusal } from '@/lib/matters/handling';
import { DecisionForm, InformationRequestForm, StatusForm } from '../_components/handling-forms';
import { MessageForm } from '../_components/message-form';
import { ItemComplements, ItemHistory, ItemMessages, ItemRequests } from '../_components/item-sections';
import { FileList } from '../_components/file-list';
import { StatusTag } from '../_components/status-tag';
import { formatItemNumber, parseItemNumber } from '@/lib/matters/item-number';
import { shownDate } from '@/lib/time/shown-date';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; itemNumber: string }>; searchParams: Promise<{ done?: string; flash?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, itemNumber } = await params;
  const t = await getTranslations({ locale, namespace: 'Matters' });
  const number = parseItemNumber(itemNumber);
  return { title: number ? t('itemTitle', { itemNumber: formatItemNumber(number) }) : t('title'), robots: { index: false } };
}

/**
 * One matter for an official of its division (USE4): the application as sent, its files,
 * messages, requests and history, and what the official can do next. Opening the page is
 * written in the access log the owner sees (PRO7). Anyone else's item is a 404.
 */
export default async function MatterPage({ params, searchParams }: Props) {
  const { locale, itemNumber: typed } = await params;
  setRequestLocale(locale);
  const actor = officialActor(await requireStaff(['official']));
  const itemNumber = parseItemNumber(typed);
  if (!actor || itemNumber === null) notFound();
  const item = await openItem(actor, itemNumber, 'back_office');
  if (!item) notFound();

  const t = await getTranslations('Matters');
  const tStatus = await getTranslations('Statuses');
  const { done, flash: flashId } = await searchParams;
  const flash = readFlash(await cookies(), CITY_MESSAGE_FORM, flashId);
  const number = formatItemNumber(item.itemNumber);
  const when = (date: Date) => shownDate(date, locale, 'dateTime');
  const fileHref = (fileId: string) => `/${locale}/matters/${item.itemNumber}/files/${fileId}`;

  const statusChoices = settableStatuses.filter((status) => statusChangeRefusal(item.status, status) === null).map((status) => ({ value: status, label: tStatus(`${status}.name`) }));
  const final = item.status === 'decided' || item.status === 'cancelled';
  const openRequest = item.informationRequests.some((request) => !request.answeredAt);
  const fields = allFields(item.definition).map((field) => ({ name: field.name, label: localized(field.label, locale) }));
  const decisions = item.files.filter((file) => file.purpose === 'decision');
  const formFiles = item.attachments.map((file) => ({ ...file, href: fileHref(file.id) }));
  const languageName = (['fi', 'sv', 'en'] as const).find((entry) => entry === item.locale);

  return (
    <PageMain>
      <BackLink href="/matters" label={t('backToQueue')} />
      <PageTitle>
        {localized(item.serviceName, locale)}
        <span className="block text-xl font-normal sm:text-2xl">{t('itemTitle', { itemNumber: number })}</span>
      </PageTitle>
      <div role="status">
        {done && (handlingDone as readonly string[]).includes(done) && <p className="mb-6 max-w-prose border-l-8 border-ok bg-ok-light p-4 font-bold">{t(`done.${done}`)}</p>}
      </div>

      <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{t('facts.status')}</dt>
        <dd>
          <StatusTag status={item.status} label={tStatus(`${item.status}.name`)} />
          <span className="mt-1 block text-sm text-gray-80">{tStatus(`${item.status}.explanation`)}</span>
        </dd>
        <dt className="font-bold">{t('facts.sent')}</dt>
        <dd>{when(item.sentAt)}</dd>
        <dt className="font-bold">{t('facts.updated')}</dt>
        <dd>{when(item.updatedAt)}</dd>
        <dt className="font-bold">{t('facts.owner')}</dt>
        <dd>{t(`owner.${item.ownerKind}`)}</dd>
        <dt className="font-bold">{t('facts.language')}</dt>
        <dd>{languageName ? t(`languages.${languageName}`) : item.locale}</dd>
        {!item.savedToFolder && (
          <>
            <dt className="font-bold">{t('facts.folder')}</dt>
            <dd>{t('facts.notInFolder')}</dd>
          </>
        )}
      </dl>

      {/* On a phone the actions come after the whole application: a way straight to them. */}
      <p className="mt-6 lg:hidden print:hidden">
        <a href="#actions-heading" className="font-bold text-bus underline">{t('actions.skipTo')}</a>
      </p>

      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-10">
          <section aria-labelledby="application-heading">
            <h2 id="application-heading" className="mb-4 text-2xl font-bold">{t('application')}</h2>
            <NextIntlClientProvider messages={await pickMessages(['FormWizard', 'FormErrors'])}>
              <SummaryView definition={item.definition} answers={item.answers} errors={{}} files={item.attachments} locale={locale} />
            </NextIntlClientProvider>
          </section>
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading" className="mb-3 text-2xl font-bold">{t('attachments')}</h2>
            <FileList files={formFiles} empty={t('noAttachments')} />
            {decisions.length > 0 && (
              <>
                <h3 className="mt-6 mb-2 text-lg font-bold">{t('decisions')}</h3>
                <FileList files={decisions.map((file) => ({ ...file, href: fileHref(file.id) }))} empty="" />
              </>
            )}
          </section>
          <ItemRequests item={item} locale={locale} />
          <ItemComplements item={item} locale={locale} fileHref={fileHref} />
          <ItemMessages item={item} fileHref={fileHref} />
          <ItemHistory item={item} />
        </div>

        <aside aria-labelledby="actions-heading" className="flex min-w-0 flex-col gap-6 print:hidden">
          <h2 id="actions-heading" tabIndex={-1} className="text-2xl font-bold">{t('actions.title')}</h2>
          <NextIntlClientProvider messages={await pickMessages(['Matters', 'Attachments'])}>
            {statusChoices.length > 0 ? <StatusForm itemNumber={item.itemNumber} choices={statusChoices} /> : <p className="border-l-8 border-gray-60 bg-gray-5 p-4">{t('actions.statusFinal')}</p>}
            {final ? null : openRequest ? (
              <p className="border-l-8 border-notice bg-notice-light p-4">{t('actions.requestOpen')}</p>
            ) : (
              <InformationRequestForm itemNumber={item.itemNumber} fields={fields} />
            )}
            <MessageForm locale={locale} itemNumber={item.itemNumber} started={item.messages.length > 0} flash={flash} />
            {item.status !== 'cancelled' && <DecisionForm itemNumber={item.itemNumber} />}
          </NextIntlClientProvider>
        </aside>
      </div>
    </PageMain>
  );
}
