import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { organisations, profiles, representations, sessions } from '@/db/schema';
import type { CurrentSession } from '@/lib/auth/session';
import { now } from '@/lib/time/clock';
import { actsFor, isActingFor } from './queries';
import type { OrganisationNotificationsChoice, Refusal } from './schema';

export type SaveResult = { ok: true; address: string | null } | { ok: false; reason: Refusal };

/**
 * Sets where the organisation's folder notifications go and in which language. Only a person
 * acting for it in this very session, whose right to represent it this session's sign-in
 * confirmed, may; and the only address they may give is their own confirmed e-mail address —
 * the one lib/notifications/delivery.ts will send to. The checks and the change are one
 * statement, so a role changed or an address edited in another tab cannot slip in between.
 */
export async function saveOrganisationNotifications(
  session: Pick<CurrentSession, 'sessionToken' | 'personId'>,
  choice: OrganisationNotificationsChoice,
): Promise<SaveResult> {
  const db = await getDb();
  const acting = db.select({ one: sql`1` }).from(sessions).innerJoin(representations, actsFor(session, choice.organisationId));
  const ownConfirmed = db
    .select({ one: sql`1` })
    .from(profiles)
    .where(
      and(
        eq(profiles.personId, session.personId),
        isNotNull(profiles.registeredAt),
        isNotNull(profiles.emailConfirmedAt),
        sql`lower(${profiles.email}) = lower(${choice.address})`,
      ),
    );

  const address = choice.recipient === 'own' ? choice.address.toLowerCase() : null;
  const updated = await db
    .update(organisations)
    .set({
      ...(choice.recipient === 'keep' ? {} : { notificationEmail: address }),
      notificationLanguage: choice.language,
      updatedAt: now(),
    })
    .where(
      and(
        eq(organisations.id, choice.organisationId),
        sql`exists (${acting})`,
        choice.recipient === 'own' ? sql`exists (${ownConfirmed})` : undefined,
      ),
    )
    .returning({ address: organisations.notificationEmail });
  if (updated[0]) return { ok: true, address: updated[0].address };

  // Nothing changed: say why.
  if (!(await isActingFor(db, session, choice.organisationId))) return { ok: false, reason: 'notActingFor' };
  const [profile] = await db.select({ email: profiles.email, emailConfirmedAt: profiles.emailConfirmedAt }).from(profiles).where(eq(profiles.personId, session.personId));
  return { ok: false, reason: profile?.email && profile.emailConfirmedAt ? 'addressChanged' : 'noConfirmedEmail' };
}
