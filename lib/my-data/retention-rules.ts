import type { Database } from '@/db';

/*
 * What must be kept when a person deletes their profile, and why. The law can require the city to
 * keep some records beyond the profile: a matter still in handling must be decided, and its
 * documents archived by the archive formation plan. Each such requirement is one rule here.
 *
 * Today the portal holds nothing of the kind, so the list is empty and a deletion removes all.
 * The matters of a later issue add their rule to `retentionRules`: its `findKept` lists the
 * matters in handling, and its `keep` moves them out of the deletion's reach (e.g. to an owner
 * record without the profile) before the person's rows are removed.
 */

/** One record that is kept, as the person knows it (e.g. a matter's item number and title). */
export type KeptRecord = { label: string };

export type RetentionRule = {
  /**
   * Names the rule's texts: DeleteProfilePage.kept.rules.<id>.heading (what is kept) and
   * .reason (why, and until when), in every language.
   */
  id: string;
  /** The person's records this rule keeps; none means the rule keeps nothing of theirs. */
  findKept(db: Database, personId: string): Promise<KeptRecord[]>;
  /**
   * Runs inside the deletion's transaction before the person is removed, so that what must be
   * kept survives the cascade. Throwing cancels the whole deletion.
   */
  keep(db: Database, personId: string): Promise<void>;
};

/** What one rule keeps of this person's data, for the dry run. */
export type KeptByRule = { ruleId: string; records: KeptRecord[] };

export const retentionRules: readonly RetentionRule[] = [];

/** Each rule that keeps something of this person's, with what it keeps. */
export async function findKept(db: Database, personId: string, rules: readonly RetentionRule[] = retentionRules): Promise<KeptByRule[]> {
  const kept: KeptByRule[] = [];
  for (const rule of rules) {
    const records = await rule.findKept(db, personId);
    if (records.length > 0) kept.push({ ruleId: rule.id, records });
  }
  return kept;
}
