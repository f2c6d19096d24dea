import { NextResponse } from 'next/server';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/*
 * The benchmark's floor for POSTs (bench/run.ts): a route handler that goes through the proxy like
 * every API route and reads a small JSON body, but touches no database, so that a save's cost can
 * be told apart from the cost of merely answering a POST on this server. Not in production, like
 * the layout floor.
 */
export async function POST(request: Request) {
  if (env.APP_ENV === 'production') return new NextResponse(null, { status: 404 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ status: 'invalid' }, { status: 400 });
  }
  // Answers with something taken from the body, so that the body is really read and parsed.
  const keys = body !== null && typeof body === 'object' ? Object.keys(body).length : 0;
  return NextResponse.json({ status: 'ok', keys }, { headers: { 'Cache-Control': 'no-store' } });
}
