import { describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { findKept, retentionRules, type RetentionRule } from './retention-rules';

// The rules read through the database they are given; these test rules need none.
const db = {} as Database;

const mattersInHandling = (matters: Record<string, string[]>): RetentionRule => ({
  id: 'mattersInHandling',
  findKept: async (_db, personId) => (matters[personId] ?? []).map((label) => ({ label })),
  keep: async () => {},
});

describe('retention rules', () => {
  it('keep nothing today: the portal holds no matters yet', async () => {
    expect(retentionRules).toEqual([]);
    expect(await findKept(db, 'anyone')).toEqual([]);
  });

  it('list what each rule keeps of the person, and leave out rules that keep nothing of theirs', async () => {
    const rules = [mattersInHandling({ 'person-1': ['HEL 2025-000123 Parking permit'] }), { ...mattersInHandling({}), id: 'other' }];
    expect(await findKept(db, 'person-1', rules)).toEqual([{ ruleId: 'mattersInHandling', records: [{ label: 'HEL 2025-000123 Parking permit' }] }]);
    expect(await findKept(db, 'person-2', rules)).toEqual([]);
  });
});
