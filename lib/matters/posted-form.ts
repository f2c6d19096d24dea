import 'server-only';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from '@/lib/attachments/allowed-types';
import { readWithinLimit } from '@/lib/attachments/read-within-limit';
import { isRegistered, signInPath } from '@/lib/auth/guards';
import { getSession, getStaffSession, hasSessionCookie, type CurrentSession } from '@/lib/auth/session';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { isSameOriginRequest } from '@/lib/security/same-origin-request';
import { parseItemNumber } from './item-number';
import { MAX_FILES_PER_POST } from './resident';

/**
 * A resident's reply or complement arrives as one multipart form post, so that it works without
 * JavaScript. Server actions take at most 3 MB (next.config.ts), less than a few 2 MB files:
 * these posts go to route handlers instead, which read the body here, never past what the most
 * files allowed can weigh (and well below the 10 MB the proxy buffers), before parsing it.
 */
export const MAX_POST_BYTES = MAX_FILES_PER_POST * DEFAULT_MAX_ATTACHMENT_BYTES + 512 * 1024;

export type PostedForm = { ok: true; form: FormData } | { ok: false; reason: 'too-large' | 'not-a-form' };

/** Reads a posted form of at most `maxBytes` (by default MAX_POST_BYTES). */
/**
 * The address of a post to one item (/{locale}/…/{itemNumber}/…), read and checked: a known
 * language, an item number, and a post from the portal's own pages. Anything else is null, which
 * the route answers with a 404, as it would someone else's item.
 */
export async function itemPostAddress(request: Request, params: Promise<{ locale: string; itemNumber: string }>): Promise<{ locale: Locale; itemNumber: string; number: number } | null> {
  const { locale, itemNumber } = await params;
  const number = parseItemNumber(itemNumber);
  if (!isLocale(locale) || number === null || !isSameOriginRequest(request)) return null;
  return { locale, itemNumber, number };
}

export async function readPostedForm(request: Request, maxBytes = MAX_POST_BYTES): Promise<PostedForm> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) return { ok: false, reason: 'not-a-form' };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: false, reason: 'not-a-form' };
  const read = await readWithinLimit(request.body, maxBytes);
  if (!read.ok) return { ok: false, reason: read.reason === 'too-large' ? 'too-large' : 'not-a-form' };
  try {
    return { ok: true, form: await new Response(read.bytes as BodyInit, { headers: { 'content-type': type } }).formData() };
  } catch {
    return { ok: false, reason: 'not-a-form' };
  }
}

/** The posted files of an `<input type="file" multiple>`; a browser sends an empty part when none was chosen. */
export function postedFiles(form: FormData, name: string): File[] {
  return form.getAll(name).filter((value): value is File => value instanceof File && !(value.size === 0 && value.name === ''));
}

/** A redirect that works whatever host Next thinks it has: a relative Location, 303 so the browser GETs it. */
export function seeOther(path: string, headers?: Headers): Response {
  const response = new Response(null, { status: 303, headers });
  response.headers.set('Location', path);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

/**
 * Who posts to a resident's route handler: a strongly identified, registered resident, or the
 * redirect to sign in (or register) and come back to `page`. The same conditions as
 * requireResident() for pages, answered with a 303 as a route handler must. A member of staff
 * has no folder: a 404, which tells an official of any division nothing about the item.
 */
export async function residentOfPost(locale: string, page: string): Promise<{ ok: true; session: CurrentSession } | { ok: false; response: Response }> {
  const session = await getSession();
  if (!session && (await getStaffSession())) return { ok: false, response: notFoundResponse() };
  if (!session) return { ok: false, response: seeOther(signInPath(locale, page, (await hasSessionCookie()) ? 'expired' : undefined)) };
  if (!session.strong) return { ok: false, response: seeOther(signInPath(locale, page, 'weak')) };
  if (!(await isRegistered(session.personId))) return { ok: false, response: seeOther(`/${locale}/registration?${new URLSearchParams({ returnTo: page })}`) };
  return { ok: true, session };
}

/** The plain 404 a route handler answers for anything not the caller's: it tells nothing about what exists. */
export function notFoundResponse(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** `path` with `name=value` set in its query and an optional fragment: where a post returns to. */
export function withQuery(path: string, values: Record<string, string>, hash?: string): string {
  const url = new URL(path, 'http://same-origin.invalid');
  for (const [name, value] of Object.entries(values)) url.searchParams.set(name, value);
  if (hash) url.hash = hash;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Response headers that set these cookies. */
export function headersWith(cookies: readonly string[]): Headers {
  const headers = new Headers();
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  return headers;
}
