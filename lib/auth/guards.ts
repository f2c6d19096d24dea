import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { profiles } from '@/db/schema';
import { CURRENT_PATH_HEADER } from '@/lib/security/headers';
import { sameOriginPath } from '@/lib/security/same-origin-path';
import type { StaffRole } from '@/db/schema/staff';
import { getSession, getStaffSession, hasSessionCookie, type CurrentSession, type StaffSession } from './session';

async function currentPath(): Promise<string> {
  const locale = await getLocale();
  return sameOriginPath((await headers()).get(CURRENT_PATH_HEADER), `/${locale}`);
}

/** The address of the sign-in page that brings the person back to `returnTo` afterwards. */
export function signInPath(locale: string, returnTo: string, reason?: 'expired' | 'weak'): string {
  const query = new URLSearchParams({ returnTo });
  if (reason) query.set('reason', reason);
  return `/${locale}/sign-in?${query}`;
}

/** The signed-in person, or off to sign in (and back here afterwards). */
export async function requireSession(): Promise<CurrentSession> {
  const session = await getSession();
  if (session) return session;
  const locale = await getLocale();
  // A member of staff signed in with a work account has no folder or profile: to their own tools.
  if (await getStaffSession()) redirect(`/${locale}/staff`);
  // A cookie without a live session means it ran out: the sign-in page says so.
  redirect(signInPath(locale, await currentPath(), (await hasSessionCookie()) ? 'expired' : undefined));
}

export async function isRegistered(personId: string): Promise<boolean> {
  const db = await getDb();
  const [profile] = await db.select({ registeredAt: profiles.registeredAt }).from(profiles).where(eq(profiles.personId, personId)).limit(1);
  return Boolean(profile?.registeredAt);
}

/**
 * A registered resident who identified strongly: what the folder, forms and profile need.
 * A weak identification is sent to identify again; an unregistered person to registration.
 */
export async function requireResident(): Promise<CurrentSession> {
  const session = await requireSession();
  const locale = await getLocale();
  const here = await currentPath();
  if (!session.strong) redirect(signInPath(locale, here, 'weak'));
  if (!session.registered) redirect(`/${locale}/registration?${new URLSearchParams({ returnTo: here })}`);
  return session;
}

/** The address of the staff sign-in that brings the member of staff back to `returnTo`. */
export function staffSignInPath(locale: string, returnTo: string, reason?: 'expired'): string {
  const query = new URLSearchParams({ returnTo });
  if (reason) query.set('reason', reason);
  return `/${locale}/staff?${query}`;
}

/**
 * A member of staff in one of `roles` (an admin may do everything), or: signed out → the staff
 * sign-in and back; signed in without the role, or as a resident → 404, so that a page or an
 * action tells nothing to someone who may not use it.
 */
export async function requireStaff(roles: readonly StaffRole[]): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (staff) {
    if (staff.role === 'admin' || roles.includes(staff.role)) return staff;
    notFound();
  }
  if (await getSession()) notFound();
  const locale = await getLocale();
  redirect(staffSignInPath(locale, await currentPath(), (await hasSessionCookie()) ? 'expired' : undefined));
}

/** For server actions: the member of staff in one of `roles`, or null — the action then answers as for a missing item. */
export async function staffFor(roles: readonly StaffRole[]): Promise<StaffSession | null> {
  const staff = await getStaffSession();
  return staff && (staff.role === 'admin' || roles.includes(staff.role)) ? staff : null;
}
