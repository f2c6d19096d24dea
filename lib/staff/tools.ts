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

export function toolsFor(role: StaffRole, hasDivision = false) {
  return staffTools.filter((tool) => (role === 'admin' || tool.roles.includes(role)) && (!tool.needsDivision || hasDivision));
}
