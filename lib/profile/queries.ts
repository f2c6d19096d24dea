import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { persons, profiles, signIns } from '@/db/schema';
import type { CurrentSession } from '@/lib/auth/session';
import { decryptPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';

/**
 * Everything the profile page shows, for the signed-in person only. The personal identity code
 * is decrypted here and nowhere else in the pages: the profile is the one place it is shown.
 */
export async function getOwnProfile(session: CurrentSession) {
  const db = await getDb();
  const [row] = await db
    .select({ person: persons, profile: profiles })
    .from(persons)
    .leftJoin(profiles, eq(profiles.personId, persons.id))
    .where(eq(persons.id, session.personId))
    .limit(1);
  if (!row) return null;
  // The sign-in just made is the newest; "last login" is the one before it.
  const recent = await db
    .select({ at: signIns.at, method: signIns.method })
    .from(signIns)
    .where(eq(signIns.personId, session.personId))
    .orderBy(desc(signIns.at))
    .limit(2);
  return {
    firstNames: row.person.firstNames,
    lastName: row.person.lastName,
    personalIdentityCode: decryptPersonalIdentityCode(row.person.nationalIdEncrypted),
    address: row.person.streetAddress ? { streetAddress: row.person.streetAddress, postalCode: row.person.postalCode, postOffice: row.person.postOffice } : null,
    profile: row.profile,
    previousSignIn: recent[1] ?? null,
    actingFor: session.actingFor,
  };
}
