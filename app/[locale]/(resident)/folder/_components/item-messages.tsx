import { getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import type { ItemMessage } from '@/lib/matters/resident';
import { FileLink } from './file-link';
import { shownDate } from '@/lib/time/shown-date';

/**
 * The conversation on an item (MSG1, FOL6), oldest first: who wrote (the city by its division,
 * never the official's name; the resident as "You"), when, the text as written, and the
 * message's files by name and size, each a download link.
 */
export async function ItemMessages({ locale, itemNumber, messages }: { locale: string; itemNumber: number; messages: ItemMessage[] }) {
  const t = await getTranslations('ItemMessages');
  if (messages.length === 0) return <p>{t('none')}</p>;
  return (
    <ol className="flex max-w-3xl flex-col gap-4">
      {messages.map((message) => (
        <li key={message.id} className={`border-l-8 p-4 ${message.fromCity ? 'border-coat bg-gray-5' : 'border-gray-20 bg-white'}`}>
          <p className="font-bold">{message.fromCity ? (message.division ? localized(message.division, locale) : t('fromCity')) : t('fromYou')}</p>
          <p className="text-sm text-gray-80">
            {t('written', { time: shownDate(message.at, locale, 'dateTime') })}
          </p>
          <p className="mt-2 whitespace-pre-wrap break-words">{message.body}</p>
          {message.files.length > 0 && (
            <div className="mt-3">
              <p className="text-sm font-bold">{t('files')}</p>
              <ul className="mt-1 flex flex-col gap-1">
                {message.files.map((file) => (
                  <li key={file.id}>
                    <FileLink locale={locale} itemNumber={itemNumber} file={file} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
