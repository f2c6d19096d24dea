import { ownerOf } from '@/lib/forms/owner';
import { complementForm, readComplementAnswers, sendComplement } from '@/lib/matters/complement';
import { clearFlashCookies, COMPLEMENT_FORM, flashCookies } from '@/lib/matters/flash';
import { headersWith, itemPostAddress, notFoundResponse, postedFiles, readPostedForm, residentOfPost, seeOther, withQuery } from '@/lib/matters/posted-form';
import { openInformationRequest, type PostProblem } from '@/lib/matters/resident';
import { complementPath } from '@/lib/matters/return-path';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; itemNumber: string }> };

/**
 * The complement form (folder/[itemNumber]/complement) posts here, as one multipart form with
 * or without JavaScript. Sent: back to the page, which thanks. Refused: back with the problems
 * and the typed answers in a flash. No open request of the caller's own item: 404.
 */
export async function POST(request: Request, { params }: Context) {
  const address = await itemPostAddress(request, params);
  if (!address) return notFoundResponse();
  const { locale, itemNumber, number } = address;
  const page = complementPath(locale, itemNumber);
  const caller = await residentOfPost(locale, page);
  if (!caller.ok) return caller.response;
  const owner = ownerOf(caller.session);

  const open = await openInformationRequest(owner, number);
  if (!open) return notFoundResponse();
  const posted = await readPostedForm(request);
  if (!posted.ok) {
    const { id, cookies } = flashCookies(COMPLEMENT_FORM, locale, { values: {}, problems: { _form: [{ key: posted.reason === 'too-large' ? 'Complement.postTooLarge' : 'Complement.postFailed' }] } });
    return seeOther(withQuery(page, { flash: id }, COMPLEMENT_FORM), headersWith(cookies));
  }
  const requestId = posted.form.get('requestId');
  const answers = readComplementAnswers(complementForm(open.item.definition, open.request.fieldNames), posted.form);
  const result = await sendComplement(owner, caller.session.personId, number, typeof requestId === 'string' ? requestId : '', { answers, files: postedFiles(posted.form, 'files') });

  if (result.status === 'notFound') return notFoundResponse();
  if (result.status === 'sent') return seeOther(withQuery(page, { sent: '1' }), headersWith(clearFlashCookies(COMPLEMENT_FORM, locale)));
  const problems: Record<string, PostProblem[]> = Object.fromEntries(Object.entries(result.fieldErrors).map(([path, key]) => [path, [{ key }]]));
  if (result.fileProblems.length) problems._files = result.fileProblems;
  const { id, cookies } = flashCookies(COMPLEMENT_FORM, locale, { values: answers, problems });
  return seeOther(withQuery(page, { flash: id }, COMPLEMENT_FORM), headersWith(cookies));
}
