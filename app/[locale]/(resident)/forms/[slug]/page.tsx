import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { WizardForm } from '@/components/forms/wizard/wizard-form';
import { requireResident, signInPath } from '@/lib/auth/guards';
import { wizardStep } from '@/lib/forms/actions';
import { draftAttachments } from '@/lib/forms/attachments';
import { ownerKey, ownerOf } from '@/lib/forms/owner';
import { findDraft, latestDefinition, latestOpenDraftId, prefillAnswers } from '@/lib/forms/queries';
import { checkAnswers } from '@/lib/forms/schema';
import { stepHref } from '@/lib/forms/wizard-state';
import { pickMessages } from '@/lib/i18n/client-messages';
import { localized } from '@/lib/i18n/localized';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ draft?: string; step?: string; new?: string; saved?: string; separate?: string; check?: string; from?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const form = await latestDefinition(slug);
  return { title: form ? localized(form.definition.title, locale) : undefined, robots: { index: false } };
}

/**
 * A form (FRM1–FRM6): for a strongly identified resident; opening it again continues the
 * latest unsent draft, unless the person asks for a new one.
 */
export default async function FormPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const session = await requireResident();
  const owner = ownerOf(session);
  const t = await getTranslations('FormWizard');

  const draft = query.draft ? await findDraft(owner, query.draft) : null;
  if (query.draft && (!draft || draft.formSlug !== slug)) notFound();
  if (!draft && query.new !== '1') {
    const open = await latestOpenDraftId(owner, slug);
    if (open) redirect(stepHref(locale, slug, open, (await findDraft(owner, open))!.currentPage + 1));
  }
  if (draft?.submittedAt) redirect(`/${locale}/folder`);
  const definitionRow = draft?.definition ?? (await latestDefinition(slug));
  if (!definitionRow) notFound();
  const definition = definitionRow.definition;
  const pages = definition.pages.length;

  const visited = draft?.visitedPages ?? 1;
  const requested = query.step === 'summary' ? pages : Number.parseInt(query.step ?? '', 10) - 1;
  const pageIndex = Number.isInteger(requested) && requested >= 0 && requested <= pages ? requested : (draft?.currentPage ?? 0);
  const answers = draft ? draft.answers : await prefillAnswers(session, definition);
  const checked = query.check === '1' && pageIndex < pages ? checkAnswers(definition, answers, { mode: 'submit', pages: [pageIndex] }) : null;
  // Where signing in again comes back to: a new form stays new, rather than opening an older draft.
  const here = draft ? stepHref(locale, slug, draft.id, pageIndex === pages ? 'summary' : pageIndex + 1) : `/${locale}/forms/${slug}${query.new === '1' ? '?new=1' : ''}`;

  return (
    <PageMain>
      <PageTitle>{localized(definition.title, locale)}</PageTitle>
      <p className="max-w-prose text-lg">{localized(definition.lead, locale)}</p>
      <p className="mb-8 mt-2 max-w-prose">{t('requiredNote')}</p>
      <div className="max-w-3xl">
        <NextIntlClientProvider messages={await pickMessages(['FormWizard', 'FormErrors', 'Attachments'])}>
          <WizardForm
            key={`${draft?.id ?? 'new'}-${pageIndex}`}
            definition={definition}
            locale={locale}
            pageIndex={pageIndex}
            draftId={draft?.id ?? null}
            version={draft?.version ?? null}
            visitedPages={visited}
            answers={answers}
            initialErrors={checked && !checked.ok ? checked.fieldErrors : {}}
            ownerKey={ownerKey(owner)}
            signInHref={signInPath(locale, here, 'expired')}
            returnToSummary={query.from === 'summary'}
            notice={query.saved ? 'saved' : query.separate ? 'separate' : undefined}
            action={wizardStep}
            files={draft ? await draftAttachments(owner, draft.id) : []}
          />
        </NextIntlClientProvider>
        {draft && (
          <p className="mt-8 text-sm">
            <a href={`/${locale}/forms/${slug}?new=1`} className="text-bus underline">{t('startNew')}</a>
          </p>
        )}
      </div>
    </PageMain>
  );
}
