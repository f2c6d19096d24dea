import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { serviceSearch, services } from '@/db/schema';
import type { catalogueLocales } from '@/db/schema/services';
import type { ServiceContent, TargetGroup, Topic } from './service-content';

type Locale = (typeof catalogueLocales)[number];

export const CATALOGUE_PAGE_SIZE = 20;
/** How close a misspelt word must be to a name or synonym (pg_trgm word similarity, 0–1). */
const TYPO_SIMILARITY = 0.45;

export type CatalogueQuery = { text: string; topic: Topic | null; targetGroup: TargetGroup | null; page: number };

export type CatalogueResult = { slug: string; content: ServiceContent };

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

  if (tsQuery) {
    // Each row is matched in its own language's configuration.
    const config = sql`(case any_language.locale when 'fi' then 'finnish' when 'sv' then 'swedish' else 'english' end)::regconfig`;
    const matches = db.$with('matches').as(
      db
        .select({
          serviceId: sql<string>`any_language.service_id`.as('matched_service_id'),
          score: sql<number>`max(
            (ts_rank(any_language.document, to_tsquery(${config}, ${tsQuery})) + word_similarity(${lowered}, any_language.terms))
            * (case when any_language.locale = ${locale} then 1.0 else 0.8 end))`.as('match_score'),
        })
        .from(sql`${serviceSearch} as any_language`)
        .where(
          sql`any_language.document @@ to_tsquery(${config}, ${tsQuery})
            or word_similarity(${lowered}, any_language.terms) >= ${TYPO_SIMILARITY}`,
        )
        .groupBy(sql`any_language.service_id`),
    );
    const rows = await db
      .with(matches)
      .select({ slug: services.slug, content: services.published, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(serviceSearch)
      .innerJoin(matches, sql`${matches.serviceId} = ${serviceSearch.serviceId}`)
      .innerJoin(services, eq(services.id, serviceSearch.serviceId))
      .where(and(...filters))
      .orderBy(desc(sql`${matches.score}`), asc(serviceSearch.sortKey))
      .limit(CATALOGUE_PAGE_SIZE)
      .offset((query.page - 1) * CATALOGUE_PAGE_SIZE);
    return pageOf(rows, query.page);
  }

  const rows = await db
    .select({ slug: services.slug, content: services.published, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(serviceSearch)
    .innerJoin(services, eq(services.id, serviceSearch.serviceId))
    .where(and(...filters))
    .orderBy(asc(serviceSearch.sortKey))
    .limit(CATALOGUE_PAGE_SIZE)
    .offset((query.page - 1) * CATALOGUE_PAGE_SIZE);
  return pageOf(rows, query.page);
}

function pageOf(rows: { slug: string; content: ServiceContent | null; total: number }[], page: number): CataloguePage {
  const total = rows[0]?.total ?? 0;
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
    results: rows.filter((row) => row.content).map((row) => ({ slug: row.slug, content: row.content! })),
  };
}
