import { NextResponse, type NextRequest } from 'next/server';
import { withoutNul } from '@/db/text';
import { findDraft, latestDefinition } from '@/lib/forms/queries';
import { currentResident, uploadFromPage } from '@/lib/forms/wizard-post';
import type { AttachmentUploadResult } from '@/lib/forms/wizard-state';
import { readPostedForm } from '@/lib/matters/posted-form';
import { isSameOriginRequest } from '@/lib/security/same-origin-request';

export const dynamic = 'force-dynamic';

/** As much as the wizard's server action takes (next.config.ts): a page with one file of 2 MiB. */
const MAX_BODY_BYTES = 3 * 1024 * 1024;

const HTTP_STATUS: Record<AttachmentUploadResult['status'], number> = { added: 200, refused: 422, invalid: 422, conflict: 409, sent: 409, expired: 401, notFound: 404 };

function answer(result: AttachmentUploadResult | { status: 'forbidden' | 'tooLarge' | 'invalidRequest' }): NextResponse {
  const status = result.status === 'forbidden' ? 403 : result.status === 'tooLarge' ? 413 : result.status === 'invalidRequest' ? 400 : HTTP_STATUS[result.status];
  return NextResponse.json(result, { status, headers: { 'Cache-Control': 'no-store' } });
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? withoutNul(value) : '';
};

/**
 * "Attach the file" of the form wizard with JavaScript (components/forms/wizard/post-attachment.ts):
 * the same multipart post of the page as the server action gets without JavaScript, sent with
 * XMLHttpRequest so that the page can show the upload's progress, and answered with
 * lib/forms/wizard-state.ts's AttachmentUploadResult as JSON instead of a new page. Who is
 * posting and the draft's version are checked as for every post of the wizard; the file itself
 * by lib/forms/wizard-post.ts's uploadFromPage, as in the server action. Someone else's draft is
 * a 404; a stale version a 409 conflict, and then nothing is stored.
 */
export async function POST(request: NextRequest) {
  // Another site cannot make a signed-in browser attach files to a draft.
  if (!isSameOriginRequest(request)) return answer({ status: 'forbidden' });
  const resident = await currentResident();
  if (!resident) return answer({ status: 'expired' });
  const posted = await readPostedForm(request, MAX_BODY_BYTES);
  if (!posted.ok) return answer({ status: posted.reason === 'too-large' ? 'tooLarge' : 'invalidRequest' });
  const form = posted.form;

  const slug = text(form, 'slug');
  const draftId = text(form, 'draftId') || null;
  const version = Number.parseInt(text(form, 'version'), 10);
  const pageIndex = Number.parseInt(text(form, 'page'), 10);
  const intent = text(form, 'intent');
  if (!intent.startsWith('upload:')) return answer({ status: 'invalidRequest' });

  const draft = draftId ? await findDraft(resident.owner, draftId) : null;
  if (draftId && !draft) return answer({ status: 'notFound' });
  if (draft?.submittedAt) return answer({ status: 'sent' });
  const definition = draft?.definition ?? (await latestDefinition(slug));
  if (!definition || definition.definition.slug !== slug) return answer({ status: 'notFound' });
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= definition.definition.pages.length) return answer({ status: 'notFound' });

  const result = await uploadFromPage(resident, {
    definition,
    draftId,
    version: Number.isInteger(version) ? version : null,
    pageIndex,
    fieldName: intent.slice('upload:'.length),
    formData: form,
  });
  if (result.status === 'invalid') return answer({ status: 'invalid', fieldErrors: result.fieldErrors });
  if (result.status === 'conflict') return answer({ status: 'conflict' });
  return answer(result);
}
