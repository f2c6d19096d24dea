import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { listOutboxMessages, OUTBOX_PAGE_SIZE, type OutboxMessage } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import { addressPage, addressText } from '@/lib/text/address-text';
import { shownDate } from '@/lib/time/shown-date';

/*
 * Every e-mail and text message, including confirmation codes, for developers and testers to read
 * without a mail server. Never in production, where it would show everyone's messages.
 */

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};


// Stored as a lower-case identifier ("resend"); shown as the product's name.
function providerName(identifier: string): string {
  return identifier.charAt(0).toUpperCase() + identifier.slice(1);
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  if (env.APP_ENV === 'production') return {};
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'OutboxPage' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function OutboxPage({ params, searchParams }: Props) {
  if (env.APP_ENV === 'production') notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('OutboxPage');
  const query = await searchParams;
  const recipient = addressText(query.to, 200).trim();
  const { messages, total, page, pages } = await listOutboxMessages({ recipient, page: addressPage(query.page) });
  const pageHref = (target: number) => ({ pathname: '/outbox', query: { ...(recipient ? { to: recipient } : {}), ...(target > 1 ? { page: String(target) } : {}) } });
  const first = (page - 1) * OUTBOX_PAGE_SIZE + 1;

  return (
    <PageMain>
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose">{t('lead')}</p>

      <form method="get" role="search" className="mt-8 flex max-w-2xl flex-col gap-1">
        <label htmlFor="outbox-recipient" className="font-bold">
          {t('filterLabel')}
        </label>
        <p id="outbox-recipient-hint" className="text-sm text-gray-80">
          {t('filterHint')}
        </p>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-stretch">
          <input
            id="outbox-recipient"
            name="to"
            type="search"
            defaultValue={recipient}
            aria-describedby="outbox-recipient-hint"
            autoComplete="off"
            spellCheck={false}
            className="w-full min-w-0 border-2 border-gray-60 bg-white px-3 py-2 text-gray-90 sm:flex-1"
          />
          <button type="submit" className="bg-bus px-6 py-2 font-bold text-white hover:bg-bus-dark">
            {t('filterSubmit')}
          </button>
        </div>
        {recipient && (
          <p className="mt-2">
            <Link href="/outbox" className="text-bus underline">
              {t('showAll')}
            </Link>
          </p>
        )}
      </form>

      {total === 0 ? (
        <p className="mt-8 font-bold">{recipient ? t('emptyFiltered', { recipient }) : t('empty')}</p>
      ) : (
        <>
          <p className="mt-8 font-bold">{t('range', { from: first, to: first + messages.length - 1, total })}</p>
          <ol className="mt-4 flex flex-col gap-6">
            {messages.map((message) => (
              <li key={message.id}>
                <OutboxEntry message={message} />
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav aria-label={t('pages')} className="mt-8 grid grid-cols-2 items-center gap-4 border-t border-gray-20 pt-4 sm:grid-cols-[1fr_auto_1fr]">
              <p className="order-first col-span-2 text-center sm:order-none sm:col-span-1 sm:col-start-2">{t('pageOf', { page, pages })}</p>
              {page > 1 && (
                <Link href={pageHref(page - 1)} className="col-start-1 row-start-2 justify-self-start font-bold text-bus underline sm:row-start-1">
                  <span aria-hidden="true">← </span>
                  {t('newer')}
                </Link>
              )}
              {page < pages && (
                <Link href={pageHref(page + 1)} className="col-start-2 row-start-2 justify-self-end text-right font-bold text-bus underline sm:col-start-3 sm:row-start-1">
                  {t('older')}
                  <span aria-hidden="true"> →</span>
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </PageMain>
  );
}

async function OutboxEntry({ message }: { message: OutboxMessage }) {
  const t = await getTranslations('OutboxPage');
  const locale = await getLocale();
  const channel = t(`channels.${message.channel}`);
  return (
    <article className="border border-gray-20 border-l-8 border-l-coat p-4 sm:p-6">
      <h2 className="text-xl font-bold break-words">{message.subject ?? (message.channel === 'sms' ? channel : t('noSubject'))}</h2>
      <dl className="mt-3 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:gap-x-6">
        <dt className="font-bold">{t('sentAt')}</dt>
        <dd>
          <time dateTime={message.createdAt.toISOString()}>
            {shownDate(message.createdAt, locale, 'mediumDateTimeSeconds')}
          </time>
        </dd>
        <dt className="font-bold">{t('channel')}</dt>
        <dd>{channel}</dd>
        <dt className="font-bold">{t('recipient')}</dt>
        <dd className="break-all">{message.recipient}</dd>
        <dt className="font-bold">{t('delivery')}</dt>
        <dd>
          {message.deliveredVia === 'outbox' ? t('deliveredVia.outbox') : t('deliveredVia.other', { provider: providerName(message.deliveredVia) })}
          {message.providerMessageId && <span className="block break-all">{t('providerId', { id: message.providerMessageId })}</span>}
          {message.error && <span className="block font-bold text-danger">{t('failed', { error: message.error })}</span>}
        </dd>
      </dl>
      <pre className="mt-4 overflow-x-auto bg-gray-5 p-4 font-mono text-sm whitespace-pre-wrap break-words">{message.text}</pre>
    </article>
  );
}
