'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { useFixedPath } from './fixed-path';

export const mainMenu = [
  { href: '/', key: 'home' },
  { href: '/e-services', key: 'eServices' },
  { href: '/folder', key: 'folder' },
  { href: '/profile', key: 'profile' },
  { href: '/instructions', key: 'instructions' },
] as const;

function isCurrent(pathname: string, href: string) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The main menu's links; the page the person is on is marked for eyes and screen readers. */
export function NavLinks({ layout }: { layout: 'bar' | 'list' }) {
  const t = useTranslations('MainNav');
  const fixedPath = useFixedPath();
  const routerPath = usePathname();
  const pathname = fixedPath ?? routerPath;
  return (
    <ul className={layout === 'bar' ? 'flex flex-wrap' : 'flex flex-col'}>
      {mainMenu.map(({ href, key }) => {
        const current = isCurrent(pathname, href);
        return (
          <li key={key}>
            <Link
              href={href}
              aria-current={current ? 'page' : undefined}
              className={
                layout === 'bar'
                  ? `block px-4 py-3 font-bold uppercase tracking-wide hover:bg-bus-dark ${current ? 'bg-bus-dark underline decoration-2 underline-offset-8' : ''}`
                  : `block border-b border-bus-medium-light/40 px-4 py-3 font-bold ${current ? 'bg-bus-dark underline' : ''}`
              }
            >
              {t(key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
