import 'server-only';
import { count, desc, ilike } from 'drizzle-orm';
import { getDb } from '@/db';
import { outboxMessages } from '@/db/schema';

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type OutboxPage = { messages: OutboxMessage[]; total: number; page: number; pages: number };

// LIKE's own wildcards in what someone typed are meant literally.
function containing(value: string): string {
  return `%${value.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * Messages newest first, optionally those whose recipient contains `recipient` (any case). A page
 * past the end gives the last one. Only the development outbox page calls this: it shows every
 * person's messages, so it answers 404 in production.
 */
export async function listOutboxMessages({ recipient, page }: { recipient?: string; page: number }): Promise<OutboxPage> {
  const db = await getDb();
  const where = recipient ? ilike(outboxMessages.recipient, containing(recipient)) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(outboxMessages).where(where);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const messages = await db
    .select()
    .from(outboxMessages)
    .where(where)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((current - 1) * OUTBOX_PAGE_SIZE);
  return { messages, total, page: current, pages };
}
