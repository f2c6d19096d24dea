import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { BackLink } from '@/components/editor/back-link';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { emptyServiceValues } from '@/lib/service-editor/form-values';
import { listDivisions } from '@/lib/service-editor/queries';
import { ServiceForm } from '../_components/service-form';

export const generateMetadata = metadataFrom('EditorServices');

/** Editors: a new service description, saved first as a draft nobody else sees. */
export default async function NewServicePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const t = await getTranslations('EditorServices');
  const messages = await getMessages();
  const divisions = (await listDivisions()).map((division) => ({ slug: division.slug, name: localized(division.name, locale) }));
  return (
    <PageMain>
      <BackLink href="/editor/services" label={t('backToList')} />
      <PageTitle>{t('newTitle')}</PageTitle>
      <NextIntlClientProvider messages={{ EditorServices: messages.EditorServices, Catalogue: messages.Catalogue }}>
        <ServiceForm values={emptyServiceValues()} divisions={divisions} />
      </NextIntlClientProvider>
    </PageMain>
  );
}
