import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

/**
 * The liveness probe: 200 whenever this process can answer a request at all. It asks nothing of
 * the database on purpose: an orchestrator restarts an instance whose liveness fails, and a
 * database outage restarting every instance at once would only make it worse. It keeps answering
 * 200 while the instance shuts down, so that the shutdown is not cut short.
 */
export function GET() {
  return NextResponse.json({ status: 'alive' }, { headers: { 'Cache-Control': 'no-store' } });
}
