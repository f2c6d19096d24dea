import { NextResponse, type NextRequest } from 'next/server';
import { TEXT_SIZE_COOKIE, TEXT_SIZE_MAX_AGE, parseTextSize } from '@/lib/preferences/text-size';
import { env } from '@/lib/env';
import { sameOriginPath } from '@/lib/security/same-origin-path';
import { isSameOriginRequest } from '@/lib/security/same-origin-request';

/** Without JavaScript the A A A buttons post here; the answer remembers the size and goes back. */
export async function POST(request: NextRequest) {
  // Another site may not change a person's settings by posting here.
  if (!isSameOriginRequest(request)) return new NextResponse(null, { status: 403 });
  // A post that is not a form (no body, JSON, noise) chooses nothing: the default size, back to the front page.
  const form = await request.formData().catch(() => new FormData());
  const size = parseTextSize(form.get('size'));
  const returnTo = sameOriginPath(form.get('returnTo'), '/');
  const response = NextResponse.redirect(new URL(returnTo, request.url), 303);
  response.cookies.set(TEXT_SIZE_COOKIE, size, { path: '/', maxAge: TEXT_SIZE_MAX_AGE, sameSite: 'lax', secure: env.PUBLIC_URL.startsWith('https://') });
  return response;
}
