import { getFormatter, getTranslations } from 'next-intl/server';
import type { LocalizedText } from '@/db/schema/localized-text';
import { useAsTemplateAction } from '@/lib/folder/actions';
import type { ItemDetails, ItemEventEntry, ItemFileEntry } from '@/lib/folder/item';
import { localized } from '@/lib/i18n/localized';
import type { Flash } from '@/lib/matters/flash';
import { ReplyForm } from './reply-form';
import { shownDate } from '@/lib/time/shown-date';

/** 2 400 000 bytes → "2.3 MB", in the reader's number format. */
function fileSizeFormatter(format: Awaited<ReturnType<typeof getFormatter>>) {
  return (bytes: number) => {
    if (bytes < 1024) return format.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
    if (bytes < 1024 * 1024) return format.number(bytes / 1024, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 });
    return format.number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 });
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An opened item (FOL6, PRO7): the status and what it means, the functions, the conversation
 * (read here; the reply is written on the item's messages page), the files, the dated history and
 * who at the city opened it. The city is always "City of Helsinki / division", never an official.
 */
export type ReplyState = {
  /** Where the reply form posts back to: the folder as it is, with this item open. */
  returnTo: string;
  /** What a refused reply left (lib/matters/flash.ts). */
  flash: Flash | null;
  /** The reply just went through. */
  sent: boolean;
};

export async function ItemDetailsView({ locale, details, reply }: { locale: string; details: ItemDetails; reply: ReplyState }) {
  const t = await getTranslations('FolderPage');
  const statuses = await getTranslations('Statuses');
  const itemMessages = await getTranslations('ItemMessages');
  const format = await getFormatter();
  const fileSize = fileSizeFormatter(format);
  const { item } = details;
  const base = `/${locale}/folder/${item.itemNumber}`;
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>{shownDate(date, locale, 'dateTime')}</time>
  );
  const city = (division: LocalizedText | null) => (division ? t('cityDivision', { division: localized(division, locale) }) : t('city'));
  const fileLink = (file: ItemFileEntry) => (
    <>
      <a href={`${base}/files/${file.id}`} className="font-bold text-bus underline" download>
        {file.name}
      </a>{' '}
      <span className="text-gray-80">({fileSize(file.size)})</span>
    </>
  );
  const eventText = (event: ItemEventEntry) => {
    const by = event.actor === 'resident' ? null : city(event.division);
    switch (event.type) {
      case 'status':
        return by ? t('events.statusBy', { status: statuses(`${event.status ?? 'sent'}.name`), by }) : statuses(`${event.status ?? 'sent'}.name`);
      case 'message':
        return by ? t('events.messageFrom', { by }) : t('events.messageFromYou');
      case 'decision':
        return t('events.decision', { by: by ?? t('city') });
      case 'complement':
        return t('events.complement');
    }
  };
  const heading = 'mt-6 text-base font-bold uppercase tracking-wide';
  const days = details.typicalProcessingMs === null ? null : Math.max(1, Math.round(details.typicalProcessingMs / DAY_MS));

  return (
    <div className="mt-4 flex flex-col gap-2">
      <h4 className={heading.replace('mt-6 ', '')}>{t('statusHeading')}</h4>
      <p>
        {when(details.events.find((event) => event.type === 'status')?.at ?? item.sentAt)} <strong>{statuses(`${item.status}.name`)}</strong>
      </p>
      <p className="max-w-prose">{statuses(`${item.status}.explanation`)}</p>
      {days !== null && item.status !== 'decided' && item.status !== 'cancelled' && <p className="max-w-prose">{t('typicalTime', { days })}</p>}
      {details.openRequest && (
        <div className="mt-2 max-w-prose border-l-8 border-bus bg-white p-3">
          <p className="font-bold">{t('requestHeading', { date: shownDate(details.openRequest.at, locale, 'date') })}</p>
          <p className="whitespace-pre-line">{details.openRequest.message}</p>
        </div>
      )}

      <h4 className={heading}>{t('functionsHeading')}</h4>
      <div className="flex flex-wrap items-center gap-3">
        <a href={`${base}/application`} className="border-2 border-bus bg-white px-4 py-2 font-bold text-bus hover:bg-gray-5">
          {t('showApplication')}
        </a>
        {details.openRequest && (
          <a href={`${base}/complement`} className="bg-bus px-4 py-2 font-bold text-white hover:bg-bus-dark">
            {t('complement')}
          </a>
        )}
        <form action={useAsTemplateAction}>
          <input type="hidden" name="itemNumber" value={item.itemNumber} />
          <button type="submit" className="border-2 border-bus bg-white px-4 py-2 font-bold text-bus hover:bg-gray-5">
            {t('useAsTemplate')}
          </button>
        </form>
      </div>
      <p className="max-w-prose text-sm text-gray-80">{t('useAsTemplateHint')}</p>

      <h4 id="messages" className={`${heading} scroll-mt-4`}>{t('messagesHeading')}</h4>
      {reply.sent && !reply.flash && (
        <p role="status" className="max-w-prose border-l-8 border-ok bg-ok-light p-3 font-bold">{itemMessages('sent')}</p>
      )}
      {details.messages.length === 0 ? (
        <p>{t('noMessages')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {details.messages.map((message) => (
            <li key={message.id} className={`max-w-prose border-l-4 bg-white p-3 ${message.author === 'resident' ? 'border-gray-80' : 'border-bus'}`}>
              <p className="text-sm">
                <strong>{message.author === 'resident' ? t('you') : city(message.division)}</strong> · {when(message.at)}
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{message.body}</p>
              {message.files.length > 0 && (
                <ul className="mt-2 text-sm">
                  {message.files.map((file) => (
                    <li key={file.id}>{fileLink(file)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {/* Only the city starts a conversation (MSG2): the reply form shows once it has written. */}
      {details.messages.some((message) => message.author !== 'resident') && <ReplyForm locale={locale} itemNumber={item.itemNumber} returnTo={reply.returnTo} flash={reply.flash} headingLevel={5} />}

      <h4 className={heading}>{t('attachmentsHeading')}</h4>
      {details.formFiles.length + details.laterFiles.length === 0 ? (
        <p>{t('noAttachments')}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {details.formFiles.map((file) => (
            <li key={file.id}>{fileLink(file)}</li>
          ))}
          {details.laterFiles.map((file) => (
            <li key={file.id}>
              {fileLink(file)} <span className="text-sm">– {t(`filePurposes.${file.purpose}`)}</span>
            </li>
          ))}
        </ul>
      )}

      <h4 className={heading}>{t('eventsHeading')}</h4>
      <ol className="flex flex-col gap-1">
        {details.events.map((event, index) => (
          <li key={index}>
            {when(event.at)} {eventText(event)}
          </li>
        ))}
      </ol>

      <h4 className={heading}>{t('accessHeading')}</h4>
      {details.accessLog.length === 0 ? (
        <p>{t('noAccess')}</p>
      ) : (
        <ol className="flex flex-col gap-1">
          {details.accessLog.map((access, index) => (
            <li key={index}>
              {when(access.at)}{' '}
              {access.channel === 'api'
                ? t('openedBySystem', { division: access.division ? localized(access.division, locale) : t('city') })
                : t('openedByOfficial', { division: access.division ? localized(access.division, locale) : t('city') })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
