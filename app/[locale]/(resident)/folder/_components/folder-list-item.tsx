import type { getTranslations } from 'next-intl/server';
import { folderHref, itemAnchor, type FolderState } from '@/lib/folder/href';
import type { ItemDetails } from '@/lib/folder/item';
import type { FolderItem } from '@/lib/folder/list';
import { localized } from '@/lib/i18n/localized';
import { ItemDetailsView, type ReplyState } from './item-details';
import { formatItemNumber } from '@/lib/matters/item-number';
import { shortDateTime } from '@/lib/time/shown-date';

/** What every item of a page says alike, looked up once by the page. */
export type FolderListText = {
  t: Awaited<ReturnType<typeof getTranslations<'FolderPage'>>>;
  statuses: Awaited<ReturnType<typeof getTranslations<'Statuses'>>>;
};

/**
 * One item of the folder: its service, item number, latest status with its date, "New" while a
 * city event is unseen (FOL5), and "Open the information" — a disclosure whose state is in the
 * address, so it can be linked to and works without JavaScript (FOL6). A plain function of its
 * props, not an async component: a page shows twenty, and each async one costs the rendering a
 * task and a chunk of its own.
 */
export function FolderListItem({ locale, item, state, details, reply, text: { t, statuses } }: {
  locale: string;
  item: FolderItem;
  state: FolderState;
  details: ItemDetails | null;
  reply: ReplyState;
  text: FolderListText;
}) {
  const open = details !== null;
  const anchor = itemAnchor(item.itemNumber);
  const detailsId = `${anchor}-information`;
  const title = localized(item.title, locale);
  const number = formatItemNumber(item.itemNumber);
  return (
    <li id={anchor} className={`scroll-mt-4 border-b border-gray-20 py-4 ${open ? 'bg-silver-light px-3' : ''}`}>
      {/* Each text in one piece: a folder page has twenty of these, and every separate piece of text is rendered twice. */}
      <h3 className="text-lg font-bold">
        {`${title} (${number})`}
        {item.isNew && (
          <>
            {' '}
            <span className="ml-1 inline-block bg-engel px-2 py-0.5 align-middle text-sm font-bold text-black">{t('new')}</span>
            <span className="sr-only">{t('newExplained')}</span>
          </>
        )}
      </h3>
      <p className="mt-1">
        <span className="font-bold">{`${t('status')}: `}</span>
        <time dateTime={item.statusAt.toISOString()}>{shortDateTime(item.statusAt, locale)}</time>
        {` ${statuses(`${item.status}.name`)}`}
      </p>
      <p className="mt-2">
        <a href={folderHref(locale, { ...state, item: open ? null : item.itemNumber, remove: null }, anchor)}
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          aria-label={`${open ? t('closeInformation') : t('openInformation')}: ${title} (${number})`}
          className="font-bold text-bus underline"
        >
          {open ? t('closeInformation') : t('openInformation')}
        </a>
      </p>
      {details && (
        <div id={detailsId}>
          <ItemDetailsView locale={locale} details={details} reply={reply} />
          <p className="mt-4">
            <a href={folderHref(locale, { ...state, item: null, remove: null }, anchor)} aria-expanded="true" aria-controls={detailsId} aria-label={`${t('closeInformation')}: ${title} (${number})`} className="font-bold text-bus underline">
              {t('closeInformation')}
            </a>
          </p>
        </div>
      )}
    </li>
  );
}
