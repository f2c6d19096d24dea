import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import type { CurrentSession } from '@/lib/auth/session';
import { returnToFromPage } from '@/lib/roles/return-to';
import { CURRENT_PATH_HEADER } from '@/lib/security/headers';
import { keepTogether } from './keep-together';

/**
 * The signed-in person's name in the top bar, whom they act for (ID2), and "Change role" for
 * someone who may act for an organisation. The link carries the current page, so that the
 * person comes back here after choosing.
 */
export async function HeaderRole({ session }: { session: CurrentSession }) {
  const t = await getTranslations('Header');
  const current = await getLocale();
  const locale = isLocale(current) ? current : 'fi';
  // Read with the session itself, so that the top bar of every signed-in page needs no query of its own.
  const mayRepresent = session.strong && session.mayRepresent;
  const returnTo = returnToFromPage((await headers()).get(CURRENT_PATH_HEADER) ?? '', locale);
  return (
    <>
      {/* A long organisation name wraps inside the bar instead of pushing it wider than a phone. */}
      <p className="min-w-0 break-words">
        <span className="sr-only">{t('signedInAs')} </span>
        <span className="font-bold">{session.firstNames} {session.lastName}</span>
        {session.actingFor && (
          <span>
            {' '}
            {t.rich('actingFor', { organisation: session.actingFor.name, businessId: session.actingFor.businessId, id: keepTogether })}
          </span>
        )}
      </p>
      {mayRepresent && (
        <Link href={{ pathname: '/role', query: { returnTo } }} className="font-bold underline underline-offset-4 hover:no-underline">
          {t('changeRole')}
        </Link>
      )}
    </>
  );
}
