import { staffFor, staffSignInPath } from '@/lib/auth/guards';
import { getSession, getStaffSession, hasSessionCookie } from '@/lib/auth/session';
import { officialActor } from '@/lib/matters/actor';
import { checkSubmissionFiles } from '@/lib/matters/files';
import { CITY_MESSAGE_FORM, clearFlashCookies, flashCookies } from '@/lib/matters/flash';
import { postCityMessage } from '@/lib/matters/handling';
import { headersWith, itemPostAddress, notFoundResponse, postedFiles, readPostedForm, seeOther, withQuery } from '@/lib/matters/posted-form';
import { fileProblems, MAX_FILES_PER_POST, type PostProblem } from '@/lib/matters/resident';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; itemNumber: string }> };

/**
 * An official writes to the applicant on an item (MSG1), with up to as many files as a resident's
 * reply may carry: the back office's message form posts its text and files here as one multipart
 * form, with or without JavaScript (a server action could not take several files: next.config.ts).
 * Answers with a 303 back to the item: "sent", or the problems and the typed text in a flash.
 * Anyone but an official of the item's division gets a 404 and nothing changes; a member of staff
 * whose session ran out signs in again and comes back to the item.
 */
export async function POST(request: Request, { params }: Context) {
  const address = await itemPostAddress(request, params);
  if (!address) return notFoundResponse();
  const { locale, number } = address;
  const page = `/${locale}/matters/${number}`;
  const actor = officialActor(await staffFor(['official']));
  if (!actor) {
    if ((await getStaffSession()) || (await getSession())) return notFoundResponse();
    return seeOther(staffSignInPath(locale, page, (await hasSessionCookie()) ? 'expired' : undefined));
  }

  const refused = (values: Record<string, string>, problems: Record<string, PostProblem[]>) => {
    const { id, cookies } = flashCookies(CITY_MESSAGE_FORM, locale, { values, problems }, 'matters');
    return seeOther(withQuery(page, { flash: id }, CITY_MESSAGE_FORM), headersWith(cookies));
  };

  const posted = await readPostedForm(request);
  if (!posted.ok) return refused({}, { _form: [posted.reason === 'too-large' ? { key: 'Matters.errors.postTooLarge', values: { max: MAX_FILES_PER_POST } } : { key: 'Matters.errors.postFailed' }] });
  const message = posted.form.get('message');
  const body = typeof message === 'string' ? message : '';
  const files = postedFiles(posted.form, 'files');
  if (files.length > MAX_FILES_PER_POST) return refused({ message: body }, { files: [{ key: 'Matters.errors.tooManyFiles', values: { max: MAX_FILES_PER_POST } }] });

  const result = await postCityMessage(actor, number, { body, files });
  if (result.status === 'notFound') return notFoundResponse();
  if (result.status === 'done') return seeOther(withQuery(page, { done: 'message' }), headersWith(clearFlashCookies(CITY_MESSAGE_FORM, locale, 'matters')));
  if (result.reason === 'fileRefused' && 'refused' in result) return refused({ message: body }, { files: fileProblems(result.refused) });
  if (result.reason !== 'emptyMessage' && result.reason !== 'messageTooLong') return refused({ message: body }, { _form: [{ key: `Matters.errors.${result.reason}` }] });
  // The text was refused before the files were looked at: any refused file is named now as well,
  // so that the official sees everything to fix at once.
  const checked = await checkSubmissionFiles(files);
  return refused({ message: body }, { message: [{ key: `Matters.errors.${result.reason}` }], ...(checked.ok ? {} : { files: fileProblems(checked.refused) }) });
}
