import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, identityAccounts, organisations, persons, representations, sessions, signIns, staffMembers } from '@/db/schema';
import type { StaffRole } from '@/db/schema/staff';
import { encryptPersonalIdentityCode, hashPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { now } from '@/lib/time/clock';
import { registeredAddressOf, signInMethod, staffRoleOf, type IdentificationClaims } from './claims';

export type StoredPerson = { id: string; firstNames: string; lastName: string };

const personColumns = { id: persons.id, firstNames: persons.firstNames, lastName: persons.lastName };

/**
 * Finds the person by their personal identity code (through its keyed hash) or adds them.
 * The name and address always come from the latest identification, as the population register
 * has them.
 * Called only from the sign-in, with claims the identity broker signed.
 */
export async function upsertPersonFromClaims(claims: IdentificationClaims): Promise<StoredPerson> {
  if (!claims.national_id) throw new Error('The identification carried no personal identity code');
  const db = await getDb();
  const [person] = await db
    .insert(persons)
    .values({
      nationalIdHash: hashPersonalIdentityCode(claims.national_id),
      nationalIdEncrypted: encryptPersonalIdentityCode(claims.national_id),
      firstNames: claims.given_name,
      lastName: claims.family_name,
      ...registeredAddressOf(claims),
    })
    .onConflictDoUpdate({
      target: persons.nationalIdHash,
      // A person who deleted their profile while a matter was in handling is still this row
      // (see lib/my-data/deletion.ts): they are back, and register anew as they have no profile.
      set: {
        firstNames: sql`excluded.first_names`,
        lastName: sql`excluded.last_name`,
        streetAddress: sql`excluded.street_address`,
        postalCode: sql`excluded.postal_code`,
        postOffice: sql`excluded.post_office`,
        profileDeletedAt: null,
      },
    })
    .returning(personColumns);
  return person!;
}

export async function findPersonById(id: string): Promise<StoredPerson | null> {
  const db = await getDb();
  const [person] = await db.select(personColumns).from(persons).where(eq(persons.id, id)).limit(1);
  return person ?? null;
}

export async function findPersonByIdentity(provider: string, subject: string): Promise<StoredPerson | null> {
  const db = await getDb();
  const [person] = await db
    .select(personColumns)
    .from(identityAccounts)
    .innerJoin(persons, eq(identityAccounts.personId, persons.id))
    .where(and(eq(identityAccounts.provider, provider), eq(identityAccounts.subject, subject)))
    .limit(1);
  return person ?? null;
}

export async function linkIdentity(provider: string, subject: string, personId: string): Promise<void> {
  const db = await getDb();
  await db.insert(identityAccounts).values({ provider, subject, personId }).onConflictDoNothing();
}

async function upsertOrganisation(businessId: string, name: string): Promise<string> {
  const db = await getDb();
  const [organisation] = await db
    .insert(organisations)
    .values({ businessId, name })
    .onConflictDoUpdate({ target: organisations.businessId, set: { name: sql`excluded.name`, updatedAt: now() } })
    .returning({ id: organisations.id });
  return organisation!.id;
}

type NewSession = { sessionToken: string; personId: string; expires: Date };

/**
 * Stores a new session together with how the person identified and for whom they act, and
 * records the sign-in. The organisations the person may represent are refreshed from the
 * e-authorizations the identification carried.
 */
export async function startSession(session: NewSession, claims: IdentificationClaims | undefined): Promise<void> {
  const db = await getDb();
  const at = now();
  let actingFor: string | null = null;
  if (claims) {
    // The name and address may have changed in the population register since the last sign-in.
    await db
      .update(persons)
      .set({ firstNames: claims.given_name, lastName: claims.family_name, ...registeredAddressOf(claims), lastLoginAt: at })
      .where(eq(persons.id, session.personId));
    for (const represented of claims.represents) {
      const organisationId = await upsertOrganisation(represented.business_id, represented.name);
      await db
        .insert(representations)
        .values({ personId: session.personId, organisationId, confirmedAt: at })
        .onConflictDoUpdate({ target: [representations.personId, representations.organisationId], set: { confirmedAt: at } });
    }
    if (claims.org_business_id && claims.org_name) {
      actingFor = await upsertOrganisation(claims.org_business_id, claims.org_name);
      await db
        .insert(representations)
        .values({ personId: session.personId, organisationId: actingFor, confirmedAt: at })
        .onConflictDoUpdate({ target: [representations.personId, representations.organisationId], set: { confirmedAt: at } });
    }
  }
  const method = claims ? signInMethod(claims) : null;
  await db.insert(sessions).values({
    sessionToken: session.sessionToken,
    personId: session.personId,
    expires: session.expires,
    createdAt: at,
    lastActivityAt: at,
    method,
    loa: claims?.loa ?? null,
    actingForOrganisationId: actingFor,
  });
  if (claims && method) {
    await db.insert(signIns).values({ personId: session.personId, at, method, loa: claims.loa ?? 'low', organisationId: actingFor });
  }
}

export type StoredStaffMember = { id: string; firstNames: string; lastName: string; role: StaffRole };

const staffColumns = { id: staffMembers.id, firstNames: staffMembers.firstNames, lastName: staffMembers.lastName, role: staffMembers.role };

/**
 * Finds a member of staff by the broker's subject for their work account, or adds them. Name,
 * e-mail, role and division come from every sign-in, so a change of duties in the city's
 * directory takes effect at the next sign-in. Called only from the sign-in.
 */
export async function upsertStaffMemberFromClaims(claims: IdentificationClaims): Promise<StoredStaffMember> {
  const role = staffRoleOf(claims);
  if (!role) throw new Error('The identification carried no staff role');
  const db = await getDb();
  const [division] = claims.division
    ? await db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, claims.division)).limit(1)
    : [];
  const values = {
    firstNames: claims.given_name,
    lastName: claims.family_name,
    email: claims.email ?? '',
    role,
    // An official outside any known division sees no division's matters.
    divisionId: division?.id ?? null,
    lastLoginAt: now(),
  };
  const [member] = await db
    .insert(staffMembers)
    .values({ subject: claims.sub, ...values })
    .onConflictDoUpdate({ target: staffMembers.subject, set: values })
    .returning(staffColumns);
  return member!;
}

export async function findStaffMemberById(id: string): Promise<StoredStaffMember | null> {
  const db = await getDb();
  const [member] = await db.select(staffColumns).from(staffMembers).where(eq(staffMembers.id, id)).limit(1);
  return member ?? null;
}

export async function findStaffMemberBySubject(subject: string): Promise<StoredStaffMember | null> {
  const db = await getDb();
  const [member] = await db.select(staffColumns).from(staffMembers).where(eq(staffMembers.subject, subject)).limit(1);
  return member ?? null;
}

/** A member of staff's session: no personal identity code, no organisation, no registration. */
export async function startStaffSession(session: { sessionToken: string; staffMemberId: string; expires: Date }, claims: IdentificationClaims | undefined): Promise<void> {
  const db = await getDb();
  const at = now();
  await db.insert(sessions).values({
    sessionToken: session.sessionToken,
    staffMemberId: session.staffMemberId,
    expires: session.expires,
    createdAt: at,
    lastActivityAt: at,
    method: claims ? signInMethod(claims) : null,
    loa: claims?.loa ?? null,
  });
}

export async function deleteSessionByToken(sessionToken: string): Promise<void> {
  const db = await getDb();
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}
