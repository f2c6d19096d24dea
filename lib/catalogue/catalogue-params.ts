import { targetGroups, topics, type TargetGroup, type Topic } from './service-content';
import type { CatalogueQuery } from './search';
import { addressPage, addressText } from '@/lib/text/address-text';

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * The catalogue's state lives in its address (`?q=koira&topic=…&group=…&page=2`), so a search can
 * be shared, bookmarked and walked back with the browser's Back button. Anything unknown in the
 * address is ignored rather than refused: an old or mistyped link still shows the catalogue.
 */
export function parseCatalogueParams(params: SearchParams): CatalogueQuery {
  const topic = first(params.topic);
  const group = first(params.group);
  return {
    text: addressText(params.q, 200),
    topic: (topics as readonly string[]).includes(topic) ? (topic as Topic) : null,
    targetGroup: (targetGroups as readonly string[]).includes(group) ? (group as TargetGroup) : null,
    page: addressPage(params.page),
  };
}

/** The query string for `query`, leaving out what is at its default. */
export function catalogueSearch(query: CatalogueQuery): string {
  const params = new URLSearchParams();
  if (query.text.trim()) params.set('q', query.text.trim());
  if (query.topic) params.set('topic', query.topic);
  if (query.targetGroup) params.set('group', query.targetGroup);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}
