import 'server-only';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, services } from '@/db/schema';
import type { LocalizedText } from '@/db/schema';
import { isSlug } from '@/lib/text/slug';
import { cachedCatalogueRead } from './read-cache';

const isPublished = eq(services.status, 'published');

/** Public: the published services the front page and side column list as popular, most popular first. */
export async function getPopularServices(limit = 5) {
  const db = await getDb();
  return db
    .select({
      slug: services.slug,
      name: sql<LocalizedText>`${services.published}->'name'`,
      summary: sql<LocalizedText>`${services.published}->'summary'`,
    })
    .from(services)
    .where(and(isPublished, gt(services.popularity, 0)))
    .orderBy(desc(services.popularity), asc(services.slug))
    .limit(limit);
}

/** The popular services as the pages show them: from the catalogue read cache (lib/catalogue/read-cache.ts). */
export function popularServices(limit = 5) {
  return cachedCatalogueRead(`popular:${limit}`, () => getPopularServices(limit));
}

/** Public: one published service as residents see it, with its division; undefined when there is none. */
export async function getPublishedService(slug: string) {
  if (!isSlug(slug)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({
      slug: services.slug,
      content: services.published,
      publishedAt: services.publishedAt,
      division: divisions.name,
      feedbackUrl: divisions.feedbackUrl,
    })
    .from(services)
    .leftJoin(divisions, eq(services.divisionId, divisions.id))
    .where(and(eq(services.slug, slug), isPublished))
    .limit(1);
  if (!row?.content) return undefined;
  return { ...row, content: row.content };
}

/** Public: the addresses of every published service, for the sitemap and prerendering. */
export async function listPublishedServiceSlugs(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ slug: services.slug }).from(services).where(isPublished).orderBy(asc(services.slug));
  return rows.map((row) => row.slug);
}
