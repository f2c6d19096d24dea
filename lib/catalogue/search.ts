import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { serviceSearch, services } from '@/db/schema';
import type { catalogueLocales } from '@/db/schema/services';
import type { ServiceContent, TargetGroup, Topic } from './service-content';
import { cachedCatalogueRead } from './read-cache';
import { textSearchConfig } from './search-index';

type Locale = (typeof catalogueLocales)[number];

export const CATALOGUE_PAGE_SIZE = 20;
/** How close a misspelt word must be to a name or synonym (pg_trgm word similarity, 0–1). */
const TYPO_SIMILARITY = 0.45;

export type CatalogueQuery = { text: string; topic: Topic | null; targetGroup: TargetGroup | null; page: number };

/** What a result in the list shows: the name, the short description and the way to the e-service. */
export type CatalogueResult = { slug: string; content: Pick<ServiceContent, 'name' | 'summary' | 'eService'> };

export type CataloguePage = { total: number; page: number; pageCount: number; results: CatalogueResult[] };

/**
 * The words of a search as a prefix query ("koira vero" → `koira:* & vero:*`), so that a word
 * finds the longer compounds it begins ("koira" finds "koiraveroilmoitus"). Only letters and
 * digits reach PostgreSQL's query parser; null when nothing searchable is left.
 */
export function prefixQuery(text: string): string | null {
  const words = text.toLocaleLowerCase('fi').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 ? words.map((word) => `${word}:*`).join(' & ') : null;
}

/** Only what a result shows is read from the stored description, not the whole text. */
const resultColumns = {
  slug: services.slug,
  content: sql<CatalogueResult['content'] | null>`case when ${services.published} is null then null else jsonb_build_object(
    'name', ${services.published}->'name', 'summary', ${services.published}->'summary', 'eService', ${services.published}->'eService') end`,
  total: sql<number>`count(*) over ()`.mapWith(Number),
};

/**
 * Public: one page of the published services that match, in the person's language. A search
 * looks at every language (a Swedish word on the Finnish page still finds the service, ranked
 * a little lower), by full text with stemming, by prefix and, for misspellings, by trigram
 * similarity to the names and synonyms. Without a search the list is alphabetical.
 */
export async function searchCatalogue(locale: Locale, query: CatalogueQuery): Promise<CataloguePage> {
  const db = await getDb();
  const text = query.text.trim().slice(0, 200);
  const tsQuery = prefixQuery(text);
  const lowered = text.toLocaleLowerCase(locale);

  const filters: SQL[] = [eq(serviceSearch.locale, locale)];
  if (query.topic) filters.push(sql`${query.topic} = any(${serviceSearch.topics})`);
  if (query.targetGroup) filters.push(sql`${query.targetGroup} = any(${serviceSearch.targetGroups})`);

  if (!tsQuery) {
    const rows = await db
      .select(resultColumns)
      .from(serviceSearch)
      .innerJoin(services, eq(services.id, serviceSearch.serviceId))
      .where(and(...filters))
      .orderBy(asc(serviceSearch.sortKey))
      .limit(CATALOGUE_PAGE_SIZE)
      .offset((query.page - 1) * CATALOGUE_PAGE_SIZE);
    return pageOf(rows, query.page);
  }

  return db.transaction(async (tx) => {
    // The typo match uses pg_trgm's word-similarity operator (<%), whose threshold is a setting.
    // The planner cannot tell how costly word similarity is and would compare it with every row
    // of a small index table; without sequential scans it takes the trigram and text indexes,
    // which is some forty times faster at a thousand services. Both settings end with this search.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_SIMILARITY)}, true), set_config('enable_seqscan', 'off', true)`);
    // Each language's rows are matched in that language's configuration, so the text index applies.
    const textMatch = (language: Locale) =>
      sql`select service_id, locale, document, terms from ${serviceSearch} where locale = ${language} and document @@ to_tsquery(${sql.raw(`'${textSearchConfig[language]}'`)}::regconfig, ${tsQuery})`;
    const candidates = sql`${textMatch('fi')} union all ${textMatch('sv')} union all ${textMatch('en')}
      union all select service_id, locale, document, terms from ${serviceSearch} where ${lowered} <% terms`;
    const config = sql`(case candidate.locale when 'fi' then 'finnish' when 'sv' then 'swedish' else 'english' end)::regconfig`;
    const matches = tx.$with('matches').as(
      tx
        .select({
          serviceId: sql<string>`candidate.service_id`.as('matched_service_id'),
          score: sql<number>`max(
            (ts_rank(candidate.document, to_tsquery(${config}, ${tsQuery})) + word_similarity(${lowered}, candidate.terms))
            * (case when candidate.locale = ${locale} then 1.0 else 0.8 end))`.as('match_score'),
        })
        .from(sql`(${candidates}) as candidate`)
        .groupBy(sql`candidate.service_id`),
    );
    const rows = await tx
      .with(matches)
      .select(resultColumns)
      .from(serviceSearch)
      .innerJoin(matches, sql`${matches.serviceId} = ${serviceSearch.serviceId}`)
      .innerJoin(services, eq(services.id, serviceSearch.serviceId))
      .where(and(...filters))
      .orderBy(desc(sql`${matches.score}`), asc(serviceSearch.sortKey))
      .limit(CATALOGUE_PAGE_SIZE)
      .offset((query.page - 1) * CATALOGUE_PAGE_SIZE);
    return pageOf(rows, query.page);
  });
}

/** A search as the catalogue page makes it: a repeated one from the catalogue read cache (lib/catalogue/read-cache.ts). */
export function searchCatalogueCached(locale: Locale, query: CatalogueQuery): Promise<CataloguePage> {
  const key = `search:${locale}:${query.topic ?? ''}:${query.targetGroup ?? ''}:${query.page}:${query.text.trim().slice(0, 200).toLocaleLowerCase(locale)}`;
  return cachedCatalogueRead(key, () => searchCatalogue(locale, query));
}

function pageOf(rows: { slug: string; content: CatalogueResult['content'] | null; total: number }[], page: number): CataloguePage {
  const total = rows[0]?.total ?? 0;
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
    results: rows.filter((row) => row.content).map((row) => ({ slug: row.slug, content: row.content! })),
  };
}
