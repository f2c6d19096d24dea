/**
 * When notifications go out (NOT2): in rounds on the hour, from 09:00 to 20:00 on Helsinki's
 * clock, both included — twelve rounds a day, none at night.
 *
 * An event belongs to the first round strictly after it. So an event at 14:00:00.000 waits for
 * 15:00: the 14:00 round's job may already have run (it starts when the hour strikes), and
 * enqueueing it again under the same id would be ignored, leaving the event without a round.
 * With "strictly after" every event's round is still ahead of it when it is enqueued.
 */
export const FIRST_ROUND_HOUR = 9;
export const LAST_ROUND_HOUR = 20;

const HOUR_MS = 60 * 60 * 1000;

const helsinkiHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', hourCycle: 'h23' });

function hourInHelsinki(moment: Date): number {
  return Number(helsinkiHour.format(moment));
}

/** Whether `moment` is a sending round: exactly on a whole hour from 09:00 to 20:00 in Helsinki. */
export function isRound(moment: Date): boolean {
  const hour = hourInHelsinki(moment);
  return moment.getTime() % HOUR_MS === 0 && hour >= FIRST_ROUND_HOUR && hour <= LAST_ROUND_HOUR;
}

/**
 * The round that tells of something that happened at `moment`: the first round strictly after it.
 * Helsinki is a whole number of hours from UTC in winter and in summer, so its whole hours are
 * UTC's whole hours; stepping an hour at a time and reading the hour from the time-zone
 * database gets the nights when the clocks change right (03:00–04:00 is skipped in spring and
 * repeated in autumn, both outside the rounds).
 */
export function nextRound(moment: Date): Date {
  let candidate = (Math.floor(moment.getTime() / HOUR_MS) + 1) * HOUR_MS;
  // At most 13 steps: from 20:00 past the night to 09:00.
  for (let step = 0; step < 48; step++, candidate += HOUR_MS) {
    const round = new Date(candidate);
    if (isRound(round)) return round;
  }
  throw new Error(`no round within two days of ${moment.toISOString()}`);
}

/** The round's name in job ids and logs: its moment in UTC, "2026-12-01T07:00:00.000Z". */
export function roundKey(round: Date): string {
  if (!isRound(round)) throw new Error(`${round.toISOString()} is not a sending round`);
  return round.toISOString();
}

/**
 * The round that a round job running at `moment` is: the whole hour it runs in, when that hour
 * is a round (a job is a little late by nature: pg-boss's cron sends it within a minute or so).
 * Null in the night: a job that runs then, after a pause or a restart at 21:05, sends nothing,
 * and what it found waits for 09:00.
 */
export function currentRound(moment: Date): Date | null {
  const hour = new Date(Math.floor(moment.getTime() / HOUR_MS) * HOUR_MS);
  return isRound(hour) ? hour : null;
}

/** The round job's schedule: on the hour from 09:00 to 20:00, on Helsinki's clock. */
export const ROUND_CRON = { cron: `0 ${FIRST_ROUND_HOUR}-${LAST_ROUND_HOUR} * * *`, timeZone: 'Europe/Helsinki' } as const;
