import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHelsinkiLocal, toHelsinkiLocal } from '@/lib/time/helsinki';
import { currentRound, isRound, nextRound, roundKey } from './schedule';

// Moments are written on Helsinki's clock; the expectations say the UTC moment too, so that a
// mistake in the offset cannot hide behind the same mistake in the test.
function helsinki(local: string): Date {
  const moment = fromHelsinkiLocal(local);
  if (!moment) throw new Error(`not a time: ${local}`);
  return moment;
}

describe('the next sending round', () => {
  it.each([
    ['an event at 20:30 waits for 09:00 the next day', '2026-12-01T20:30', 0, '2026-12-02T09:00', '2026-12-02T07:00:00.000Z'],
    ['an event at 08:59 goes at 09:00', '2026-12-01T08:59', 0, '2026-12-01T09:00', '2026-12-01T07:00:00.000Z'],
    ['an event at 14:00 exactly goes at 15:00, not in the round that may already have run', '2026-12-01T14:00', 0, '2026-12-01T15:00', '2026-12-01T13:00:00.000Z'],
    ['an event at 14:00:01 goes at 15:00', '2026-12-01T14:00', 1, '2026-12-01T15:00', '2026-12-01T13:00:00.000Z'],
    ['an event at 19:59 goes at 20:00, the last round', '2026-12-01T19:59', 0, '2026-12-01T20:00', '2026-12-01T18:00:00.000Z'],
    ['an event at 20:00 exactly waits for the morning', '2026-12-01T20:00', 0, '2026-12-02T09:00', '2026-12-02T07:00:00.000Z'],
    ['an event just after midnight goes at 09:00 the same day', '2026-12-02T00:01', 0, '2026-12-02T09:00', '2026-12-02T07:00:00.000Z'],
    ['an event on New Year\'s Eve at 23:00 goes at 09:00 on New Year\'s Day', '2026-12-31T23:00', 0, '2027-01-01T09:00', '2027-01-01T07:00:00.000Z'],
    ['in summer 09:00 is 06:00 UTC', '2026-07-15T07:10', 0, '2026-07-15T09:00', '2026-07-15T06:00:00.000Z'],
  ] as const)('%s', (_, event, seconds, round, utc) => {
    const next = nextRound(new Date(helsinki(event).getTime() + seconds * 1000));
    expect(toHelsinkiLocal(next)).toBe(round);
    expect(next.toISOString()).toBe(utc);
  });

  it('crosses the spring night, when the clocks go from 03:00 to 04:00 (29 March 2026)', () => {
    // Saturday 20:30 is UTC+2; Sunday 09:00 is UTC+3: eleven and a half hours later, not twelve and a half.
    const event = helsinki('2026-03-28T20:30');
    expect(event.toISOString()).toBe('2026-03-28T18:30:00.000Z');
    const next = nextRound(event);
    expect(next.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(toHelsinkiLocal(next)).toBe('2026-03-29T09:00');
    // In the skipped hour itself.
    expect(nextRound(new Date('2026-03-29T01:30:00.000Z')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('crosses the autumn night, when the clocks go from 04:00 back to 03:00 (25 October 2026)', () => {
    const event = helsinki('2026-10-24T20:30');
    expect(event.toISOString()).toBe('2026-10-24T17:30:00.000Z');
    const next = nextRound(event);
    expect(next.toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(toHelsinkiLocal(next)).toBe('2026-10-25T09:00');
    // Both 03:30s of the repeated hour wait for the same 09:00.
    expect(nextRound(new Date('2026-10-25T00:30:00.000Z')).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(nextRound(new Date('2026-10-25T01:30:00.000Z')).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    // The day after the change, the last round is 20:00 on the winter clock.
    expect(nextRound(helsinki('2026-10-25T19:30')).toISOString()).toBe('2026-10-25T18:00:00.000Z');
  });

  it('is always a round, on the hour between 09:00 and 20:00, strictly after the event and within a night', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), (moment) => {
        const next = nextRound(moment);
        expect(isRound(next)).toBe(true);
        expect(next.getTime()).toBeGreaterThan(moment.getTime());
        // The longest wait is from 20:00 to 09:00 the next day (fourteen hours on the autumn night).
        expect(next.getTime() - moment.getTime()).toBeLessThanOrEqual(14 * 60 * 60 * 1000);
        const hour = Number(toHelsinkiLocal(next).slice(11, 13));
        expect(hour).toBeGreaterThanOrEqual(9);
        expect(hour).toBeLessThanOrEqual(20);
        expect(toHelsinkiLocal(next).endsWith(':00')).toBe(true);
        // No round was skipped between the event and the one chosen.
        for (let t = Math.floor(moment.getTime() / 3_600_000 + 1) * 3_600_000; t < next.getTime(); t += 3_600_000) {
          expect(isRound(new Date(t))).toBe(false);
        }
      }),
    );
  });
});

describe('rounds', () => {
  it('are the twelve whole hours from 09:00 to 20:00 in Helsinki', () => {
    const day = Array.from({ length: 24 }, (_, hour) => helsinki(`2026-12-01T${String(hour).padStart(2, '0')}:00`));
    expect(day.filter(isRound).map((moment) => toHelsinkiLocal(moment).slice(11))).toEqual(
      ['09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'].map((hour) => `${hour}:00`),
    );
    expect(isRound(new Date(helsinki('2026-12-01T09:00').getTime() + 1))).toBe(false);
  });

  it('are named by their moment in UTC, and only rounds are', () => {
    expect(roundKey(helsinki('2026-12-01T09:00'))).toBe('2026-12-01T07:00:00.000Z');
    expect(() => roundKey(helsinki('2026-12-01T21:00'))).toThrow(/not a sending round/);
  });
});

describe('the round a round job runs', () => {
  it.each([
    ['on time at 09:00:20: the 09:00 round', '2026-12-01T09:00', 20, '2026-12-01T07:00:00.000Z'],
    ['late in the hour, at 20:59: still the 20:00 round', '2026-12-01T20:59', 0, '2026-12-01T18:00:00.000Z'],
    ['in summer at 14:30: the 14:00 round', '2026-07-01T14:30', 0, '2026-07-01T11:00:00.000Z'],
    ['after a pause, at 21:05: none, it waits for 09:00', '2026-12-01T21:05', 0, null],
    ['at 03:00: none', '2026-12-02T03:00', 0, null],
    ['at 08:59: none yet', '2026-12-02T08:59', 0, null],
  ])('%s', (_, local, seconds, expected) => {
    const round = currentRound(new Date(helsinki(local).getTime() + seconds * 1000));
    expect(round?.toISOString() ?? null).toBe(expected);
  });
});
