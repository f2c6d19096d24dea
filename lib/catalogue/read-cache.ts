import 'server-only';

/*
 * The public catalogue's reads that every visitor shares — a search's page of results, the
 * popular services — kept in this instance's memory for a minute. A search asks PostgreSQL for
 * full text, prefix and typo matches in three languages, which costs several times what drawing
 * the page does, and residents repeat the same few searches ("koira", "päivähoito") all day.
 *
 * An editor's publish, unpublish, restore or change of the popular services empties it on the
 * instance that saved the change, so the editor sees it at once; other instances show it within
 * the minute. Only published, public content is kept, never anything of a signed-in person.
 */

const KEPT_FOR_MS = 60_000;
const MAX_ENTRIES = 2_000;

type Entry = { until: number; value: Promise<unknown> };

// On globalThis: Next may load this module once per route bundle, and an editor's action (one
// bundle) must empty the reads that the catalogue's pages (other bundles) keep.
const store = ((globalThis as Record<symbol, unknown>)[Symbol.for('asiointi.catalogueReads')] ??= new Map<string, Entry>()) as Map<string, Entry>;

/** `read()`'s answer for `key`, from memory while it is under a minute old. A failed read is not kept. */
export function cachedCatalogueRead<T>(key: string, read: () => Promise<T>, at = Date.now()): Promise<T> {
  const known = store.get(key);
  if (known && known.until > at) return known.value as Promise<T>;
  if (known) store.delete(key);
  if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value!);
  const value = read();
  store.set(key, { until: at + KEPT_FOR_MS, value });
  value.catch(() => {
    if (store.get(key)?.value === value) store.delete(key);
  });
  return value;
}

/** After an editor's change to the catalogue: every later read asks the database again. */
export function forgetCatalogueReads(): void {
  store.clear();
}
