import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { services, type LocalizedText } from '@/db/schema';

const isPublished = eq(services.status, 'published');

/**
 * Editors: the popular services in their order, and the other published services that could be
 * added. The caller has checked the editor role.
 */
export async function getPopularChoice() {
  const db = await getDb();
  const rows = await db
    .select({ slug: services.slug, popularity: services.popularity, name: sql<LocalizedText>`${services.published}->'name'` })
    .from(services)
    .where(isPublished)
    .orderBy(desc(services.popularity), asc(services.slug));
  return {
    chosen: rows.filter((row) => row.popularity > 0).map(({ slug, name }) => ({ slug, name })),
    others: rows.filter((row) => row.popularity === 0).map(({ slug, name }) => ({ slug, name })),
  };
}
