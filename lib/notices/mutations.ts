import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { notices } from '@/db/schema';
import type { StaffSession } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record';
import { now } from '@/lib/time/clock';
import { isUuid } from './queries';
import type { NoticeInput } from './schema';

/** What an audit entry keeps of a notice: enough to tell which it was after it is gone. */
function auditDetails(input: NoticeInput) {
  return {
    title: input.title,
    level: input.level,
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt?.toISOString() ?? null,
    link: input.linkUrl,
  };
}

// A stable, readable key for the row; the editor never sees or types it.
function newSlug(input: NoticeInput): string {
  const base = input.title.en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base || 'notice'}-${randomBytes(3).toString('hex')}`;
}

/** Editors: adds a notice, with its audit entry. The caller has checked the editor role. */
export async function createNotice(staff: StaffSession, input: NoticeInput): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(notices)
      .values({ ...input, slug: newSlug(input), createdAt: now(), updatedAt: now(), updatedBy: staff.staffMemberId })
      .returning({ id: notices.id });
    await recordAudit(tx, staff, { action: 'notice.created', targetType: 'notice', targetId: row!.id, details: auditDetails(input) });
    return row!.id;
  });
}

/** Editors: changes a notice, with its audit entry; false when there is no such notice. The caller has checked the editor role. */
export async function updateNotice(staff: StaffSession, id: string, input: NoticeInput): Promise<boolean> {
  if (!isUuid(id)) return false;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(notices).where(eq(notices.id, id)).for('update');
    if (!before) return false;
    await tx
      .update(notices)
      .set({ ...input, updatedAt: now(), updatedBy: staff.staffMemberId })
      .where(eq(notices.id, id));
    const changed = (Object.keys(input) as (keyof NoticeInput)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(input[key]));
    await recordAudit(tx, staff, { action: 'notice.updated', targetType: 'notice', targetId: id, details: { ...auditDetails(input), changed } });
    return true;
  });
}

/** Editors: removes a notice, with its audit entry; false when there is no such notice. The caller has checked the editor role. */
export async function deleteNotice(staff: StaffSession, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(notices).where(eq(notices.id, id)).returning();
    if (!removed) return false;
    await recordAudit(tx, staff, { action: 'notice.deleted', targetType: 'notice', targetId: id, details: auditDetails(removed) });
    return true;
  });
}
