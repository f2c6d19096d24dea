import 'server-only';
import { and, asc, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db';
import { organisations, representations, sessions } from '@/db/schema';
import type { CurrentSession } from '@/lib/auth/session';

export type RepresentedOrganisation = { id: string; name: string; businessId: string };

/**
 * The organisations the signed-in person may act for in this session: those the national
 * e-authorizations confirmed when they identified. An authorisation that a later or earlier
 * identification no longer carried keeps an older confirmation time and is left out, so a
 * withdrawn authorisation is never offered. For the signed-in person's own session only.
 */
export async function representedOrganisations(session: Pick<CurrentSession, 'sessionToken' | 'personId'>): Promise<RepresentedOrganisation[]> {
  const db = await getDb();
  return db
    .select({ id: organisations.id, name: organisations.name, businessId: organisations.businessId })
    .from(sessions)
    .innerJoin(representations, eq(representations.personId, sessions.personId))
    .innerJoin(organisations, eq(organisations.id, representations.organisationId))
    .where(
      and(
        eq(sessions.sessionToken, session.sessionToken),
        eq(sessions.personId, session.personId),
        gte(representations.confirmedAt, sessions.createdAt),
      ),
    )
    .orderBy(asc(organisations.name));
}
