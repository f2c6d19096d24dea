'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { locales } from '@/lib/i18n/routing';
import { useFixedPath } from './fixed-path';

const languageNames = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;

/** Suomi | Svenska | English: each link leads to the page the person is on, in that language. */
export function LanguageSwitcher() {
  const fixedPath = useFixedPath();
  return fixedPath ? <LanguageLinks href={fixedPath} /> : <CurrentPageLanguageLinks />;
}

/** The address and query the router knows, for a page rendered per request. */
function CurrentPageLanguageLinks() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <LanguageLinks href={search ? `${pathname}?${search}` : pathname} />;
}

function LanguageLinks({ href }: { href: string }) {
  const t = useTranslations('LanguageSwitcher');
  const current = useLocale();

  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-wrap items-center justify-end gap-y-1">
        {locales.map((locale) => (
          <li key={locale} className="border-gray-60 not-last:border-r px-2 first:pl-0">
            <Link
              href={href}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={`text-sm underline-offset-4 hover:underline ${locale === current ? 'font-bold underline' : ''}`}
            >
              {languageNames[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
