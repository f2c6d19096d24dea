import { getLocale, getTranslations } from 'next-intl/server';
import { getCurrentNotices } from '@/lib/notices/queries';
import { localized } from '@/lib/i18n/localized';

/** Service notices (UI6): shown only while one is in force, and then at the top of the front page. */
export async function ServiceNotices() {
  const notices = await getCurrentNotices();
  if (notices.length === 0) return null;
  const t = await getTranslations('ServiceNotices');
  const locale = await getLocale();
  return (
    <section aria-labelledby="service-notices-heading" className="mb-8 flex flex-col gap-3">
      <h2 id="service-notices-heading" className="sr-only">{t('heading')}</h2>
      {notices.map((notice) => (
        <div
          key={notice.slug}
          className={`border-l-8 p-4 ${notice.level === 'alert' ? 'border-notice bg-notice-light' : 'border-coat bg-coat-light'}`}
        >
          <h3 className="font-bold">{localized(notice.title, locale)}</h3>
          <p className="mt-1">{localized(notice.body, locale)}</p>
        </div>
      ))}
    </section>
  );
}
