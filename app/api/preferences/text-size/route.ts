import { NextResponse, type NextRequest } from 'next/server';
import { TEXT_SIZE_COOKIE, TEXT_SIZE_MAX_AGE, parseTextSize } from '@/lib/preferences/text-size';
import { sameOriginPath } from '@/lib/security/same-origin-path';

/** Without JavaScript the A A A buttons post here; the answer remembers the size and goes back. */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const size = parseTextSize(form.get('size'));
  const returnTo = sameOriginPath(form.get('returnTo'), '/');
  const response = NextResponse.redirect(new URL(returnTo, request.url), 303);
  response.cookies.set(TEXT_SIZE_COOKIE, size, { path: '/', maxAge: TEXT_SIZE_MAX_AGE, sameSite: 'lax' });
  return response;
}
