import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { ServiceDescription } from '@/components/catalogue/service-description';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { locales } from '@/lib/i18n/routing';
import { findServiceForEditor, listDivisions } from '@/lib/service-editor/queries';

type Props = { params: Promise<{ locale: string; slug: string }> };

// A draft is nobody's to find: never indexed, whoever asks.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'EditorServices' });
  return { title: t('previewTitle'), robots: { index: false, follow: false } };
}

/** Editors: the draft drawn exactly as the public service page will draw it, clearly marked as a preview. */
export default async function ServicePreviewPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const service = await findServiceForEditor(slug);
  if (!service) notFound();
  const t = await getTranslations('EditorServices');
  const division = (await listDivisions()).find((candidate) => candidate.slug === service.draft.division);

  const banner = (
    <div className="mb-8 border-4 border-notice bg-notice-light p-4">
      <p className="text-xl font-bold">{t('previewBanner')}</p>
      <p className="mt-1 max-w-prose">{t('previewLead')}</p>
      <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/editor/services/${slug}`} className="font-bold text-bus underline">{t('backToEditing')}</Link>
        {locales
          .filter((other) => other !== locale)
          .map((other) => (
            <Link key={other} href={`/editor/services/${slug}/preview`} locale={other} className="text-bus underline">
              {t(`previewIn.${other}`)}
            </Link>
          ))}
      </p>
    </div>
  );
  return (
    <ServiceDescription
      content={service.draft}
      locale={locale}
      division={division ? localized(division.name, locale) : null}
      feedbackUrl={division?.feedbackUrl ?? null}
      before={banner}
    />
  );
}
