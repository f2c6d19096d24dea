import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { profiles } from '@/db/schema';
import { now } from '@/lib/time/clock';
import type { ContactDetails } from './schema';

export type Profile = typeof profiles.$inferSelect;

/** The person's own profile row, or null before registration has begun. */
export async function findProfile(personId: string): Promise<Profile | null> {
  const db = await getDb();
  const [profile] = await db.select().from(profiles).where(eq(profiles.personId, personId)).limit(1);
  return profile ?? null;
}

/**
 * Saves what the person gave in registration. An e-mail address is not in use until it is
 * confirmed: it waits as `pendingEmail`. With only a mobile number the registration is complete.
 */
export async function saveRegistration(personId: string, details: ContactDetails): Promise<{ awaitsEmailConfirmation: boolean }> {
  const db = await getDb();
  const at = now();
  const existing = await findProfile(personId);
  const emailAlreadyConfirmed = Boolean(details.email && existing?.email === details.email && existing.emailConfirmedAt);
  const awaitsEmailConfirmation = Boolean(details.email) && !emailAlreadyConfirmed;
  const values = {
    mobile: details.mobile,
    notifyByEmail: details.notifyByEmail,
    notifyBySms: details.notifyBySms,
    notificationLanguage: details.notificationLanguage,
    pendingEmail: awaitsEmailConfirmation ? details.email : null,
    registeredAt: awaitsEmailConfirmation ? (existing?.registeredAt ?? null) : (existing?.registeredAt ?? at),
    updatedAt: at,
  };
  await db
    .insert(profiles)
    .values({ personId, consentedAt: at, createdAt: at, ...values })
    .onConflictDoUpdate({ target: profiles.personId, set: values });
  return { awaitsEmailConfirmation };
}

/** The confirmed address takes over; a registration waiting for it is complete. */
export async function adoptConfirmedEmail(personId: string, email: string): Promise<void> {
  const db = await getDb();
  const at = now();
  const existing = await findProfile(personId);
  await db
    .update(profiles)
    .set({ email, emailConfirmedAt: at, pendingEmail: null, registeredAt: existing?.registeredAt ?? at, updatedAt: at })
    .where(eq(profiles.personId, personId));
}
