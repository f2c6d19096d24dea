import 'server-only';
import { and, asc, desc, eq, gt, notInArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { services } from '@/db/schema';
import type { StaffSession } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record';
import { applyPopularChange, popularityOf, type PopularChange, type PopularProblem } from './schema';

/**
 * Editors: one step on the list of popular services, written in one transaction with its audit
 * entry. Refused as stale when the list is no longer what the editor saw (another editor got
 * there first), so that nobody's choice is silently undone. The caller has checked the editor role.
 */
export async function changePopularServices(staff: StaffSession, change: PopularChange): Promise<{ ok: true; list: string[] } | { ok: false; problem: PopularProblem }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Locks the published rows, so two editors' steps take turns.
    const published = await tx
      .select({ slug: services.slug, popularity: services.popularity })
      .from(services)
      .where(eq(services.status, 'published'))
      .orderBy(desc(services.popularity), asc(services.slug))
      .for('update');
    const before = published.filter((row) => row.popularity > 0).map((row) => row.slug);
    if (before.join(',') !== change.expected.join(',')) return { ok: false, problem: 'stale' };
    if (!published.some((row) => row.slug === change.slug)) return { ok: false, problem: 'unknown' };
    const after = applyPopularChange(before, change.op, change.slug);
    if (typeof after === 'string') return { ok: false, problem: after };
    if (after.join(',') === before.join(',')) return { ok: true, list: after };

    const popularity = popularityOf(after);
    // Anything not chosen drops out, an unpublished service too, so it does not return by itself when published again.
    await tx
      .update(services)
      .set({ popularity: 0 })
      .where(after.length > 0 ? and(gt(services.popularity, 0), notInArray(services.slug, after)) : gt(services.popularity, 0));
    for (const [slug, value] of popularity) {
      await tx.update(services).set({ popularity: value }).where(and(eq(services.slug, slug), eq(services.status, 'published')));
    }
    await recordAudit(tx, staff, {
      action: 'popular.changed',
      targetType: 'popular-services',
      targetId: 'front-page',
      details: { op: change.op, slug: change.slug, before, after },
    });
    return { ok: true, list: after };
  });
}
