import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { rateLimits } from '@/db/schema';
import { consumeRateLimit, pruneRateLimits, secondsUntilAllowed, storedRateLimitKey } from '@/lib/rate-limit/consume';
import { now, setClockOffset } from '@/lib/time/clock';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});
afterEach(() => {
  setClockOffset(0);
});

const fiveAMinute = { limit: 5, windowSeconds: 60 };

describe('consumeRateLimit', () => {
  it('allows the limit and refuses the next, saying when to try again', async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await consumeRateLimit('sign-in:a', fiveAMinute));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
    expect(results.slice(0, 5).every((r) => r.retryAfterSeconds === 0)).toBe(true);
    expect(results[5]!.retryAfterSeconds).toBeGreaterThan(55);
    expect(results[5]!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts down the wait as time goes by, and opens a new window when it is over', async () => {
    for (let i = 0; i < 5; i++) await consumeRateLimit('sign-in:b', fiveAMinute);
    setClockOffset(45_000);
    const waiting = await consumeRateLimit('sign-in:b', fiveAMinute);
    expect(waiting.allowed).toBe(false);
    expect(waiting.retryAfterSeconds).toBeGreaterThan(10);
    expect(waiting.retryAfterSeconds).toBeLessThanOrEqual(15);

    setClockOffset(61_000);
    const fresh = await consumeRateLimit('sign-in:b', fiveAMinute);
    expect(fresh).toEqual({ allowed: true, remaining: 4, retryAfterSeconds: 0 });
    const [row] = await database.db.select().from(rateLimits).where(eq(rateLimits.key, 'sign-in:b'));
    expect(row!.count).toBe(1);
    expect(Math.abs(row!.windowStartedAt.getTime() - now().getTime())).toBeLessThan(5_000);
  });

  it('keeps keys apart', async () => {
    const one = { limit: 1, windowSeconds: 600 };
    expect((await consumeRateLimit('email-code:person-1', one)).allowed).toBe(true);
    expect((await consumeRateLimit('email-code:person-1', one)).allowed).toBe(false);
    expect((await consumeRateLimit('email-code:person-2', one)).allowed).toBe(true);
    expect((await consumeRateLimit('email-resend:person-1', one)).allowed).toBe(true);
  });

  it('stops counting at one past the limit, however many refused attempts follow', async () => {
    for (let i = 0; i < 30; i++) await consumeRateLimit('sign-in:c', { limit: 2, windowSeconds: 60 });
    const [row] = await database.db.select().from(rateLimits).where(eq(rateLimits.key, 'sign-in:c'));
    expect(row!.count).toBe(3);
  });

  it('allows exactly the limit of 20 concurrent attempts', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit('burst', { limit: 10, windowSeconds: 60 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterSeconds > 0)).toBe(true);
  });

  it('counts a key ending in anything someone typed, NUL and all, and keeps such keys apart', async () => {
    const one = { limit: 1, windowSeconds: 600 };
    const typed = ['\u0000', 'a\u0000b', '\ud800', 'ä'.repeat(300), 'x'.repeat(1000)];
    for (const text of typed) {
      expect((await consumeRateLimit(`test-idp:bank-user:${text}`, one)).allowed).toBe(true);
      expect((await consumeRateLimit(`test-idp:bank-user:${text}`, one)).allowed).toBe(false);
      expect(await secondsUntilAllowed(`test-idp:bank-user:${text}`, one)).toBeGreaterThan(590);
    }
    expect(await secondsUntilAllowed('test-idp:bank-user:', one)).toBe(0);
    const keys = (await database.db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key);
    for (const text of typed) expect(keys).toContain(storedRateLimitKey(`test-idp:bank-user:${text}`));
    expect(storedRateLimitKey('test-idp:bank-user:\u0000')).toMatch(/^test-idp:sha256:[0-9a-f]{64}$/);
    expect(storedRateLimitKey('email-code:person-1')).toBe('email-code:person-1');
  });

  it('refuses a limit or window that is not a positive whole number', async () => {
    await expect(consumeRateLimit('x', { limit: 0, windowSeconds: 60 })).rejects.toThrow(RangeError);
    await expect(consumeRateLimit('x', { limit: 5, windowSeconds: 0.5 })).rejects.toThrow(RangeError);
  });
});

describe('pruneRateLimits', () => {
  it('deletes the counters whose window started before the given time', async () => {
    await consumeRateLimit('prune:old', fiveAMinute);
    setClockOffset(2 * 60 * 60 * 1000);
    await consumeRateLimit('prune:new', fiveAMinute);
    const pruned = await pruneRateLimits(new Date(now().getTime() - 60 * 60 * 1000));
    expect(pruned).toBeGreaterThanOrEqual(1);
    const keys = (await database.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys).toContain('prune:new');
    expect(keys).not.toContain('prune:old');
  });
});
