/**
 * Names of the cached public catalogue data. Reads that may be cached carry these tags; an
 * editor's publish, unpublish or change of the popular services revalidates them, so that the
 * change shows at once (CAT4).
 */
export const catalogueTags = {
  /** The list, the search index and the popular services. */
  catalogue: 'catalogue',
  /** One published service page. */
  service: (slug: string) => `service:${slug}`,
  /** The front-page service notices. */
  notices: 'notices',
} as const;
