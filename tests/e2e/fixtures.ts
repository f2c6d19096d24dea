import { test as base, expect, type Page } from '@playwright/test';
import axe from 'axe-core';

export const locales = ['fi', 'sv', 'en'] as const;

/**
 * Every test fails if the page broke the Content Security Policy or threw in the browser:
 * both mean that something a person needs silently stopped working.
 */
export const test = base.extend<{ browserProblems: string[] }>({
  browserProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await use(problems);
      expect(problems, 'CSP violations or script errors in the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe (WCAG 2.1 A and AA rules and axe's best practices) and gives a readable line for each violation it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  // After a client-side navigation the new page's <title> streams in just after its content;
  // wait for it so axe judges the finished page. A page with no title still fails here.
  await expect(page, 'the page has a title').toHaveTitle(/\S/);
  // axe-core straight in the page, once per document: @axe-core/playwright's builder opened a
  // second page for every scan to put the results together, which made a scan of the catalogue
  // take 2.4 s against 0.3 s for axe itself. The portal's pages have no frames to scan.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    // Only the violations are wanted: leaving out the passes and the incomplete checks makes a scan quicker.
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  }, axeTags);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.targets.join(', ')}`);
}

/** Runs axe (WCAG 2.1 A and AA rules) and fails with a readable list of what it found. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
