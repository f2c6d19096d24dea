import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

/** Runs axe (WCAG 2.1 A and AA rules) and gives a readable line for each violation it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  // After a client-side navigation the new page's <title> streams in just after its content;
  // wait for it so axe judges the finished page. A page with no title still fails here.
  await expect(page, 'the page has a title').toHaveTitle(/\S/);
  // Only the violations are wanted: leaving out the passes and the incomplete checks made a scan
  // of the catalogue about a third quicker.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Runs axe (WCAG 2.1 A and AA rules) and fails with a readable list of what it found. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
