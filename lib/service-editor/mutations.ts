import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { divisions, serviceRevisions, services } from '@/db/schema';
import type { StaffSession } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record';
import { indexService } from '@/lib/catalogue/search-index';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { now } from '@/lib/time/clock';
import { listFields, missingForPublish } from './form-values';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type RevisionAction = (typeof serviceRevisions.$inferInsert)['action'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The database keeps jsonb keys in an order of its own, and the form sends the choices of a list
// in the order it shows them: neither is a change.
function sameContent(a: ServiceContent, b: ServiceContent): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)).map(([key, inner]) => [key, canonical(inner)]))
        : value;
  const lists = (content: ServiceContent) => ({
    ...content,
    ...Object.fromEntries(listFields.map((field) => [field, [...content[field]].sort()])),
  });
  return JSON.stringify(canonical(lists(a))) === JSON.stringify(canonical(lists(b)));
}

/** The version a form carries: the time of the service's last change, as the database keeps it. */
export const versionOf = (updatedAt: Date) => updatedAt.toISOString();

async function lockService(tx: Transaction, slug: string) {
  const [row] = await tx.select().from(services).where(eq(services.slug, slug)).for('update');
  return row;
}

/** Writes the change's revision and audit entry, and who changed the service when. */
async function record(tx: Transaction, staff: StaffSession, service: { id: string; slug: string }, action: RevisionAction, content: ServiceContent, details: Record<string, unknown> = {}) {
  const at = now();
  await tx.insert(serviceRevisions).values({ serviceId: service.id, action, content, savedBy: staff.staffMemberId, savedAt: at });
  await recordAudit(tx, staff, { action: `service.${action}`, targetType: 'service', targetId: service.id, details: { slug: service.slug, name: content.name, ...details } });
  const [updated] = await tx.update(services).set({ updatedAt: at, updatedBy: staff.staffMemberId }).where(eq(services.id, service.id)).returning({ updatedAt: services.updatedAt });
  return versionOf(updated!.updatedAt);
}

/** Editors: a new service, as a draft nobody sees yet. Refused when the address is taken. The caller has checked the editor role. */
export async function createService(staff: StaffSession, slug: string, content: ServiceContent): Promise<{ ok: true; version: string } | { ok: false; problem: 'slug-taken' }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(services).values({ slug, status: 'draft', draft: content }).onConflictDoNothing({ target: services.slug }).returning({ id: services.id });
    if (!created) return { ok: false, problem: 'slug-taken' } as const;
    return { ok: true, version: await record(tx, staff, { id: created.id, slug }, 'created', content) } as const;
  });
}

/**
 * Editors: saves the draft; residents still see the published content. Refused as stale when
 * someone else saved the service after the editor opened it, so nobody's work is silently
 * overwritten. The caller has checked the editor role.
 */
export async function saveServiceDraft(staff: StaffSession, slug: string, content: ServiceContent, expectedVersion: string): Promise<{ ok: true; version: string } | { ok: false; problem: 'not-found' | 'stale' }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const service = await lockService(tx, slug);
    if (!service) return { ok: false, problem: 'not-found' } as const;
    if (versionOf(service.updatedAt) !== expectedVersion) return { ok: false, problem: 'stale' } as const;
    // Saving without a change (as "Save and publish" of a saved draft does) leaves no revision.
    if (sameContent(service.draft, content)) return { ok: true, version: expectedVersion } as const;
    await tx.update(services).set({ draft: content }).where(eq(services.id, service.id));
    return { ok: true, version: await record(tx, staff, service, 'saved', content) } as const;
  });
}

/**
 * Editors: publishes the saved draft — residents see it and the catalogue finds it — once the
 * required texts are there in every language. The caller has checked the editor role and
 * revalidates the public pages afterwards.
 */
export async function publishService(staff: StaffSession, slug: string): Promise<{ ok: true } | { ok: false; problem: 'not-found' } | { ok: false; problem: 'missing'; missing: ReturnType<typeof missingForPublish> }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const service = await lockService(tx, slug);
    if (!service) return { ok: false, problem: 'not-found' } as const;
    const missing = missingForPublish(service.draft);
    if (missing.length > 0) return { ok: false, problem: 'missing', missing } as const;
    const [division] = await tx.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, service.draft.division)).limit(1);
    await tx
      .update(services)
      .set({ status: 'published', published: service.draft, publishedAt: now(), divisionId: division?.id ?? null })
      .where(eq(services.id, service.id));
    await indexService(tx, service.id, service.draft);
    await record(tx, staff, service, 'published', service.draft);
    return { ok: true } as const;
  });
}

/**
 * Editors: takes a published service off the catalogue; its page answers 404. It also leaves
 * the popular services, so that publishing it again does not put it back on the front page by
 * itself. The caller has checked the editor role and revalidates the public pages afterwards.
 */
export async function unpublishService(staff: StaffSession, slug: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const service = await lockService(tx, slug);
    if (!service || service.status !== 'published') return false;
    await tx.update(services).set({ status: 'unpublished', popularity: 0 }).where(eq(services.id, service.id));
    await indexService(tx, service.id, null);
    await record(tx, staff, service, 'unpublished', service.published ?? service.draft);
    return true;
  });
}

/**
 * Editors: puts an earlier revision's content back into the draft. Publishing it is a step of
 * its own. The caller has checked the editor role.
 */
export async function restoreRevision(staff: StaffSession, slug: string, revisionId: string): Promise<boolean> {
  if (!UUID.test(revisionId)) return false;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const service = await lockService(tx, slug);
    if (!service) return false;
    const [revision] = await tx
      .select()
      .from(serviceRevisions)
      .where(and(eq(serviceRevisions.id, revisionId), eq(serviceRevisions.serviceId, service.id)))
      .limit(1);
    if (!revision) return false;
    await tx.update(services).set({ draft: revision.content }).where(eq(services.id, service.id));
    await record(tx, staff, service, 'restored', revision.content, { revisionId, revisionAction: revision.action, revisionSavedAt: revision.savedAt.toISOString() });
    return true;
  });
}
