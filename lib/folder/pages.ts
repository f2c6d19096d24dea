/**
 * The page numbers a pager shows (FOL8): the first, the last and two on each side of the current
 * one, with a gap (null) where numbers are left out — a folder of 500 items is 25 pages, too many
 * links for a phone. Pages count from 1.
 */
export function pagerPages(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2].filter((page) => page >= 1 && page <= count));
  const pages: (number | null)[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    // A gap of one page is shown as that page: "…" would take as much room.
    if (page - previous === 2) pages.push(previous + 1);
    else if (page - previous > 2) pages.push(null);
    pages.push(page);
    previous = page;
  }
  return pages;
}
