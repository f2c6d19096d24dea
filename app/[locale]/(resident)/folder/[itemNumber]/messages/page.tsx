import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { requireResident } from '@/lib/auth/guards';
import { markItemSeen } from '@/lib/folder/item';
import { ownerOf } from '@/lib/forms/owner';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { readFlash, REPLY_FORM } from '@/lib/matters/flash';
import { itemConversation } from '@/lib/matters/resident';
import { itemMessagesPath } from '@/lib/matters/return-path';
import { ItemMessages } from '../../_components/item-messages';
import { ReplyForm } from '../../_components/reply-form';
import { formatItemNumber, parseItemNumber } from '@/lib/matters/item-number';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; itemNumber: string }>; searchParams: Promise<{ flash?: string; reply?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ItemMessages' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * The conversation on one of the resident's items (MSG1–MSG3) and, once the city has written,
 * the reply form. Only for the item's owner and only for an item the folder keeps: anything
 * else is not found.
 */
export default async function ItemMessagesPage({ params, searchParams }: Props) {
  const { locale, itemNumber } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const session = await requireResident();
  const number = parseItemNumber(itemNumber);
  const conversation = number === null ? null : await itemConversation(ownerOf(session), number);
  if (!conversation) notFound();
  // Reading the city's messages here is opening the item: it is no longer "New" in the folder (FOL5).
  await markItemSeen(ownerOf(session), conversation.item.itemNumber);
  const { item, messages, started } = conversation;
  const t = await getTranslations('ItemMessages');
  const flash = readFlash(await cookies(), REPLY_FORM, query.flash);
  const padded = formatItemNumber(item.itemNumber);

  return (
    <PageMain>
      <p className="mb-4">
        <Link href="/folder" className="font-bold text-bus underline">{t('backToFolder')}</Link>
      </p>
      <PageTitle>{t('title', { form: localized(item.title, locale) })}</PageTitle>
      <p className="mb-6">{t('itemNumber', { number: padded })}</p>
      {query.reply === 'sent' && !flash && (
        <div role="status" className="mb-6 max-w-prose border-l-8 border-ok bg-ok-light p-4 font-bold">{t('sent')}</div>
      )}
      <section aria-labelledby="messages-heading" id="messages">
        <h2 id="messages-heading" className="mb-4 text-2xl font-bold">{t('heading')}</h2>
        <ItemMessages locale={locale} itemNumber={item.itemNumber} messages={messages} />
      </section>
      {started ? (
        <ReplyForm locale={locale} itemNumber={item.itemNumber} returnTo={itemMessagesPath(locale, itemNumber)} flash={flash} />
      ) : (
        <p className="mt-8 max-w-prose">{t('notStartedNote')}</p>
      )}
    </PageMain>
  );
}
