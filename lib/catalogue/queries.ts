import 'server-only';
import { asc, desc, eq, gt } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, services } from '@/db/schema';

/** Public: the services the front page and side column list as popular, most popular first. */
export async function getPopularServices(limit = 5) {
  const db = await getDb();
  return db
    .select({ slug: services.slug, name: services.name, summary: services.summary })
    .from(services)
    .where(gt(services.popularity, 0))
    .orderBy(desc(services.popularity), asc(services.slug))
    .limit(limit);
}

/** Public: every service of the catalogue, for listing. */
export async function listServices() {
  const db = await getDb();
  return db.select({ slug: services.slug, name: services.name, summary: services.summary }).from(services);
}

/** Public: one service with its division, or undefined. */
export async function getServiceBySlug(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select({ slug: services.slug, name: services.name, summary: services.summary, division: divisions.name, feedbackUrl: divisions.feedbackUrl })
    .from(services)
    .leftJoin(divisions, eq(services.divisionId, divisions.id))
    .where(eq(services.slug, slug))
    .limit(1);
  return row;
}
