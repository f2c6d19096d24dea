import { getTranslations } from 'next-intl/server';
import { MAIN_CONTENT_ID } from './page-main';

/** The first stop of the keyboard: jumps past the header to the page's own content. */
export async function SkipLink() {
  const t = await getTranslations('SkipLink');
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only z-50 bg-white px-4 py-3 font-bold text-bus focus:not-sr-only focus:absolute focus:left-4 focus:top-4"
    >
      {t('label')}
    </a>
  );
}
