import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/*
 * Text at 150 % (WCAG 1.4.4): what the page shows must still fit. Checked in the browser, and
 * a full-page screenshot of each page and width is attached to the test's results for a person
 * to look at.
 */

export const TEXT_SIZE_WIDTHS = [375, 1280] as const;

/** The largest text size (A A A), as the cookie the switcher sets keeps it; the next page load has it. */
export async function chooseLargestTextSize(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: 'text-size', value: '150', url: baseURL ?? 'http://localhost:3100' }]);
}

type Problems = { sideways: number; offLeft: string[]; clipped: string[]; overlapping: string[] };

/** What does not fit: sideways scrolling, text off the left edge, text cut by its box, and text drawn over other text. */
function findProblems(page: Page): Promise<Problems> {
  return page.evaluate(() => {
    const describe = (element: Element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    const shown = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // Screen-reader-only text is 1 px and clipped on purpose.
      return style.visibility !== 'hidden' && box.width > 2 && box.height > 2 && !element.closest('.sr-only, [hidden], details:not([open]) > :not(summary)');
    };
    const texts: { element: Element; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || !shown(element) || element.closest('script, style, noscript, title')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1) texts.push({ element, rect });
    }
    const overlapping: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!;
        const b = texts[j]!;
        if (a.element === b.element) continue;
        const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        // Glyph boxes of neighbouring lines may touch by a pixel or two; text drawn over text overlaps by more.
        if (width > 3 && height > 3) overlapping.push(`${describe(a.element)} × ${describe(b.element)}`);
      }
    }
    const clipped = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
        return clips && shown(element) && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
      })
      .map(describe);
    const offLeft = texts.filter(({ rect }) => rect.left < -1).map(({ element }) => describe(element));
    return { sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth, offLeft, clipped, overlapping: [...new Set(overlapping)] };
  });
}

/** At both widths: nothing overflows, is cut off or overlaps; a screenshot of each is attached as `name-width.png`. */
export async function expectTextFits(page: Page, testInfo: TestInfo, name: string) {
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
  for (const width of TEXT_SIZE_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const problems = await findProblems(page);
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name} at 150 %, ${width} px`, { path, contentType: 'image/png' });
    expect.soft(problems, `${name} at 150 % text size, ${width} px wide`).toEqual({ sideways: 0, offLeft: [], clipped: [], overlapping: [] });
  }
}
