import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';

/** While the test identification service is on, no page may be mistaken for the real service. */
export async function TestIdentificationBanner() {
  if (!env.TEST_IDP_ENABLED) return null;
  const t = await getTranslations('TestIdentificationBanner');
  return (
    <div role="note" className="no-print bg-engel px-4 py-2 text-center text-sm font-bold text-black">
      {t('text')}
    </div>
  );
}
