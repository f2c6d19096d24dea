import 'server-only';
import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, serviceRevisions, services, staffMembers } from '@/db/schema';
import { serviceStatuses, type ServiceStatus } from '@/db/schema/services';

const staffName = sql<string | null>`case when ${staffMembers.id} is null then null else ${staffMembers.firstNames} || ' ' || ${staffMembers.lastName} end`;
// jsonb compares by value, so key order does not make a difference where there is none.
const hasUnpublishedChanges = sql<boolean>`${services.status} = 'published' and ${services.draft} is distinct from ${services.published}`;

export function isServiceStatus(value: unknown): value is ServiceStatus {
  return typeof value === 'string' && (serviceStatuses as readonly string[]).includes(value);
}

/** How many services one page of the editors' list shows. */
export const EDITOR_LIST_PAGE_SIZE = 50;

/**
 * Editors: one page of the services with their drafts, newest change first, optionally only
 * those in one status or whose name or address contains `query`, and how many there are in all.
 * The caller has checked the editor role.
 */
export async function listServicesForEditor({ status, query, page = 1 }: { status?: ServiceStatus; query?: string; page?: number } = {}) {
  const db = await getDb();
  const conditions: SQL[] = [];
  if (status) conditions.push(eq(services.status, status));
  const words = query?.trim();
  if (words) {
    const pattern = `%${words.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(or(ilike(services.slug, pattern), ilike(sql`${services.draft}->'name'->>'fi'`, pattern), ilike(sql`${services.draft}->'name'->>'sv'`, pattern), ilike(sql`${services.draft}->'name'->>'en'`, pattern))!);
  }
  const rows = await db
    .select({
      slug: services.slug,
      status: services.status,
      draft: services.draft,
      updatedAt: services.updatedAt,
      updatedBy: staffName,
      hasUnpublishedChanges,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(services)
    .leftJoin(staffMembers, eq(services.updatedBy, staffMembers.id))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(services.updatedAt), asc(services.slug))
    .limit(EDITOR_LIST_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * EDITOR_LIST_PAGE_SIZE);
  const total = rows[0]?.total ?? 0;
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / EDITOR_LIST_PAGE_SIZE)) };
}

/** Editors: one service with its draft, or undefined. The caller has checked the editor role. */
export async function findServiceForEditor(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: services.id,
      slug: services.slug,
      status: services.status,
      draft: services.draft,
      publishedAt: services.publishedAt,
      updatedAt: services.updatedAt,
      updatedBy: staffName,
      hasUnpublishedChanges,
    })
    .from(services)
    .leftJoin(staffMembers, eq(services.updatedBy, staffMembers.id))
    .where(eq(services.slug, slug))
    .limit(1);
  return row;
}

/** Editors: a service's revisions, newest first, with who saved each. The caller has checked the editor role. */
export async function listRevisions(serviceId: string) {
  const db = await getDb();
  return db
    .select({ id: serviceRevisions.id, action: serviceRevisions.action, savedAt: serviceRevisions.savedAt, savedBy: staffName })
    .from(serviceRevisions)
    .leftJoin(staffMembers, eq(serviceRevisions.savedBy, staffMembers.id))
    .where(eq(serviceRevisions.serviceId, serviceId))
    .orderBy(desc(serviceRevisions.savedAt), desc(serviceRevisions.id));
}

/** Editors: the divisions a service can belong to, with their names and feedback forms. */
export async function listDivisions() {
  const db = await getDb();
  return db.select({ slug: divisions.slug, name: divisions.name, feedbackUrl: divisions.feedbackUrl }).from(divisions).orderBy(asc(divisions.slug));
}

/** Editors: whether a service already has this address; the insert itself still guards against a race. */
export async function isSlugTaken(slug: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: services.id }).from(services).where(eq(services.slug, slug)).limit(1);
  return Boolean(row);
}
