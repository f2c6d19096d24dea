import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

type PageProps = { params: Promise<{ locale: string }> };

/**
 * `generateMetadata` for a page whose title is `title` in its messages namespace, and whose
 * description, when it has one, is its `lead`.
 */
export function metadataFrom(namespace: string, { withDescription = false } = {}) {
  return async function generateMetadata({ params }: PageProps): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return withDescription ? { title: t('title'), description: t('lead') } : { title: t('title') };
  };
}
