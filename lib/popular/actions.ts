'use server';

import { notFound, redirect } from 'next/navigation';
import { revalidatePath, updateTag } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { staffFor } from '@/lib/auth/guards';
import { catalogueTags } from '@/lib/catalogue/cache-tags';
import { forgetCatalogueReads } from '@/lib/catalogue/read-cache';
import { defaultLocale, isLocale } from '@/lib/i18n/routing';
import { changePopularServices } from './mutations';
import { readPopularForm } from './schema';

/** One step on the popular services (add, move up or down, remove). Editors only; anyone else gets a 404. */
export async function changePopular(formData: FormData): Promise<void> {
  const staff = await staffFor(['editor']);
  if (!staff) notFound();
  const change = readPopularForm(formData);
  const locale = await getLocale();
  const page = `/${isLocale(locale) ? locale : defaultLocale}/editor/popular`;
  if (!change) redirect(`${page}?${new URLSearchParams({ problem: 'unknown' })}`);
  const result = await changePopularServices(staff, change);
  if (!result.ok) redirect(`${page}?${new URLSearchParams({ problem: result.problem })}`);
  // The front page and every side column show the list: both change at once.
  forgetCatalogueReads();
  updateTag(catalogueTags.catalogue);
  revalidatePath('/', 'layout');
  redirect(`${page}?${new URLSearchParams({ done: change.op, slug: change.slug })}`);
}
