'use server';

import { notFound, redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { signInPath } from '@/lib/auth/guards';
import { withoutNul } from '@/db/text';
import type { GroupItem } from './definition';
import { pageAnswersOnly, readPageAnswers } from './form-data';
import { removeAttachment } from './attachments';
import { createDraft, saveDraft, sendDraft } from './mutations';
import { findDraft, latestDefinition } from './queries';
import { checkAnswers } from './schema';
import { currentResident, savePage, uploadFromPage } from './wizard-post';
import { stepHref, type WizardState } from './wizard-state';

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? withoutNul(value) : '';
};

/**
 * Every button of the wizard, also without JavaScript: Next, Back, a step, Save as draft, adding
 * or removing an item of a group, the choice after a conflict, and Send on the summary. What
 * was typed on the page is saved first whatever is missing; only Next and Send then check.
 */
export async function wizardStep(previous: WizardState, formData: FormData): Promise<WizardState> {
  const locale = await getLocale();
  const attempt = previous.attempt + 1;
  const slug = text(formData, 'slug');
  const draftId = text(formData, 'draftId') || null;
  const version = Number.parseInt(text(formData, 'version'), 10);
  const pageIndex = Number.parseInt(text(formData, 'page'), 10);
  const intent = text(formData, 'intent');

  const resident = await currentResident();
  if (!resident) redirect(signInPath(locale, draftId ? stepHref(locale, slug, draftId, Number.isFinite(pageIndex) ? pageIndex + 1 : 1) : `/${locale}/forms/${slug}`, 'expired'));

  const draft = draftId ? await findDraft(resident.owner, draftId) : null;
  if (draftId && !draft) notFound();
  const definition = draft?.definition ?? (await latestDefinition(slug));
  if (!definition || definition.definition.slug !== slug) notFound();
  const pages = definition.definition.pages;
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex > pages.length) notFound();
  const onSummary = pageIndex === pages.length;
  const currentVersion = Number.isInteger(version) ? version : null;

  if (draft?.submittedAt) {
    const sent = await sendDraft(resident.owner, resident.session.personId, { draftId: draft.id, version: draft.version, locale });
    if (sent.status === 'sent') redirect(`/${locale}/forms/${slug}/sent/${sent.itemNumber}`);
  }

  if (onSummary) {
    if (intent === 'load-newer') redirect(stepHref(locale, slug, draftId, 'summary'));
    if (intent.startsWith('goto:')) redirect(stepHref(locale, slug, draftId, Number(intent.slice(5)) || 1));
    // Send on the summary of a form never saved: a draft of nothing, so that the problems can be listed.
    const target = draft ? { id: draft.id, version: currentVersion } : await createDraft(resident.owner, resident.session.personId, definition, {}, 0).then((created) => (created.status === 'saved' ? { id: created.draftId, version: created.version } : null));
    if (!target || target.version === null) notFound();
    const sent = await sendDraft(resident.owner, resident.session.personId, { draftId: target.id, version: target.version, locale });
    if (sent.status === 'notFound') notFound();
    if (sent.status === 'sent') redirect(`/${locale}/forms/${slug}/sent/${sent.itemNumber}`);
    if (sent.status === 'conflict') return { attempt, status: 'conflict', fieldErrors: {}, draftId: target.id, version: target.version };
    return { attempt, status: 'errors', fieldErrors: sent.fieldErrors, draftId: target.id, version: target.version };
  }

  const page = pages[pageIndex]!;
  const here = (field: string, version: number, id: string) => `${stepHref(locale, slug, id, pageIndex + 1, { v: String(version) })}#field-${field}`;
  if (intent.startsWith('upload:')) {
    // The same as app/api/forms/attachments, which the wizard posts to with JavaScript.
    const fieldName = intent.slice('upload:'.length);
    const uploaded = await uploadFromPage(resident, { definition, draftId, version: currentVersion, pageIndex, fieldName, formData });
    switch (uploaded.status) {
      case 'invalid':
        return { attempt, status: 'errors', fieldErrors: uploaded.fieldErrors, values: uploaded.answers, draftId: draftId ?? undefined, version: currentVersion ?? undefined };
      case 'conflict':
        return { attempt, status: 'conflict', fieldErrors: {}, values: uploaded.answers, draftId: draftId ?? undefined, version: currentVersion ?? undefined };
      case 'notFound':
        notFound();
      case 'sent':
        redirect(`/${locale}/folder`);
      case 'refused':
        return { attempt, status: 'errors', fieldErrors: uploaded.fieldErrors, errorValues: uploaded.errorValues, draftId: uploaded.draftId, version: uploaded.version };
      case 'added':
        redirect(here(fieldName, uploaded.version, uploaded.draftId));
    }
  }
  let answers = readPageAnswers(page, formData);
  // A group's items are added and removed by plain buttons, so that it works without JavaScript.
  const [verb, groupName, itemIndex] = intent.split(':');
  if ((verb === 'add' || verb === 'remove') && groupName) {
    const items = (Array.isArray(answers[groupName]) ? answers[groupName] : []) as GroupItem[];
    answers = { ...answers, [groupName]: verb === 'add' ? [...items, {}] : items.filter((_, index) => index !== Number(itemIndex)) };
  }
  const shape = checkAnswers(definition.definition, answers, { mode: 'draft' });
  if (!shape.ok) return { attempt, status: 'errors', fieldErrors: shape.fieldErrors, values: answers, draftId: draftId ?? undefined, version: currentVersion ?? undefined };

  if (intent === 'load-newer') redirect(stepHref(locale, slug, draftId, pageIndex + 1));
  if (intent === 'keep-mine') {
    // The stale tab's page goes into a draft of its own, with the rest as the draft has it now.
    const base = draft?.answers ?? {};
    const separate = await createDraft(resident.owner, resident.session.personId, definition, { ...base, ...shape.answers }, pageIndex);
    if (separate.status !== 'saved') notFound();
    redirect(stepHref(locale, slug, separate.draftId, pageIndex + 1, { separate: '1' }));
  }

  const nextPage = intent === 'next' ? pageIndex + 1 : pageIndex;
  const pageCheck = intent === 'next' ? checkAnswers(definition.definition, { ...(draft?.answers ?? {}), ...answers }, { mode: 'submit', pages: [pageIndex] }) : null;
  const reached = pageCheck?.ok ? nextPage : pageIndex;
  // Where the person will be next, so that opening the form again continues there.
  const landing = pageCheck?.ok ? Math.min(nextPage, pages.length - 1) : pageIndex;
  const saved = await savePage(resident, definition, draftId, currentVersion, landing, pageAnswersOnly(page, shape.answers), reached);
  if (saved.status === 'notFound') notFound();
  if (saved.status === 'sent') redirect(`/${locale}/folder`);
  if (saved.status === 'conflict') return { attempt, status: 'conflict', fieldErrors: {}, values: answers, draftId: draftId ?? undefined, version: currentVersion ?? undefined };
  const savedId = saved.draftId;

  // What was typed is saved; the page comes back with its problems, from the draft, so that a
  // new draft's address is in the browser and a later post continues the same draft.
  if (pageCheck && !pageCheck.ok) redirect(stepHref(locale, slug, savedId, pageIndex + 1, { check: '1', ...(text(formData, 'returnToSummary') === '1' ? { from: 'summary' } : {}) }));
  if (intent === 'next') {
    const toSummary = text(formData, 'returnToSummary') === '1' || nextPage >= pages.length;
    redirect(stepHref(locale, slug, savedId, toSummary ? 'summary' : nextPage + 1));
  }
  if (intent === 'back') redirect(stepHref(locale, slug, savedId, Math.max(1, pageIndex)));
  if (intent.startsWith('goto:')) {
    const target = intent.slice(5);
    redirect(stepHref(locale, slug, savedId, target === 'summary' ? 'summary' : Math.max(1, Number(target) || 1)));
  }
  // The draft's version in the address makes it a new one, so that the browser shows the page afresh.
  if ((verb === 'add' || verb === 'remove') && groupName) redirect(`${stepHref(locale, slug, savedId, pageIndex + 1, { v: String(saved.version) })}#field-${groupName}`);
  if (verb === 'remove-file') {
    const field = page.fields.find((entry) => entry.name === groupName);
    if (!field || field.type !== 'attachment') notFound();
    const files = (Array.isArray(shape.answers[field.name]) ? shape.answers[field.name] : []) as string[];
    await removeAttachment(resident.owner, savedId, itemIndex ?? '');
    const after = await saveDraft(resident.owner, { draftId: savedId, version: saved.version, answers: { [field.name]: files.filter((id) => id !== itemIndex) }, page: pageIndex });
    redirect(here(field.name, after.status === 'saved' ? after.version : saved.version + 1, savedId));
  }
  // Save as draft: the same page again, saying so.
  redirect(stepHref(locale, slug, savedId, pageIndex + 1, { saved: '1' }));
}
