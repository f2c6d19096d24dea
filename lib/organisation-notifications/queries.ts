import 'server-only';
import { and, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { organisations, profiles, representations, sessions } from '@/db/schema';
import type { CurrentSession } from '@/lib/auth/session';

type Db = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * The session acts for `organisationId` now, and the e-authorizations confirmed the person's
 * right to represent it at this session's sign-in (the rule of lib/roles): a condition on the
 * session row, for a select or for the exists() of an update.
 */
export function actsFor(session: Pick<CurrentSession, 'sessionToken' | 'personId'>, organisationId: string) {
  return and(
    eq(sessions.sessionToken, session.sessionToken),
    eq(sessions.personId, session.personId),
    eq(sessions.actingForOrganisationId, organisationId),
    isNull(sessions.revokedAt),
    eq(representations.personId, sessions.personId),
    eq(representations.organisationId, organisationId),
    gte(representations.confirmedAt, sessions.createdAt),
  );
}

export async function isActingFor(db: Db, session: Pick<CurrentSession, 'sessionToken' | 'personId'>, organisationId: string): Promise<boolean> {
  const [row] = await db.select({ one: sql`1` }).from(sessions).innerJoin(representations, actsFor(session, organisationId)).limit(1);
  return Boolean(row);
}

/**
 * Whether the round would send to `address` for the organisation: lib/notifications/delivery.ts
 * sends an organisation's message only to the confirmed e-mail address of a registered person
 * who represents it, and this is the same rule, so the page can say when a chosen address no
 * longer gets anything (its owner changed their address, or no longer represents the organisation).
 */
async function reaches(db: Db, organisationId: string, address: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(representations)
    .innerJoin(profiles, eq(profiles.personId, representations.personId))
    .where(
      and(
        eq(representations.organisationId, organisationId),
        isNotNull(profiles.registeredAt),
        isNotNull(profiles.emailConfirmedAt),
        sql`lower(${profiles.email}) = lower(${address})`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

export type OrganisationNotifications = {
  organisation: { id: string; name: string; businessId: string };
  /** The organisation's notification address now, or null for none. */
  address: string | null;
  /** Whether messages go to that address (see `reaches`). */
  addressReaches: boolean;
  language: 'fi' | 'sv' | 'en';
  /** The signed-in person's confirmed e-mail address, the only one they may choose. */
  ownConfirmedEmail: string | null;
  /** A new address of theirs still waiting for its code. */
  ownPendingEmail: string | null;
};

/**
 * The notification choices of the organisation the signed-in person acts for now, with what they
 * may choose; null when they act for themself or no longer represent the organisation.
 */
export async function organisationNotificationsFor(session: Pick<CurrentSession, 'sessionToken' | 'personId' | 'actingFor'>): Promise<OrganisationNotifications | null> {
  if (!session.actingFor) return null;
  const db = await getDb();
  if (!(await isActingFor(db, session, session.actingFor.id))) return null;
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, session.actingFor.id));
  if (!organisation) return null;
  const [profile] = await db
    .select({ email: profiles.email, emailConfirmedAt: profiles.emailConfirmedAt, pendingEmail: profiles.pendingEmail })
    .from(profiles)
    .where(eq(profiles.personId, session.personId));
  const address = organisation.notificationEmail?.trim() || null;
  return {
    organisation: { id: organisation.id, name: organisation.name, businessId: organisation.businessId },
    address,
    addressReaches: address ? await reaches(db, organisation.id, address) : false,
    language: organisation.notificationLanguage,
    ownConfirmedEmail: profile?.emailConfirmedAt && profile.email ? profile.email : null,
    ownPendingEmail: profile?.pendingEmail ?? null,
  };
}
