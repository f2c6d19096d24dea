import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { TextSize } from '@/lib/preferences/text-size';
import { CityLogo } from './city-logo';
import { LanguageSwitcher } from './language-switcher';
import { TextSizeSwitcher } from './text-size-switcher';
import { NavLinks } from './nav-links';
import { getSession, getStaffSession } from '@/lib/auth/session';
import { endSession } from '@/lib/auth/actions';
import { SessionTimeoutDialog } from '@/components/auth/session-timeout-dialog';
import { TestIdentificationBanner } from './test-identification-banner';
import { HeaderRole } from '@/components/roles/header-role';

/**
 * Top bar (languages, A A A, sign-in) and the main menu (UI1–UI3): a member of staff finds the
 * areas of their role in it instead of the resident's folder and profile. On a page served from the
 * cache (`cached`) nobody is signed in: the proxy sends signed-in people the page rendered for them.
 */
export async function SiteHeader({ textSize, cached = false }: { textSize: TextSize; cached?: boolean }) {
  const t = await getTranslations('Header');
  const nav = await getTranslations('MainNav');
  const session = cached ? null : await getSession();
  const staff = cached || session ? null : await getStaffSession();
  const menuStaff = staff ? { role: staff.role, hasDivision: Boolean(staff.division) } : null;
  return (
    <header className="no-print">
      <TestIdentificationBanner />
      <div className="bg-black text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-end gap-x-6 gap-y-2 px-4 py-2">
          <LanguageSwitcher />
          <TextSizeSwitcher initial={textSize} />
          {session ? (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <HeaderRole session={session} />
              <form action={endSession}>
                <button type="submit" className="font-bold uppercase underline-offset-4 hover:underline">
                  {t('signOut')}
                </button>
              </form>
              <SessionTimeoutDialog initialExpiresAt={session.idleExpiresAt.toISOString()} signOutAction={endSession} />
            </div>
          ) : staff ? (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <p>{`${staff.firstNames} ${staff.lastName}`}</p>
              <Link href="/staff" className="underline-offset-4 hover:underline">{t('staffTools')}</Link>
              <form action={endSession}>
                <button type="submit" className="font-bold uppercase underline-offset-4 hover:underline">
                  {t('signOut')}
                </button>
              </form>
              <SessionTimeoutDialog initialExpiresAt={staff.idleExpiresAt.toISOString()} signOutAction={endSession} signInPage="staff" />
            </div>
          ) : (
            <Link href="/sign-in" className="text-sm font-bold uppercase hover:underline">
              {t('signIn')}
            </Link>
          )}
        </div>
      </div>
      <div className="border-b border-gray-20 bg-white">
        <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4">
          <Link href="/" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-bus no-underline">
            <CityLogo label={t('city')} />
            <span aria-hidden="true" className="hidden h-8 border-l-2 border-gray-20 sm:block" />
            <span className="text-xl font-bold text-gray-90">{t('serviceName')}</span>
            <span className="sr-only">{t('homeLinkLabel')}</span>
          </Link>
        </div>
      </div>
      <div className="bg-bus text-white">
        <nav aria-label={nav('label')} className="mx-auto max-w-7xl">
          <div className="hidden md:block">
            <NavLinks layout="bar" staff={menuStaff} />
          </div>
          {/* On phones the menu folds behind one "Menu" button; <details> keeps it usable without JavaScript. */}
          <details className="group md:hidden">
            <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 font-bold uppercase [&::-webkit-details-marker]:hidden">
              {nav('menu')}
              <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-6 w-6 transition-transform group-open:rotate-180">
                <path d="M6 9l6 6 6-6" stroke="currentColor" strokeWidth="3" fill="none" />
              </svg>
            </summary>
            <NavLinks layout="list" staff={menuStaff} />
          </details>
        </nav>
      </div>
    </header>
  );
}
