import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { BackLink } from '@/components/editor/back-link';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { ErrorSummary } from '@/components/forms/error-summary';
import { missingForPublish, valuesOf } from '@/lib/service-editor/form-values';
import { versionOf } from '@/lib/service-editor/mutations';
import { findServiceForEditor, listDivisions } from '@/lib/service-editor/queries';
import { fieldId } from '../_components/form-kit';
import { ServiceForm } from '../_components/service-form';
import { ServiceStatusPanel } from '../_components/service-status';

export const generateMetadata = metadataFrom('EditorServices');

const doneMessages = ['created', 'saved', 'published', 'unpublished', 'restored'] as const;

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ done?: string }> };

/** Editors: one service's draft to edit, with where it stands and the ways to preview, publish and go back in history. */
export default async function EditServicePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const service = await findServiceForEditor(slug);
  if (!service) notFound();
  const t = await getTranslations('EditorServices');
  const messages = await getMessages();
  const divisions = (await listDivisions()).map((division) => ({ slug: division.slug, name: localized(division.name, locale) }));
  const { done } = await searchParams;
  const doneMessage = doneMessages.find((key) => key === done);
  // "Save and publish" saved the draft but publishing waits: what is missing, from the saved draft itself.
  const missing = done === 'not-publishable' ? missingForPublish(service.draft) : [];

  return (
    <PageMain>
      <BackLink href="/editor/services" label={t('backToList')} />
      <PageTitle>{t('editTitle', { name: localized(service.draft.name, locale) || slug })}</PageTitle>
      <div role="status">{doneMessage && <p className="mb-6 max-w-prose border-l-8 border-ok bg-ok-light p-4 font-bold">{t(`done.${doneMessage}`)}</p>}</div>
      {missing.length > 0 && (
        <div className="max-w-4xl">
        <ErrorSummary
          heading={t('notPublishableHeading')}
          formError={t('notPublishableLead')}
          problems={missing.map(({ field, locale: language }) => ({
            fieldId: fieldId(`${field}.${language}`),
            message: t('missingText', { field: t(`fields.${field}`), language: t(`languageIn.${language}`) }),
          }))}
          attempt={0}
        />
        </div>
      )}
      <ServiceStatusPanel service={service} />
      <NextIntlClientProvider messages={{ EditorServices: messages.EditorServices, Catalogue: messages.Catalogue }}>
        {/* A new version (after a save, publish or restore) starts the form afresh, without the last attempt's messages. */}
        <ServiceForm key={versionOf(service.updatedAt)} slug={slug} values={valuesOf(service.draft, versionOf(service.updatedAt))} divisions={divisions} />
      </NextIntlClientProvider>
    </PageMain>
  );
}
