import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { persons } from '@/db/schema';
import { collectMyData } from './collect';
import { findKept, retentionRules, type KeptByRule, type RetentionRule } from './retention-rules';
import { recordCount } from './sections';

/** What "Delete my profile" would do, shown before the person confirms. */
export type DeletionPlan = {
  /** Each section of My data with the number of records that go. */
  removed: { key: string; count: number }[];
  kept: KeptByRule[];
};

/** The dry run: reads only, for the signed-in person's own id. */
export async function planDeletion(personId: string, rules: readonly RetentionRule[] = retentionRules): Promise<DeletionPlan> {
  const db = await getDb();
  const sections = await collectMyData(personId, db);
  return {
    removed: sections.map((section) => ({ key: section.key, count: recordCount(section) })).filter((entry) => entry.count > 0),
    kept: await findKept(db, personId, rules),
  };
}

/**
 * Deletes the person and, through the foreign keys' ON DELETE CASCADE, their profile, e-mail
 * confirmations, sessions, sign-ins, identification accounts and representations (see
 * db/schema/persons.ts and profiles.ts). The retention rules first keep what must be kept. One
 * transaction: if anything fails, nothing is removed. Only for the signed-in person's own id.
 */
export async function deletePersonAndData(personId: string, rules: readonly RetentionRule[] = retentionRules): Promise<{ deleted: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    for (const rule of rules) await rule.keep(tx, personId);
    const removed = await tx.delete(persons).where(eq(persons.id, personId)).returning({ id: persons.id });
    return { deleted: removed.length > 0 };
  });
}
