'use client';

import { useTranslations } from 'next-intl';
import type { StaffRole } from '@/db/schema/staff';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { areasFor } from '@/lib/staff/tools';
import { useFixedPath } from './fixed-path';

export const mainMenu = [
  { href: '/', key: 'home' },
  { href: '/e-services', key: 'eServices' },
  { href: '/folder', key: 'folder' },
  { href: '/profile', key: 'profile' },
  { href: '/instructions', key: 'instructions' },
] as const;

/** The public pages a member of staff keeps in the menu; their own areas follow. */
const staffCommon = [
  { href: '/', key: 'home' },
  { href: '/e-services', key: 'eServices' },
] as const;

/** The signed-in member of staff, for their menu; null for residents and visitors. */
export type MenuStaff = { role: StaffRole; hasDivision: boolean } | null;

type MenuItem = { href: string; key: (typeof mainMenu)[number]['key'] | ReturnType<typeof areasFor>[number]['key']; section?: string };

/** Residents and visitors get the main menu; staff the public pages and the areas of their role, not a folder or profile they do not have. */
function menuFor(staff: MenuStaff): readonly MenuItem[] {
  return staff ? [...staffCommon, ...areasFor(staff.role, staff.hasDivision)] : mainMenu;
}

function isCurrent(pathname: string, href: string) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The main menu's links; the page the person is on is marked for eyes and screen readers. */
export function NavLinks({ layout, staff = null }: { layout: 'bar' | 'list'; staff?: MenuStaff }) {
  const t = useTranslations('MainNav');
  const fixedPath = useFixedPath();
  const routerPath = usePathname();
  const pathname = fixedPath ?? routerPath;
  return (
    <ul className={layout === 'bar' ? 'flex flex-wrap' : 'flex flex-col'}>
      {menuFor(staff).map(({ href, key, section }) => {
        const current = isCurrent(pathname, section ?? href);
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
