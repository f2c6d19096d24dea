import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { jobQueue } from '@/lib/jobs/process-queue';
import { runRound } from '@/lib/notifications/round';

export const dynamic = 'force-dynamic';

/**
 * Runs the notification round of the server's current hour at once, as pg-boss's cron would on
 * the hour: end-to-end tests move the server's clock (/api/test/clock) to a round and call this
 * instead of waiting for it. The deliveries it enqueues go out through the queue as usual.
 * Exists only in the test environment; everywhere else it is a 404.
 */
export async function POST() {
  if (env.APP_ENV !== 'test') return new NextResponse(null, { status: 404 });
  const { round, owners, events } = await runRound(await jobQueue());
  return NextResponse.json({ round: round?.toISOString() ?? null, owners, events });
}
