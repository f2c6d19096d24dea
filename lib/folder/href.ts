import type { FolderQuery } from './list';

/** The folder's state in its address (FOL4, FOL8): search, sort, page, the opened item, a draft being removed. */
export type FolderState = FolderQuery & { item?: number | null; remove?: string | null; removed?: boolean };

/**
 * The folder's address for a state, defaults left out so that the plain folder is /{locale}/folder.
 * `hash` is the element to scroll to (an item's id), so that a link lands where it acts.
 */
export function folderHref(locale: string, state: FolderState, hash?: string): string {
  const query = new URLSearchParams();
  if (state.search) query.set('q', state.search);
  if (state.sort !== 'updated') query.set('sort', state.sort);
  if (state.page > 1) query.set('page', String(state.page));
  if (state.item) query.set('item', String(state.item));
  if (state.remove) query.set('remove', state.remove);
  if (state.removed) query.set('removed', '1');
  const search = query.toString();
  return `/${locale}/folder${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The id of an item's entry in the folder, the target of its deep link (?item=100123#item-100123). */
export function itemAnchor(itemNumber: number): string {
  return `item-${itemNumber}`;
}

