import type { Database } from '@/db';
import type { LocalizedText } from '@/db/schema/localized-text';
import { mattersInHandlingRule } from './forms-retention';

/*
 * What must be kept when a person deletes their profile, and why. The law can require the city to
 * keep some records beyond the profile: a matter still in handling must be decided, and its
 * documents archived by the archive formation plan. Each such requirement is one rule here.
 *
 * A rule owns one kind of record (the forms): it lists what it keeps for the dry run, and in the
 * deletion it removes the rest of that kind itself. Nothing of the person's is left to a cascade
 * to decide: the forms' owner keys refuse the person's deletion while a form of theirs is left.
 * When any rule keeps something, the person row stays too (marked as having no profile), since
 * a kept matter needs an owner the decision can reach; see lib/my-data/deletion.ts.
 */

/**
 * One record that is kept, as the person knows it: a matter's item number, and its title in
 * every language (the dry run shows the reader's).
 */
export type KeptRecord = { label: string; title?: LocalizedText };

/** Work to do once the deletion is committed, e.g. removing attachments' bytes from storage. */
export type AfterCommit = () => Promise<void>;

export type RetentionRule = {
  /**
   * Names the rule's texts: DeleteProfilePage.kept.rules.<id>.heading (what is kept), .reason
   * (why, and until when) and .record (one kept record), in every language.
   */
  id: string;
  /** The person's records this rule keeps; none means the rule keeps nothing of theirs. */
  findKept(db: Database, personId: string): Promise<KeptRecord[]>;
  /**
   * How many records of each My data section (by its key) the rule keeps, so that the dry run
   * does not count them among what goes.
   */
  keptCounts(db: Database, personId: string): Promise<Record<string, number>>;
  /**
   * Runs inside the deletion's transaction before the person's own rows go: removes the person's
   * records of this rule's kind that need not be kept. Throwing cancels the whole deletion.
   */
  removeUnkept(db: Database, personId: string): Promise<AfterCommit | void>;
};

/** What one rule keeps of this person's data, for the dry run. */
export type KeptByRule = { ruleId: string; records: KeptRecord[] };

export const retentionRules: readonly RetentionRule[] = [mattersInHandlingRule];

/** Each rule that keeps something of this person's, with what it keeps. */
export async function findKept(db: Database, personId: string, rules: readonly RetentionRule[] = retentionRules): Promise<KeptByRule[]> {
  const kept: KeptByRule[] = [];
  for (const rule of rules) {
    const records = await rule.findKept(db, personId);
    if (records.length > 0) kept.push({ ruleId: rule.id, records });
  }
  return kept;
}
