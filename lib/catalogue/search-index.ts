import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { serviceSearch, services } from '@/db/schema';
import { catalogueLocales } from '@/db/schema/services';
import type { ServiceContent } from './service-content';

type Locale = (typeof catalogueLocales)[number];

/** PostgreSQL's text search configuration for each language: stemming and stop words. */
export const textSearchConfig = { fi: 'finnish', sv: 'swedish', en: 'english' } as const satisfies Record<Locale, string>;

/** The text in this language, or the Finnish one where this language's is still missing. */
function textIn(text: { fi: string; sv: string; en: string }, locale: Locale): string {
  return text[locale].trim() || text.fi.trim();
}

function wordsIn(words: { fi: string[]; sv: string[]; en: string[] }, locale: Locale): string[] {
  return words[locale].length > 0 ? words[locale] : words.fi;
}

/**
 * A key whose plain byte order is the Finnish and Swedish alphabetical order, so the database
 * can page through the list without a collation it may not have: other accents are dropped
 * (é sorts as e, ü as y), and å, ä, ö come after z in that order.
 */
export function alphabeticalSortKey(name: string): string {
  const lower = name.toLocaleLowerCase('fi').trim();
  let key = '';
  for (const character of lower) {
    if (character === 'å') key += 'z{';
    else if (character === 'ä' || character === 'æ') key += 'z|';
    else if (character === 'ö' || character === 'ø') key += 'z}';
    else if (character === 'ü') key += 'y';
    else key += character.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  }
  return key;
}

/** Lower case, accents kept (ä and ö are letters of their own in Finnish and Swedish). */
export function searchTerms(content: ServiceContent, locale: Locale): string {
  return [textIn(content.name, locale), ...wordsIn(content.synonyms, locale)].join(' ').toLocaleLowerCase(locale);
}

type Executor = Pick<Database, 'delete' | 'insert'>;

/**
 * Writes what the catalogue searches for one service: a row per language while the service is
 * published, none otherwise. The name and synonyms weigh most, then the summary, then the rest.
 * Called in the same transaction that publishes or unpublishes.
 */
export async function indexService(db: Executor, serviceId: string, published: ServiceContent | null): Promise<void> {
  await db.delete(serviceSearch).where(eq(serviceSearch.serviceId, serviceId));
  if (!published) return;
  await db.insert(serviceSearch).values(
    catalogueLocales.map((locale) => {
      const config = sql.raw(`'${textSearchConfig[locale]}'::regconfig`);
      const name = textIn(published.name, locale);
      const synonyms = wordsIn(published.synonyms, locale).join(' ');
      const summary = textIn(published.summary, locale);
      const body = [published.description, published.process, published.prerequisites].map((text) => textIn(text, locale)).join(' ');
      return {
        serviceId,
        locale,
        sortKey: alphabeticalSortKey(name),
        document: sql`setweight(to_tsvector(${config}, ${name}), 'A') || setweight(to_tsvector(${config}, ${synonyms}), 'A') || setweight(to_tsvector(${config}, ${summary}), 'B') || setweight(to_tsvector(${config}, ${body}), 'C')`,
        terms: searchTerms(published, locale),
        topics: published.topics,
        targetGroups: published.targetGroups,
        residentGroups: published.residentGroups,
      };
    }),
  );
}

/** Rebuilds the whole search index from the published services, e.g. after the demo data is written. */
export async function reindexCatalogue(db: Database): Promise<void> {
  const rows = await db.select({ id: services.id, published: services.published, status: services.status }).from(services);
  for (const row of rows) await indexService(db, row.id, row.status === 'published' ? row.published : null);
}
