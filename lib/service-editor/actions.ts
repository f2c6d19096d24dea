'use server';

import { notFound, redirect } from 'next/navigation';
import { revalidatePath, updateTag } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { withoutNul } from '@/db/text';
import { staffFor } from '@/lib/auth/guards';
import { catalogueTags } from '@/lib/catalogue/cache-tags';
import { forgetCatalogueReads } from '@/lib/catalogue/read-cache';
import { defaultLocale, isLocale } from '@/lib/i18n/routing';
import { readServiceForm } from './form-values';
import { createService, publishService, restoreRevision, saveServiceDraft, unpublishService } from './mutations';
import { isSlugTaken, listDivisions } from './queries';
import { parseServiceForm, slugProblem, type ServiceFormState } from './schema';

async function editorPath(slug: string, query: Record<string, string> = {}): Promise<string> {
  const locale = await getLocale();
  const search = new URLSearchParams(query).toString();
  return `/${isLocale(locale) ? locale : defaultLocale}/editor/services/${slug}${search ? `?${search}` : ''}`;
}

// The catalogue, the service's page and the popular services in every side column show the change
// at once; updateTag lets this editor read their own write straight away.
function showInCatalogue(slug: string) {
  forgetCatalogueReads();
  updateTag(catalogueTags.catalogue);
  updateTag(catalogueTags.service(slug));
  revalidatePath('/', 'layout');
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? withoutNul(value) : '';
};

/**
 * Creates a service (the form carries no "service") or saves its draft; with intent "publish"
 * also publishes it. Editors only; anyone else gets a 404 and nothing changes.
 */
export async function saveService(previous: ServiceFormState, formData: FormData): Promise<ServiceFormState> {
  const staff = await staffFor(['editor']);
  if (!staff) notFound();
  const attempt = previous.attempt + 1;
  const values = readServiceForm(formData);
  const existing = field(formData, 'service');
  const slug = existing || values.text.slug!.trim();
  values.text.slug = slug;
  const divisionSlugs = (await listDivisions()).map((division) => division.slug);
  const parsed = parseServiceForm(values, divisionSlugs);
  const fieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  // A clash is told together with the other problems, not only once they are fixed.
  const badSlug = existing ? undefined : (slugProblem(slug) ?? ((await isSlugTaken(slug)) ? 'errors.slugTaken' : undefined));
  if (badSlug) fieldErrors.slug = badSlug;
  if (!parsed.ok || badSlug) return { status: 'error', attempt, values, fieldErrors };

  if (existing) {
    const saved = await saveServiceDraft(staff, slug, parsed.content, values.text.version ?? '');
    if (!saved.ok && saved.problem === 'not-found') notFound();
    if (!saved.ok) return { status: 'error', attempt, values, fieldErrors: {}, formError: 'errors.stale' };
  } else {
    const created = await createService(staff, slug, parsed.content);
    if (!created.ok) return { status: 'error', attempt, values, fieldErrors: { slug: 'errors.slugTaken' } };
  }

  if (field(formData, 'intent') === 'publish') {
    const published = await publishService(staff, slug);
    if (!published.ok && published.problem === 'not-found') notFound();
    // The draft is saved; the page lists what publishing still needs, with or without JavaScript.
    if (!published.ok) redirect(await editorPath(slug, { done: 'not-publishable' }));
    showInCatalogue(slug);
    redirect(await editorPath(slug, { done: 'published' }));
  }
  redirect(await editorPath(slug, { done: existing ? 'saved' : 'created' }));
}

/** Takes a service off the catalogue. Editors only; anyone else gets a 404 and nothing changes. */
export async function unpublishServiceAction(formData: FormData): Promise<void> {
  const staff = await staffFor(['editor']);
  if (!staff) notFound();
  const slug = field(formData, 'service');
  if (!(await unpublishService(staff, slug))) notFound();
  showInCatalogue(slug);
  redirect(await editorPath(slug, { done: 'unpublished' }));
}

/** Puts a revision's content back into the draft. Editors only; anyone else gets a 404 and nothing changes. */
export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const staff = await staffFor(['editor']);
  if (!staff) notFound();
  const slug = field(formData, 'service');
  if (!(await restoreRevision(staff, slug, field(formData, 'revision')))) notFound();
  redirect(await editorPath(slug, { done: 'restored' }));
}
