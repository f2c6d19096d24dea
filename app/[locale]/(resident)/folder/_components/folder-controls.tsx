'use client';

import { folderHref, type FolderState } from '@/lib/folder/href';
import type { FolderSort, SearchProblem } from '@/lib/folder/list';
import type { FolderWords } from '@/lib/folder/words';

/**
 * Search by item number and the sort order (FOL4). The search is a plain GET form and the sort
 * two links, so both work without JavaScript and land in the address.
 *
 * A client component for the server's sake, as the list is (folder-list.tsx): only the texts and
 * the state travel in the page's data, and the markup is rendered once. No state, no effects.
 */
export function FolderControls({ locale, state, sorts, problem, words }: {
  locale: string;
  state: FolderState;
  /** lib/folder/list.ts folderSorts */
  sorts: readonly FolderSort[];
  problem?: SearchProblem;
  words: FolderWords['controls'];
}) {
  return (
    <div className="mt-4 flex flex-col gap-4 bg-silver-light p-4 md:flex-row md:items-end md:justify-between">
      <form method="get" action={`/${locale}/folder`} role="search" aria-label={words.searchLabel} className="flex flex-col gap-1">
        <label htmlFor="folder-search" className="font-bold">{words.searchLabel}</label>
        {problem && (
          <p id="folder-search-error" className="font-bold text-danger">
            <span className="sr-only">{words.errorPrefix} </span>
            {words.searchProblems[problem]}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <input
            id="folder-search"
            name="q"
            type="search"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={state.search}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'folder-search-error' : undefined}
            placeholder={words.searchPlaceholder}
            className={`w-48 border-2 px-3 py-2 ${problem ? 'border-danger' : 'border-gray-80'}`}
          />
          {state.sort !== 'updated' && <input type="hidden" name="sort" value={state.sort} />}
          <button type="submit" className="bg-bus px-5 py-2 font-bold text-white hover:bg-bus-dark">{words.search}</button>
        </div>
      </form>
      <nav aria-label={words.sortLabel}>
        <p className="font-bold" aria-hidden="true">{words.sortLabel}</p>
        <ul className="flex flex-wrap gap-2">
          {sorts.map((sort) => {
            const current = state.sort === sort;
            return (
              <li key={sort}>
                <a href={folderHref(locale, { ...state, sort, page: 1, item: null, remove: null })}
                  aria-current={current ? 'true' : undefined}
                  className={`inline-block border-2 border-bus px-3 py-2 font-bold ${current ? 'bg-bus text-white' : 'bg-white text-bus underline'}`}
                >
                  {words.sorts[sort]}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
