'use client';

import { folderHref, type FolderState } from '@/lib/folder/href';
import type { FolderWords } from '@/lib/folder/words';

/**
 * Pages of a long folder (FOL8): numbered links (the ends and around the current one), the current
 * one marked, previous and next. `pages` are lib/folder/pages.ts pagerPages, `pageLabels` each
 * numbered page's name ("Page 3"). A client component for the server's sake, as the list is
 * (folder-list.tsx): only the numbers and texts travel in the page's data. No state, no effects.
 */
export function FolderPager({ locale, state, pageCount, pages, pageLabels, words }: {
  locale: string;
  state: FolderState;
  pageCount: number;
  pages: (number | null)[];
  pageLabels: Record<number, string>;
  words: FolderWords['pager'];
}) {
  if (pageCount <= 1) return null;
  const href = (page: number) => folderHref(locale, { ...state, page, item: null, remove: null }, 'sent-heading');
  const link = 'inline-block min-w-11 border-2 border-bus px-3 py-2 text-center font-bold';
  return (
    <nav aria-label={words.pages} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {state.page > 1 && (
          <li>
            <a href={href(state.page - 1)} className={`${link} bg-white text-bus underline`}>{words.previousPage}</a>
          </li>
        )}
        {pages.map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
          <li key={page}>
            <a href={href(page)}
              aria-current={page === state.page ? 'page' : undefined}
              aria-label={pageLabels[page]}
              className={`${link} ${page === state.page ? 'bg-bus text-white' : 'bg-white text-bus underline'}`}
            >
              {page}
            </a>
          </li>
          ),
        )}
        {state.page < pageCount && (
          <li>
            <a href={href(state.page + 1)} className={`${link} bg-white text-bus underline`}>{words.nextPage}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
