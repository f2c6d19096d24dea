import { sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import { isDatabaseUnreachable, watchUntilDatabaseAnswers } from '@/lib/health/database-watch';
import { logger } from '@/lib/log/logger';

export const dynamic = 'force-dynamic';

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const started = performance.now();
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return NextResponse.json(
      { status: 'ok', database: 'up', latencyMs: Math.round(performance.now() - started) },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    logger.error({ err: error }, 'health check: the database did not answer');
    if (isDatabaseUnreachable(error)) watchUntilDatabaseAnswers();
    return NextResponse.json({ status: 'error', database: 'down' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
