import 'server-only';
import type { Database } from '@/db/client';
import { auditEntries } from '@/db/schema';
import type { StaffSession } from '@/lib/auth/session';

type Executor = Pick<Database, 'insert'>;

export type AuditEvent = {
  /** What was done, as "<record>.<verb>": "service.published", "notice.created". */
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
};

/**
 * Writes an audit entry for a change a member of staff made. Pass the transaction that makes the
 * change, so that the entry exists exactly when the change does.
 */
export async function recordAudit(db: Executor, actor: StaffSession, event: AuditEvent): Promise<void> {
  await db.insert(auditEntries).values({
    staffMemberId: actor.staffMemberId,
    actorName: `${actor.firstNames} ${actor.lastName}`,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details ?? null,
  });
}
