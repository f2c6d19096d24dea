import { NextResponse } from 'next/server';
import { getSession, getStaffSession, touchSession } from '@/lib/auth/session';
import { isSameOriginRequest } from '@/lib/security/same-origin-request';
import { now } from '@/lib/time/clock';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * The idle warning asks here after each page change (GET, which counts as activity like any
 * page) and when the person chooses "Continue" (POST, which always does). `now` lets the
 * browser measure against the server's clock.
 */
// Residents and staff alike are signed out after two idle hours, and warned before.
const anySession = async () => (await getSession()) ?? (await getStaffSession());

export async function GET() {
  const session = await anySession();
  if (!session) return NextResponse.json({ signedIn: false }, { headers: noStore });
  return NextResponse.json({ signedIn: true, idleExpiresAt: session.idleExpiresAt.toISOString(), now: now().toISOString() }, { headers: noStore });
}

export async function POST(request: Request) {
  // Only the portal's own pages may keep a session alive, not a page of another site.
  if (!isSameOriginRequest(request)) return NextResponse.json({ status: 'forbidden' }, { status: 403, headers: noStore });
  const session = await anySession();
  if (!session) return NextResponse.json({ signedIn: false }, { status: 401, headers: noStore });
  const idleExpiresAt = await touchSession(session);
  return NextResponse.json({ signedIn: true, idleExpiresAt: idleExpiresAt.toISOString(), now: now().toISOString() }, { headers: noStore });
}
