import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditEntries } from '@/db/schema';

/** Staff: the latest audit entries about one kind of record, for a page's "Recent changes". The caller has checked the role. */
export async function recentChanges(targetType: string, limit = 6) {
  const db = await getDb();
  return db
    .select({ id: auditEntries.id, at: auditEntries.at, actorName: auditEntries.actorName, action: auditEntries.action, details: auditEntries.details })
    .from(auditEntries)
    .where(eq(auditEntries.targetType, targetType))
    .orderBy(desc(auditEntries.at))
    .limit(limit);
}
