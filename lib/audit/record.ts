import 'server-only';
import type { Database } from '@/db/client';
import { auditEntries } from '@/db/schema';
import type { StaffSession } from '@/lib/auth/session';
import type { CityActor } from '@/lib/matters/actor';

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

/**
 * Writes an audit entry for a change made at the city on a matter: by an official (their staff
 * member id and name) or by a division's case system through the API (its id and name), so the
 * back office and the API leave the same trail. Pass the transaction of the change.
 */
export async function recordCityAudit(db: Executor, actor: CityActor, event: AuditEvent): Promise<void> {
  await db.insert(auditEntries).values({
    staffMemberId: actor.kind === 'official' ? actor.staff.staffMemberId : null,
    caseSystemId: actor.kind === 'case_system' ? actor.system.id : null,
    actorName: actor.kind === 'official' ? `${actor.staff.firstNames} ${actor.staff.lastName}` : actor.system.name,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details ?? null,
  });
}
