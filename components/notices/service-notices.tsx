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
      {notices.map((notice) => {
        const alert = notice.level === 'alert';
        return (
          <div key={notice.slug} className={`border-l-8 p-4 ${alert ? 'border-notice bg-notice-light' : 'border-coat bg-coat-light'}`}>
            <h3 className="flex items-start gap-2 font-bold">
              {/* The colour is not the only sign of an alert: it says so in words too. */}
              {alert && (
                <span aria-hidden="true" className="mt-0.5 inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full bg-black text-sm text-white">!</span>
              )}
              <span>
                {alert && <span className="sr-only">{t('alert')}: </span>}
                {localized(notice.title, locale)}
              </span>
            </h3>
            <p className="mt-1">{localized(notice.body, locale)}</p>
            {notice.linkUrl && notice.linkText && (
              <p className="mt-2">
                <a href={localized(notice.linkUrl, locale)} className="font-bold text-bus underline">{localized(notice.linkText, locale)}</a>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
