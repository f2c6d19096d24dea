/** The queue's filters as they travel in its address. */
export type QueueQuery = { service: string; status: string; item: string };

/** The address of a page of the queue with the same filters. */
export function queueHref(locale: string, query: QueueQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.service) params.set('service', query.service);
  if (query.status) params.set('status', query.status);
  if (query.item) params.set('item', query.item);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `/${locale}/matters${search ? `?${search}` : ''}`;
}
