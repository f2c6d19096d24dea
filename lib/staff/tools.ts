import type { StaffRole } from '@/db/schema/staff';

/**
 * The staff's tools, by role: the staff page lists those of the signed-in member's role (an
 * admin sees them all). `label` is a key of the StaffPage.tools messages.
 */
export const staffTools: { href: string; label: string; roles: readonly StaffRole[] }[] = [
  { href: '/editor/services', label: 'services', roles: ['editor'] },
  { href: '/editor/notices', label: 'notices', roles: ['editor'] },
  { href: '/editor/popular', label: 'popular', roles: ['editor'] },
];

export function toolsFor(role: StaffRole) {
  return staffTools.filter((tool) => role === 'admin' || tool.roles.includes(role));
}
