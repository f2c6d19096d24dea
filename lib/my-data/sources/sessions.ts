import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { organisations, sessions } from '@/db/schema';
import { field, type MyDataSource } from '../sections';

/**
 * The person's sessions: when each began and was last used, and how the person identified.
 * The session token is left out on purpose: it is the key to the session, and a download that
 * ends up in the wrong place (a shared computer, an e-mail) must not let anyone sign in as them.
 */
export const sessionsSource: MyDataSource = {
  key: 'SESSIONS',
  async collect(db, personId) {
    const rows = await db
      .select({ session: sessions, organisationName: organisations.name, businessId: organisations.businessId })
      .from(sessions)
      .leftJoin(organisations, eq(sessions.actingForOrganisationId, organisations.id))
      .where(eq(sessions.personId, personId))
      .orderBy(desc(sessions.createdAt));
    return {
      key: 'SESSIONS',
      shape: 'list',
      records: rows.map(({ session, organisationName, businessId }) => ({
        key: 'SESSION',
        fields: [
          field('CREATED_AT', session.createdAt),
          field('LAST_ACTIVITY_AT', session.lastActivityAt),
          field('EXPIRES', session.expires),
          field('REVOKED_AT', session.revokedAt),
          field('METHOD', session.method, 'signInMethod'),
          field('LOA', session.loa, 'loa'),
          field('ACTING_FOR_ORGANISATION_NAME', organisationName),
          field('ACTING_FOR_ORGANISATION_BUSINESS_ID', businessId),
          field('ACTING_FOR_ORGANISATION_ID', session.actingForOrganisationId, 'internalId'),
        ],
      })),
    };
  },
};
