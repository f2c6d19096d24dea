import type { StaffRole } from '@/db/schema/staff';

/**
 * The staff's tools, by role: the staff page lists those of the signed-in member's role (an
 * admin sees them all). `label` is a key of the StaffPage.tools messages.
 */
export const staffTools: { href: string; label: string; roles: readonly StaffRole[]; needsDivision?: boolean }[] = [
  { href: '/editor/services', label: 'services', roles: ['editor'] },
  { href: '/editor/notices', label: 'notices', roles: ['editor'] },
  { href: '/editor/popular', label: 'popular', roles: ['editor'] },
  { href: '/admin/deliveries', label: 'deliveries', roles: ['admin'] },
  // The queue is a division's: an admin without a division has none to show.
  { href: '/matters', label: 'matters', roles: ['official'], needsDivision: true },
];

type ForRoles = { roles: readonly StaffRole[]; needsDivision?: boolean };

/** Whether a member of staff of `role` (with a division or not) has this tool or area; an admin has every one. */
const allowed = (role: StaffRole, hasDivision: boolean) => (entry: ForRoles) => (role === 'admin' || entry.roles.includes(role)) && (!entry.needsDivision || hasDivision);

export function toolsFor(role: StaffRole, hasDivision = false) {
  return staffTools.filter(allowed(role, hasDivision));
}

/**
 * The staff's areas in the main menu, in place of the residents' folder and profile (which a
 * member of staff has none of). `key` is a key of the MainNav messages; the area is the current
 * page anywhere under `section`.
 */
export const staffAreas: ({ href: string; key: 'backOffice' | 'editing' | 'administration'; section: string } & ForRoles)[] = [
  { href: '/matters', key: 'backOffice', section: '/matters', roles: ['official'], needsDivision: true },
  { href: '/editor/services', key: 'editing', section: '/editor', roles: ['editor'] },
  { href: '/admin/deliveries', key: 'administration', section: '/admin', roles: ['admin'] },
];

export function areasFor(role: StaffRole, hasDivision = false) {
  return staffAreas.filter(allowed(role, hasDivision));
}
