/**
 * The portal limits sign-ins per address (SIGN_IN_LIMIT_PER_ADDRESS in five minutes), through its
 * real Auth.js route handlers: past the limit the person is sent to the waiting page before
 * Auth.js does anything, and other addresses go on as before.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let route: typeof import('@/app/api/auth/[...nextauth]/route');
let setClockOffset: typeof import('@/lib/time/clock').setClockOffset;

const origin = 'http://localhost:3000';

beforeAll(async () => {
  // lib/env.ts reads the environment when first imported: a small limit keeps the test short.
  vi.stubEnv('SIGN_IN_LIMIT_PER_ADDRESS', '3');
  vi.resetModules();
  const { createTestDatabase } = await import('../support/test-database');
  database = await createTestDatabase();
  route = await import('@/app/api/auth/[...nextauth]/route');
  ({ setClockOffset } = await import('@/lib/time/clock'));
});

afterAll(async () => {
  setClockOffset?.(0);
  await database?.dispose();
  vi.unstubAllEnvs();
});

/** The identity broker sending a browser back (the state will not match: the limit comes first). */
function callback(address: string) {
  const request = new NextRequest(`${origin}/api/auth/callback/city?code=some-code&state=some-state`, { headers: { 'x-forwarded-for': `${address}, 10.0.0.1` } });
  return route.GET(request as never);
}

function startFromForm(address: string) {
  const request = new NextRequest(`${origin}/api/auth/signin/city`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
    body: new URLSearchParams({ callbackUrl: '/fi' }),
  });
  return route.POST(request as never);
}

function isWaitingPage(response: Response) {
  return response.status === 303 && /^\/sign-in\/wait\?minutes=\d+$/.test(response.headers.get('location') ?? '');
}

describe('completing sign-ins from one address', () => {
  it('goes to Auth.js up to the limit, then to the waiting page; another address is not affected', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await callback('203.0.113.10'));
    expect(answers.map(isWaitingPage)).toEqual([false, false, false, true]);
    // Below the limit Auth.js answered itself: the made-up state sends the person to its error page.
    expect(answers[0]!.headers.get('location')).toMatch(/\/sign-in\/error\?error=/);
    const refused = answers[3]!;
    expect(refused.headers.get('location')).toBe('/sign-in/wait?minutes=5');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(240);

    expect(isWaitingPage(await callback('198.51.100.20'))).toBe(false);
  });

  it('opens again when the five minutes are over', async () => {
    for (let i = 0; i < 4; i++) await callback('203.0.113.11');
    expect(isWaitingPage(await callback('203.0.113.11'))).toBe(true);
    setClockOffset(5 * 60_000 + 1_000);
    expect(isWaitingPage(await callback('203.0.113.11'))).toBe(false);
    setClockOffset(0);
  });
});

describe('starting sign-ins from one address', () => {
  it('are counted apart from completions, with the same limit', async () => {
    for (let i = 0; i < 3; i++) expect(isWaitingPage(await startFromForm('203.0.113.12'))).toBe(false);
    expect(isWaitingPage(await startFromForm('203.0.113.12'))).toBe(true);
    // The same address may still come back from the identification it already started.
    expect(isWaitingPage(await callback('203.0.113.12'))).toBe(false);
  });

  it('leave the session and sign-out routes alone', async () => {
    for (let i = 0; i < 4; i++) await startFromForm('203.0.113.13');
    const session = await route.GET(new NextRequest(`${origin}/api/auth/session`, { headers: { 'x-forwarded-for': '203.0.113.13' } }) as never);
    expect(session.status).toBe(200);
  });
});
