import 'server-only';
import { randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { env } from '@/lib/env';
import type { Answers } from '@/lib/forms/definition';
import type { PostProblem } from './resident';

/*
 * What a refused post leaves for the page it returns to: what the person typed and what was
 * wrong, so that nothing typed is lost without JavaScript either. The post answers with a
 * redirect (303) to the page; the page finds this in a short-lived cookie named for the post
 * and shows it only when the address carries the same id (`?flash=…`), so an old refusal never
 * reappears on a later visit. The cookie is httpOnly, limited to the pages of the folder (or of
 * the back office, for an official's post) and gone after five minutes; the text is compressed and split over two cookies when long.
 */

export type Flash = {
  id: string;
  /** What was typed, by input name. */
  values: Answers;
  /** Problems by input name; `_form` for the whole post. */
  problems: Record<string, PostProblem[]>;
};

/** The reply form's flash, and its anchor on the page it returns to. */
export const REPLY_FORM = 'reply';
/** The complement form's flash and anchor. */
export const COMPLEMENT_FORM = 'complement';
/** The back office's message form (an official writing to the applicant): its flash and anchor. */
export const CITY_MESSAGE_FORM = 'message-form';

/** Where a flash is read: the resident's folder, or the officials' back office. */
export type FlashArea = 'folder' | 'matters';

const MAX_AGE_SECONDS = 300;
// Two cookies of at most 3,800 characters: with the session's own cookie the request headers
// stay far below the 16 kB Node accepts; a longer flash would make the folder's pages fail.
const CHUNK = 3800;
const MAX_CHUNKS = 2;

const cookieName = (form: string, index: number) => `flash-${form}-${index}`;

/** Set-Cookie values for a flash of `form`, on the pages of `area` in `locale`; the id goes into the redirect's address. */
export function flashCookies(form: string, locale: string, flash: Omit<Flash, 'id'>, area: FlashArea = 'folder'): { id: string; cookies: string[] } {
  const id = randomBytes(9).toString('base64url');
  let encoded = deflateRawSync(JSON.stringify({ ...flash, id })).toString('base64url');
  // Beyond what the cookies hold (some 5 kB compressed: pages of ordinary text), the problems are
  // kept and the text is not.
  if (encoded.length > CHUNK * MAX_CHUNKS) encoded = deflateRawSync(JSON.stringify({ values: {}, problems: flash.problems, id })).toString('base64url');
  const secure = env.PUBLIC_URL.startsWith('https://') ? '; Secure' : '';
  const attributes = `; Path=/${locale}/${area}; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
  const cookies: string[] = [];
  for (let index = 0; index < MAX_CHUNKS; index++) {
    const part = encoded.slice(index * CHUNK, (index + 1) * CHUNK);
    // Every chunk is written, the unused ones emptied, so no part of an earlier flash is left.
    cookies.push(part ? `${cookieName(form, index)}=${part}${attributes}` : `${cookieName(form, index)}=; Path=/${locale}/${area}; Max-Age=0`);
  }
  return { id, cookies };
}

/** Set-Cookie values that remove a flash of `form` (after a successful post). */
export function clearFlashCookies(form: string, locale: string, area: FlashArea = 'folder'): string[] {
  return Array.from({ length: MAX_CHUNKS }, (_, index) => `${cookieName(form, index)}=; Path=/${locale}/${area}; Max-Age=0`);
}

type CookieReader = { get(name: string): { value: string } | undefined };

/** The flash of `form` left for this page view, or null when there is none or its id is not the one in the address. */
export function readFlash(cookies: CookieReader, form: string, id: string | undefined): Flash | null {
  if (!id) return null;
  let encoded = '';
  for (let index = 0; index < MAX_CHUNKS; index++) encoded += cookies.get(cookieName(form, index))?.value ?? '';
  if (!encoded) return null;
  try {
    const flash = JSON.parse(inflateRawSync(Buffer.from(encoded, 'base64url'), { maxOutputLength: 256 * 1024 }).toString('utf8')) as Flash;
    return flash.id === id && typeof flash.values === 'object' && typeof flash.problems === 'object' ? flash : null;
  } catch {
    return null;
  }
}
