'use client';

import type { ReactNode } from 'react';
import { folderHref, itemAnchor, type FolderState } from '@/lib/folder/href';

/** One item of a folder page as the list shows it: every text already in the page's language. */
export type FolderListEntry = {
  itemNumber: number;
  /** "{service} ({item number})" */
  heading: string;
  isNew: boolean;
  statusAt: string;
  statusAtText: string;
  statusName: string;
};

/** What every entry says alike, translated once for the page. */
export type FolderListWords = {
  new: string;
  newExplained: string;
  status: string;
  openInformation: string;
  closeInformation: string;
};

/**
 * The items of a folder page: service, item number, latest status with its date, "New" while a
 * city event is unseen (FOL5), and "Open the information" — a disclosure whose state is in the
 * address, so it can be linked to and works without JavaScript (FOL6). The opened item's
 * information is rendered by the server and comes in as `openDetails`.
 *
 * A client component for the server's sake, not the browser's: a page has twenty entries, and as
 * server components their whole markup would be written into the page's payload and then rendered
 * from it again. As a client component only the entries' data travels (a fifth of the markup), and
 * the markup is rendered once; each entry's id and the address of its disclosure are made here from
 * its item number and the folder's state. It has no state and no effects.
 */
export function FolderList({ locale, state, entries, words, openItem, openDetails }: {
  locale: string;
  state: FolderState;
  entries: FolderListEntry[];
  words: FolderListWords;
  openItem: number | null;
  openDetails: ReactNode;
}) {
  return (
    <ul className="mt-2 border-t border-gray-20">
      {entries.map((entry) => {
        const open = entry.itemNumber === openItem;
        const anchor = itemAnchor(entry.itemNumber);
        const detailsId = `${anchor}-information`;
        const toggle = open ? words.closeInformation : words.openInformation;
        // "Open the information" (or, when open, "Close information").
        const toggleHref = folderHref(locale, { ...state, item: open ? null : entry.itemNumber, remove: null }, anchor);
        return (
          <li key={entry.itemNumber} id={anchor} className={`scroll-mt-4 border-b border-gray-20 py-4 ${open ? 'bg-silver-light px-3' : ''}`}>
            <h3 className="text-lg font-bold">
              {entry.heading}
              {entry.isNew && (
                <>
                  {' '}
                  <span className="ml-1 inline-block bg-engel px-2 py-0.5 align-middle text-sm font-bold text-black">{words.new}</span>
                  <span className="sr-only">{words.newExplained}</span>
                </>
              )}
            </h3>
            <p className="mt-1">
              <span className="font-bold">{`${words.status}: `}</span>
              <time dateTime={entry.statusAt}>{entry.statusAtText}</time>
              {` ${entry.statusName}`}
            </p>
            <p className="mt-2">
              <a href={toggleHref} aria-expanded={open} aria-controls={open ? detailsId : undefined} aria-label={`${toggle}: ${entry.heading}`} className="font-bold text-bus underline">
                {toggle}
              </a>
            </p>
            {open && (
              <div id={detailsId}>
                {openDetails}
                <p className="mt-4">
                  <a href={toggleHref} aria-expanded="true" aria-controls={detailsId} aria-label={`${words.closeInformation}: ${entry.heading}`} className="font-bold text-bus underline">
                    {words.closeInformation}
                  </a>
                </p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
