import 'server-only';
import { and, asc, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { notices } from '@/db/schema';
import { now as clockNow } from '@/lib/time/clock';

/** Public: the service notices in force at `at` (UI6), alerts first, then oldest first. */
export async function getCurrentNotices(at: Date = clockNow()) {
  const db = await getDb();
  return db
    .select({
      slug: notices.slug,
      level: notices.level,
      title: notices.title,
      body: notices.body,
      linkUrl: notices.linkUrl,
      linkText: notices.linkText,
    })
    .from(notices)
    .where(and(lte(notices.startsAt, at), or(isNull(notices.endsAt), gt(notices.endsAt, at))))
    .orderBy(sql`case when ${notices.level} = 'alert' then 0 else 1 end`, asc(notices.startsAt));
}

/** Editors: every notice, the newest start first. The caller has checked the editor role. */
export async function listNotices() {
  const db = await getDb();
  return db.select().from(notices).orderBy(desc(notices.startsAt), asc(notices.slug));
}

/** Editors: one notice, or undefined. The caller has checked the editor role. */
export async function findNotice(id: string) {
  if (!isUuid(id)) return undefined;
  const db = await getDb();
  const [row] = await db.select().from(notices).where(eq(notices.id, id)).limit(1);
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An address with a malformed id is simply not found; PostgreSQL would refuse the cast. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
