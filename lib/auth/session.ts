import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { preparedStatement } from '@/db/prepared';
import { divisions, organisations, persons, profiles, representations, sessions, staffMembers } from '@/db/schema';
import type { StaffRole } from '@/db/schema/staff';
import type { Loa } from '@/db/schema/persons';
import { now } from '@/lib/time/clock';
import { isStrong } from './claims';
import { SESSION_COOKIE_NAMES } from './session-cookie';

/** Two hours without doing anything ends a session (ID5). */
export const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
/** The person is warned this long before (ID5). */
export const IDLE_WARNING_MS = 5 * 60 * 1000;
// Writing the activity time on every request would be a write per page view.
export const ACTIVITY_WRITE_INTERVAL_MS = 60 * 1000;

export { SESSION_COOKIE_NAMES };

export type CurrentSession = {
  sessionToken: string;
  personId: string;
  firstNames: string;
  lastName: string;
  loa: Loa | null;
  strong: boolean;
  method: string | null;
  actingFor: { id: string; name: string; businessId: string } | null;
  /** Whether the person has registered for the e-services (their profile exists and was accepted). */
  registered: boolean;
  /**
   * Whether this identification confirmed that the person may act for an organisation (as
   * lib/roles/queries.ts's representedOrganisations, which lists them): "Change role" in the top bar.
   */
  mayRepresent: boolean;
  /** When the session ends if the person does nothing more. */
  idleExpiresAt: Date;
};

/** The session cookie's token of this request, if it carries one (it may have ended). */
export async function sessionToken(): Promise<string | undefined> {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return undefined;
}

export type StaffSession = {
  sessionToken: string;
  staffMemberId: string;
  firstNames: string;
  lastName: string;
  role: StaffRole;
  /** An official's division; editors and admins have none. */
  division: { id: string; slug: string } | null;
  idleExpiresAt: Date;
};

/**
 * The live session row of this request, with the resident or member of staff behind it, or null.
 * A session idle for two hours, revoked or past its absolute end is gone; using one counts as
 * activity. Read once per request.
 */
/*
 * The session look-up runs on every signed-in request, so it is built once per database and
 * sent as a prepared statement: building a query of five joins costs Drizzle more than
 * PostgreSQL takes to answer it.
 */
function buildSessionLookup(db: Database) {
  return db
    .select({
      sessionToken: sessions.sessionToken,
      personId: sessions.personId,
      staffMemberId: sessions.staffMemberId,
      lastActivityAt: sessions.lastActivityAt,
      loa: sessions.loa,
      method: sessions.method,
      firstNames: sql<string>`coalesce(${persons.firstNames}, ${staffMembers.firstNames})`,
      lastName: sql<string>`coalesce(${persons.lastName}, ${staffMembers.lastName})`,
      staffRole: staffMembers.role,
      divisionId: divisions.id,
      divisionSlug: divisions.slug,
      organisationId: organisations.id,
      organisationName: organisations.name,
      businessId: organisations.businessId,
      // Read here so that the pages and saves of a registered resident need no query of their own for it.
      registered: sql<boolean>`${profiles.registeredAt} is not null`,
      // The same for the top bar's "Change role": the rule is representedOrganisations'.
      mayRepresent: sql<boolean>`exists (select 1 from ${representations} where ${representations.personId} = ${sessions.personId} and ${representations.confirmedAt} >= ${sessions.createdAt})`,
    })
    .from(sessions)
    .leftJoin(persons, eq(sessions.personId, persons.id))
    .leftJoin(staffMembers, eq(sessions.staffMemberId, staffMembers.id))
    .leftJoin(divisions, eq(staffMembers.divisionId, divisions.id))
    .leftJoin(organisations, eq(sessions.actingForOrganisationId, organisations.id))
    .leftJoin(profiles, eq(profiles.personId, sessions.personId))
    .where(and(eq(sessions.sessionToken, sql.placeholder('token')), isNull(sessions.revokedAt), sql`${sessions.expires} > ${sql.placeholder('at')}::timestamptz`))
    .limit(1)
    .prepare('session_lookup');
}

function sessionLookup(db: Database) {
  return preparedStatement(db, 'session_lookup', buildSessionLookup);
}

const getLiveSession = cache(async () => {
  const token = await sessionToken();
  if (!token) return null;
  const db = await getDb();
  const at = now();
  const [row] = await sessionLookup(db).execute({ token, at: at.toISOString() });
  if (!row) return null;
  if (at.getTime() - row.lastActivityAt.getTime() >= IDLE_TIMEOUT_MS) {
    await db.delete(sessions).where(eq(sessions.sessionToken, token));
    return null;
  }
  let lastActivityAt = row.lastActivityAt;
  if (at.getTime() - lastActivityAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
    await db.update(sessions).set({ lastActivityAt: at }).where(eq(sessions.sessionToken, token));
    lastActivityAt = at;
  }
  return { ...row, idleExpiresAt: new Date(lastActivityAt.getTime() + IDLE_TIMEOUT_MS) };
});

/** The signed-in resident of this request, or null (also when a member of staff is signed in). */
export const getSession = cache(async (): Promise<CurrentSession | null> => {
  const row = await getLiveSession();
  if (!row?.personId) return null;
  return {
    sessionToken: row.sessionToken,
    personId: row.personId,
    firstNames: row.firstNames,
    lastName: row.lastName,
    loa: row.loa,
    strong: isStrong(row.loa),
    method: row.method,
    actingFor: row.organisationId ? { id: row.organisationId, name: row.organisationName!, businessId: row.businessId! } : null,
    registered: row.registered,
    mayRepresent: row.mayRepresent,
    idleExpiresAt: row.idleExpiresAt,
  };
});

/** The signed-in member of staff of this request, or null (also when a resident is signed in). */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const row = await getLiveSession();
  if (!row?.staffMemberId || !row.staffRole) return null;
  return {
    sessionToken: row.sessionToken,
    staffMemberId: row.staffMemberId,
    firstNames: row.firstNames,
    lastName: row.lastName,
    role: row.staffRole,
    division: row.divisionId ? { id: row.divisionId, slug: row.divisionSlug! } : null,
    idleExpiresAt: row.idleExpiresAt,
  };
});

/** "Continue" in the idle warning: counts as activity now, whatever the last write was. */
export async function touchSession(session: { sessionToken: string }): Promise<Date> {
  const db = await getDb();
  const at = now();
  await db.update(sessions).set({ lastActivityAt: at }).where(eq(sessions.sessionToken, session.sessionToken));
  return new Date(at.getTime() + IDLE_TIMEOUT_MS);
}

/** Whether the request carries a session cookie at all (it may still have expired). */
export async function hasSessionCookie(): Promise<boolean> {
  return (await sessionToken()) !== undefined;
}
