import { NextResponse } from 'next/server';
import { readiness } from '@/lib/health/readiness';

export const dynamic = 'force-dynamic';

/**
 * The readiness probe: 200 while this instance should get traffic; 503 while it is shutting down
 * (SIGTERM), the database does not answer, or the database lacks this release's migrations.
 * A load balancer takes the instance out on 503 and back in on 200; nothing restarts it.
 */
export async function GET() {
  const result = await readiness();
  const headers = { 'Cache-Control': 'no-store' };
  if (result.ready) return NextResponse.json({ status: 'ready', database: 'up', migrations: 'applied', latencyMs: result.latencyMs }, { headers });
  const pending = 'pending' in result ? { pending: result.pending } : {};
  return NextResponse.json({ status: 'not-ready', reason: result.reason, ...pending }, { status: 503, headers });
}
