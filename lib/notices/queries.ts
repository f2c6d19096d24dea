import 'server-only';
import { and, asc, gt, isNull, lte, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { notices } from '@/db/schema';

/** Public: the service notices in force at `now` (UI6), oldest first. */
export async function getCurrentNotices(now: Date = new Date()) {
  const db = await getDb();
  return db
    .select({ slug: notices.slug, level: notices.level, title: notices.title, body: notices.body })
    .from(notices)
    .where(and(lte(notices.startsAt, now), or(isNull(notices.endsAt), gt(notices.endsAt, now))))
    .orderBy(asc(notices.startsAt));
}
