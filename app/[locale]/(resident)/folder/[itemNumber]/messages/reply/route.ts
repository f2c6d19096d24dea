import { ownerOf } from '@/lib/forms/owner';
import { clearFlashCookies, flashCookies, REPLY_FORM } from '@/lib/matters/flash';
import { headersWith, itemPostAddress, notFoundResponse, postedFiles, readPostedForm, residentOfPost, seeOther, withQuery } from '@/lib/matters/posted-form';
import { replyToItem, type PostProblem } from '@/lib/matters/resident';
import { folderReturnPath, itemMessagesPath } from '@/lib/matters/return-path';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; itemNumber: string }> };

/**
 * The resident's reply on an item (MSG2): the reply form (folder/_components/reply-form.tsx)
 * posts its text and files here as one multipart form, with or without JavaScript. Answers with
 * a 303 back to the page it came from: "sent", or the problems and the typed text in a flash.
 * Someone else's item, or one the folder does not keep, is a 404 and nothing changes.
 */
export async function POST(request: Request, { params }: Context) {
  const address = await itemPostAddress(request, params);
  if (!address) return notFoundResponse();
  const { locale, itemNumber, number } = address;
  const page = itemMessagesPath(locale, itemNumber);
  const caller = await residentOfPost(locale, page);
  if (!caller.ok) return caller.response;

  const posted = await readPostedForm(request);
  if (!posted.ok) {
    const { id, cookies } = flashCookies(REPLY_FORM, locale, { values: {}, problems: { _form: [{ key: posted.reason === 'too-large' ? 'ItemMessages.postTooLarge' : 'ItemMessages.postFailed' }] } });
    return seeOther(withQuery(page, { flash: id }, REPLY_FORM), headersWith(cookies));
  }
  const returnTo = folderReturnPath(posted.form.get('returnTo'), locale, page);
  const body = typeof posted.form.get('body') === 'string' ? (posted.form.get('body') as string) : '';
  const result = await replyToItem(ownerOf(caller.session), caller.session.personId, number, { body, files: postedFiles(posted.form, 'files') });

  if (result.status === 'notFound') return notFoundResponse();
  if (result.status === 'sent') return seeOther(withQuery(returnTo, { reply: 'sent' }, 'messages'), headersWith(clearFlashCookies(REPLY_FORM, locale)));
  const problems: Record<string, PostProblem[]> =
    result.status === 'notStarted'
      ? { _form: [{ key: 'ItemMessages.notStarted' }] }
      : { ...(result.bodyProblem ? { body: [result.bodyProblem] } : {}), ...(result.fileProblems.length ? { files: result.fileProblems } : {}) };
  const { id, cookies } = flashCookies(REPLY_FORM, locale, { values: { body }, problems });
  return seeOther(withQuery(returnTo, { flash: id }, REPLY_FORM), headersWith(cookies));
}
