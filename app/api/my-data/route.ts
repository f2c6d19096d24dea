import { NextResponse } from 'next/server';
import { getSession } from '@/lib/auth/session';
import { exportMyData } from '@/lib/my-data/collect';
import { now } from '@/lib/time/clock';

export const dynamic = 'force-dynamic';

// The download is the person's own data: never kept by a browser or a proxy on the way.
const noStore = { 'Cache-Control': 'no-store' };

/**
 * "Download my data" (PRO6): everything stored about the signed-in person as the city profile's
 * GDPR tree. Checks who is calling itself, as anyone can ask this address: only a strong
 * identification opens it, and only the caller's own data is ever read.
 */
export async function GET() {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'not-signed-in' }, { status: 401, headers: noStore });
  if (!session.strong) return NextResponse.json({ error: 'strong-identification-required' }, { status: 403, headers: noStore });

  const tree = await exportMyData(session.personId);
  const date = now().toISOString().slice(0, 10);
  return new NextResponse(JSON.stringify(tree, null, 2), {
    headers: {
      ...noStore,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="my-data-${date}.json"`,
    },
  });
}
