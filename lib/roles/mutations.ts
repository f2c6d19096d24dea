import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { representations, sessions } from '@/db/schema';
import type { CurrentSession } from '@/lib/auth/session';
import type { RoleChoice } from './schema';

export type SwitchResult = { ok: true } | { ok: false; reason: 'notRepresented' };

/**
 * Changes for whom the signed-in person acts in their own session, without identifying again
 * (ID2). An organisation is accepted only when the e-authorizations confirmed it at this
 * session's sign-in; the check and the change are one statement, so nothing can slip between.
 */
export async function switchRole(session: Pick<CurrentSession, 'sessionToken' | 'personId'>, choice: RoleChoice): Promise<SwitchResult> {
  const db = await getDb();
  const ownSession = and(eq(sessions.sessionToken, session.sessionToken), eq(sessions.personId, session.personId));
  if (choice.kind === 'personal') {
    const updated = await db.update(sessions).set({ actingForOrganisationId: null }).where(ownSession).returning({ token: sessions.sessionToken });
    return updated.length > 0 ? { ok: true } : { ok: false, reason: 'notRepresented' };
  }
  const represented = db
    .select({ one: sql`1` })
    .from(representations)
    .where(
      and(
        eq(representations.personId, sessions.personId),
        eq(representations.organisationId, choice.organisationId),
        gte(representations.confirmedAt, sessions.createdAt),
      ),
    );
  const updated = await db
    .update(sessions)
    .set({ actingForOrganisationId: choice.organisationId })
    .where(and(ownSession, sql`exists (${represented})`))
    .returning({ token: sessions.sessionToken });
  return updated.length > 0 ? { ok: true } : { ok: false, reason: 'notRepresented' };
}
