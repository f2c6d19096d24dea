'use server';

import { notFound, redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { isRegistered, signInPath } from '@/lib/auth/guards';
import { getSession } from '@/lib/auth/session';
import { ownerOf } from '@/lib/forms/owner';
import { stepHref } from '@/lib/forms/wizard-state';
import { sameOriginPath } from '@/lib/security/same-origin-path';
import { draftFromItem, removeDraft } from './drafts';
import { parseItemNumber } from '@/lib/matters/item-number';

/*
 * The folder's buttons, plain form posts so that they work without JavaScript. Each asks again
 * who is calling: any action can be posted to directly.
 */

async function resident(locale: string, back: string) {
  const session = await getSession();
  if (!session || !session.strong || !(await isRegistered(session.personId))) redirect(signInPath(locale, back, session ? 'weak' : 'expired'));
  return { session, owner: ownerOf(session) };
}

/** Back to the folder page the post came from (its search, sort and page), never anywhere else. */
function folderPath(candidate: string, locale: string): string {
  const fallback = `/${locale}/folder`;
  const path = sameOriginPath(candidate, fallback);
  return path === fallback || path.startsWith(`${fallback}?`) ? path.split('#')[0]! : fallback;
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/** Remove, confirmed (FOL7): the owner's unsent draft and its files. Anyone else's draft is a 404. */
export async function removeDraftAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const back = folderPath(text(formData, 'returnTo'), locale);
  const { owner } = await resident(locale, back);
  if (!(await removeDraft(owner, text(formData, 'draftId')))) notFound();
  const url = new URL(back, 'http://folder.invalid');
  url.searchParams.delete('remove');
  url.searchParams.set('removed', '1');
  redirect(`${url.pathname}${url.search}#drafts-heading`);
}

/** Use as template (FOL6): a new draft from one of the owner's items, opened in the form. */
export async function useAsTemplateAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const itemNumber = parseItemNumber(text(formData, 'itemNumber'));
  const { session, owner } = await resident(locale, `/${locale}/folder`);
  const created = itemNumber === null ? null : await draftFromItem(owner, session.personId, itemNumber);
  if (!created) notFound();
  redirect(stepHref(locale, created.formSlug, created.draftId, 1));
}
