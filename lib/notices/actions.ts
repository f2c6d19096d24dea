'use server';

import { notFound, redirect } from 'next/navigation';
import { revalidatePath, updateTag } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { staffFor } from '@/lib/auth/guards';
import { catalogueTags } from '@/lib/catalogue/cache-tags';
import { defaultLocale, isLocale } from '@/lib/i18n/routing';
import { createNotice, deleteNotice, updateNotice } from './mutations';
import { parseNotice, readNoticeForm, type NoticeFormState } from './schema';

async function listPath(query: Record<string, string>): Promise<string> {
  const locale = await getLocale();
  return `/${isLocale(locale) ? locale : defaultLocale}/editor/notices?${new URLSearchParams(query)}`;
}

// The front page reads the notices on every request; this also drops what browsers' router caches hold.
function showOnFrontPage() {
  updateTag(catalogueTags.notices);
  revalidatePath('/', 'layout');
}

const formId = (formData: FormData) => {
  const id = formData.get('id');
  return typeof id === 'string' ? id : '';
};

/** Creates a notice, or saves one when the form carries its id. Editors only; anyone else gets a 404. */
export async function saveNotice(previous: NoticeFormState, formData: FormData): Promise<NoticeFormState> {
  const staff = await staffFor(['editor']);
  if (!staff) notFound();
  const attempt = previous.attempt + 1;
  const values = readNoticeForm(formData);
  const parsed = parseNotice(values);
  if (!parsed.ok) return { status: 'error', attempt, values, fieldErrors: parsed.fieldErrors };

  const id = formId(formData);
  let savedId = id;
  if (id === '') savedId = await createNotice(staff, parsed.data);
  else if (!(await updateNotice(staff, id, parsed.data))) notFound();
  showOnFrontPage();
  redirect(await listPath({ [id === '' ? 'created' : 'saved']: savedId }));
}

/** Deletes a notice after the confirmation page. Editors only; anyone else gets a 404. */
export async function removeNotice(formData: FormData): Promise<void> {
  const staff = await staffFor(['editor']);
  if (!staff) notFound();
  if (!(await deleteNotice(staff, formId(formData)))) notFound();
  showOnFrontPage();
  redirect(await listPath({ deleted: '1' }));
}
