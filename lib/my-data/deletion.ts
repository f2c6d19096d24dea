import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { emailConfirmations, identityAccounts, organisations, persons, profiles, representations, sessions, signIns } from '@/db/schema';
import { logger } from '@/lib/log/logger';
import { now } from '@/lib/time/clock';
import { collectMyData } from './collect';
import { findKept, retentionRules, type AfterCommit, type KeptByRule, type RetentionRule } from './retention-rules';
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
  const kept = await findKept(db, personId, rules);
  const keptCounts: Record<string, number> = {};
  for (const rule of rules) {
    for (const [key, n] of Object.entries(await rule.keptCounts(db, personId))) keptCounts[key] = (keptCounts[key] ?? 0) + n;
  }
  // With anything kept, the person row stays as the kept matters' owner (see below).
  if (kept.length > 0) keptCounts.PERSON = 1;
  return {
    removed: sections
      .map((section) => ({ key: section.key, count: Math.max(0, recordCount(section) - (keptCounts[section.key] ?? 0)) }))
      .filter((entry) => entry.count > 0),
    kept,
  };
}

/**
 * Every row of the person's own besides the person row and the forms (which the retention rules
 * handle): removed explicitly when the person row must stay. tests/integration/my-data.test.ts
 * checks by the schema's foreign keys that no table of a person's rows is missing here.
 */
async function removeAllButPersonAndForms(tx: Database, personId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.personId, personId));
  await tx.delete(signIns).where(eq(signIns.personId, personId));
  await tx.delete(identityAccounts).where(eq(identityAccounts.personId, personId));
  await tx.delete(representations).where(eq(representations.personId, personId));
  await tx.delete(emailConfirmations).where(eq(emailConfirmations.personId, personId));
  await tx.delete(profiles).where(eq(profiles.personId, personId));
}

/**
 * An organisation the person represents may send its notifications to their e-mail address
 * (lib/organisation-notifications): that address is the person's data and goes with the profile.
 * The organisation then gets none until another representative chooses an address.
 */
async function forgetOrganisationAddresses(tx: Database, personId: string): Promise<void> {
  const [profile] = await tx.select({ email: profiles.email }).from(profiles).where(eq(profiles.personId, personId));
  if (!profile?.email) return;
  const represented = tx.select({ id: representations.organisationId }).from(representations).where(eq(representations.personId, personId));
  await tx
    .update(organisations)
    .set({ notificationEmail: null })
    .where(and(inArray(organisations.id, represented), sql`lower(${organisations.notificationEmail}) = lower(${profile.email})`));
}

export type DeletionResult = {
  deleted: boolean;
  /** True when matters in handling were kept, and with them the person row (without a profile). */
  personKept: boolean;
};

/**
 * Deletes the profile and the person's data in one transaction: if anything fails, nothing is
 * removed. The retention rules first remove what of theirs need not be kept (drafts, finished
 * matters). Then:
 * - nothing kept: the person row is deleted, and with it, through ON DELETE CASCADE, the profile,
 *   e-mail confirmations, sessions, sign-ins, identification accounts and representations. The
 *   forms' owner keys are ON DELETE RESTRICT, so a form a rule forgot stops the deletion instead
 *   of vanishing with the person.
 * - matters kept: the person row stays as their owner, so that the matter stays the identified
 *   person's (the decision is made to them and reaches them, and they can follow it if they
 *   register again). Everything else of theirs is removed, the last sign-in time cleared and the
 *   row marked `profileDeletedAt`. Their next sign-in finds the row by the personal identity
 *   code, clears the mark, and registration starts anew, as there is no profile.
 * Only for the signed-in person's own id.
 */
export async function deletePersonAndData(personId: string, rules: readonly RetentionRule[] = retentionRules): Promise<DeletionResult> {
  const db = await getDb();
  const afterCommit: AfterCommit[] = [];
  const result = await db.transaction(async (tx): Promise<DeletionResult> => {
    // Locks the row: a second deletion (a double click, another tab) waits and then finds it done.
    const [person] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).for('update');
    if (!person) return { deleted: false, personKept: false };
    const kept = await findKept(tx, personId, rules);
    await forgetOrganisationAddresses(tx, personId);
    for (const rule of rules) {
      const after = await rule.removeUnkept(tx, personId);
      if (after) afterCommit.push(after);
    }
    if (kept.length === 0) {
      await tx.delete(persons).where(eq(persons.id, personId));
      return { deleted: true, personKept: false };
    }
    await removeAllButPersonAndForms(tx, personId);
    await tx.update(persons).set({ profileDeletedAt: now(), lastLoginAt: null, streetAddress: null, postalCode: null, postOffice: null }).where(eq(persons.id, personId));
    return { deleted: true, personKept: true };
  });
  for (const after of afterCommit) {
    try {
      await after();
    } catch (error) {
      logger.warn({ err: error instanceof Error ? { name: error.name, message: error.message } : undefined }, 'cleaning up after a profile deletion failed');
    }
  }
  return result;
}
