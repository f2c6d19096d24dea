import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { CityLogo } from './city-logo';

export const SUPPORT_PHONE = '(09) 310 88800';
export const SUPPORT_PHONE_URI = 'tel:+358931088800';

/** The same footer for everyone (UI5): feedback, the support line and its hours, and the fine print. */
export async function SiteFooter() {
  const t = await getTranslations('Footer');
  return (
    <footer className="no-print mt-12 bg-bus text-white">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <CityLogo label={t('city')} inverted />
          <p className="mt-3">{t('tagline')}</p>
        </div>
        <div>
          <h2 className="text-lg font-bold">{t('supportHeading')}</h2>
          <p className="mt-2">
            <a href={SUPPORT_PHONE_URI} className="text-xl font-bold underline">
              {SUPPORT_PHONE}
            </a>
          </p>
          <p>{t('supportHours')}</p>
          <p className="mt-1 text-sm">{t('callCharge')}</p>
        </div>
        <div>
          <h2 className="text-lg font-bold">{t('feedbackHeading')}</h2>
          <p className="mt-2">{t('feedbackText')}</p>
          <p className="mt-2">
            <Link href="/feedback" className="font-bold underline">
              {t('feedbackLink')}
            </Link>
          </p>
        </div>
      </div>
      <div className="border-t border-bus-medium-light/40">
        <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm">
          <li><Link href="/privacy" className="underline">{t('privacy')}</Link></li>
          <li><Link href="/accessibility" className="underline">{t('accessibility')}</Link></li>
          <li><Link href="/cookies" className="underline">{t('cookies')}</Link></li>
          <li><Link href="/instructions" className="underline">{t('instructions')}</Link></li>
          <li><Link href="/staff" className="underline">{t('staff')}</Link></li>
          <li>© {t('copyright', { year: new Date().getFullYear() })}</li>
        </ul>
      </div>
    </footer>
  );
}
