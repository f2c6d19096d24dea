import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { clockOffset, setClockOffset } from '@/lib/time/clock';

export const dynamic = 'force-dynamic';

/**
 * Moves the server's clock, so end-to-end tests can let two hours pass in a moment. Exists only
 * in the test environment; everywhere else it is a 404.
 */
export async function POST(request: NextRequest) {
  if (env.APP_ENV !== 'test') return new NextResponse(null, { status: 404 });
  // Any JSON, also null or a number, is a body; only an object with a finite offsetMs moves the clock.
  const body = (await request.json().catch(() => null)) as { offsetMs?: unknown } | null;
  if (typeof body?.offsetMs !== 'number' || !Number.isFinite(body.offsetMs)) {
    return NextResponse.json({ error: 'offsetMs must be a number' }, { status: 400 });
  }
  setClockOffset(body.offsetMs);
  return NextResponse.json({ offsetMs: clockOffset() });
}
