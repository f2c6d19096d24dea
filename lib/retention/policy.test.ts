import { describe, expect, it } from 'vitest';
import { removalMoment, removeIfEditedBefore, validWarning, warnIfEditedBefore } from './policy';

const day0 = new Date('2026-12-01T10:00:00.000Z');
const day = (n: number) => new Date(day0.getTime() + n * 86_400_000);

describe('draft retention rules', () => {
  it('removes a draft 90 days after its last edit, and warns 14 days before', () => {
    expect(warnIfEditedBefore(90, day(76))).toEqual(day0);
    expect(removeIfEditedBefore(90, day(90))).toEqual({ editedBefore: day0, warnedBefore: day(76) });
    expect(removalMoment({ updatedAt: day0, retentionWarnedAt: null }, 90, day(10))).toEqual(day(90));
    expect(removalMoment({ updatedAt: day0, retentionWarnedAt: day(76) }, 90, day(80))).toEqual(day(90));
  });

  it('gives two full weeks after a warning sent late, and after none at all', () => {
    expect(removalMoment({ updatedAt: day0, retentionWarnedAt: day(85) }, 90, day(85))).toEqual(day(99));
    expect(removalMoment({ updatedAt: day0, retentionWarnedAt: null }, 90, day(100))).toEqual(day(114));
  });

  it('forgets a warning once the draft is edited after it', () => {
    const edited = { updatedAt: day(80), retentionWarnedAt: day(76) };
    expect(validWarning(edited)).toBeNull();
    expect(removalMoment(edited, 90, day(80))).toEqual(day(170));
    expect(validWarning({ updatedAt: day0, retentionWarnedAt: day(76) })).toEqual(day(76));
  });
});
