import { describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { submissionStatuses } from '@/db/schema';
import { finalSubmissionStatuses, mattersInHandlingRule } from './forms-retention';
import { findKept, retentionRules, type RetentionRule } from './retention-rules';

// The rules read through the database they are given; these test rules need none.
const db = {} as Database;

const mattersInHandling = (matters: Record<string, string[]>): RetentionRule => ({
  id: 'mattersInHandling',
  findKept: async (_db, personId) => (matters[personId] ?? []).map((label) => ({ label })),
  keptCounts: async () => ({}),
  removeUnkept: async () => {},
});

describe('retention rules', () => {
  it('keep the matters in handling (the forms sent and not yet decided)', () => {
    expect(retentionRules).toEqual([mattersInHandlingRule]);
  });

  it('count only Decided and Cancelled as final: every other status is in handling', () => {
    expect(submissionStatuses.filter((status) => finalSubmissionStatuses.includes(status))).toEqual(['decided', 'cancelled']);
    expect(finalSubmissionStatuses).toEqual(['decided', 'cancelled']);
  });

  it('list what each rule keeps of the person, and leave out rules that keep nothing of theirs', async () => {
    const rules = [mattersInHandling({ 'person-1': ['100123'] }), { ...mattersInHandling({}), id: 'other' }];
    expect(await findKept(db, 'person-1', rules)).toEqual([{ ruleId: 'mattersInHandling', records: [{ label: '100123' }] }]);
    expect(await findKept(db, 'person-2', rules)).toEqual([]);
  });
});
