import { describe, expect, it } from 'vitest';
import { fromHelsinkiLocal, toHelsinkiLocal } from './helsinki';

describe('Helsinki wall-clock time', () => {
  it('reads winter and summer times with their own offsets', () => {
    expect(fromHelsinkiLocal('2026-01-15T12:00')?.toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(fromHelsinkiLocal('2026-07-01T00:30')?.toISOString()).toBe('2026-06-30T21:30:00.000Z');
  });

  it('accepts a space instead of T and the Finnish way of writing', () => {
    expect(fromHelsinkiLocal('2026-01-15 12:00')?.toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(fromHelsinkiLocal('15.1.2026 klo 12.00')?.toISOString()).toBe('2026-01-15T10:00:00.000Z');
  });

  it('is right on the days summer time begins and ends', () => {
    expect(fromHelsinkiLocal('2026-03-29T05:00')?.toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(fromHelsinkiLocal('2026-10-25T05:00')?.toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('refuses what is no time at all', () => {
    for (const text of ['', 'tomorrow', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00']) expect(fromHelsinkiLocal(text)).toBeNull();
  });

  it('writes a moment back as the field shows it', () => {
    expect(toHelsinkiLocal(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01T00:30');
    expect(toHelsinkiLocal(fromHelsinkiLocal('2026-12-24T18:45')!)).toBe('2026-12-24T18:45');
  });
});
