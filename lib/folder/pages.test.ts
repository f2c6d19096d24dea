import { describe, expect, it } from 'vitest';
import { pagerPages } from './pages';

describe('pagerPages', () => {
  it('shows every page of a short folder', () => {
    expect(pagerPages(1, 1)).toEqual([1]);
    expect(pagerPages(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the ends and the current page’s neighbours of a long one, with gaps', () => {
    expect(pagerPages(1, 25)).toEqual([1, 2, 3, null, 25]);
    expect(pagerPages(12, 25)).toEqual([1, null, 10, 11, 12, 13, 14, null, 25]);
    expect(pagerPages(25, 25)).toEqual([1, null, 23, 24, 25]);
    // A gap of a single page shows the page instead.
    expect(pagerPages(5, 25)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 25]);
  });
});
