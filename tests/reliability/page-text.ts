/** What the reliability scenarios read in the pages a person gets. */

/** What a stack trace or an internal error message looks like in a page or a body. */
export const LEAK = /\bat [\w$.<>[\] ]+ \(.*:\d+:\d+\)|node_modules|ECONNREFUSED|postgres\.js|drizzle|\bError: /;

/** The service-unavailable page's heading in each language (lib/health/unavailable-page.ts). */
export const UNAVAILABLE_TITLES = {
  fi: 'Asiointi on tilapäisesti poissa käytöstä',
  sv: 'E-tjänsterna är tillfälligt ur bruk',
  en: 'E-services are temporarily unavailable',
} as const;

/** The text of the first <h1> of an HTML page, tags and surrounding space removed. */
export function firstHeading(html: string): string {
  return /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '';
}
