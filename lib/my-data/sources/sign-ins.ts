import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { organisations, signIns } from '@/db/schema';
import { field, type MyDataSource } from '../sections';

/** Every sign-in: when, how, how strongly, and for which organisation if any. */
export const signInsSource: MyDataSource = {
  key: 'SIGN_INS',
  async collect(db, personId) {
    const rows = await db
      .select({ signIn: signIns, organisationName: organisations.name, businessId: organisations.businessId })
      .from(signIns)
      .leftJoin(organisations, eq(signIns.organisationId, organisations.id))
      .where(eq(signIns.personId, personId))
      .orderBy(desc(signIns.at));
    return {
      key: 'SIGN_INS',
      shape: 'list',
      records: rows.map(({ signIn, organisationName, businessId }) => ({
        key: 'SIGN_IN',
        fields: [
          field('AT', signIn.at),
          field('METHOD', signIn.method, 'signInMethod'),
          field('LOA', signIn.loa, 'loa'),
          field('ORGANISATION_NAME', organisationName),
          field('ORGANISATION_BUSINESS_ID', businessId),
          field('ORGANISATION_ID', signIn.organisationId, 'internalId'),
          field('ID', signIn.id, 'internalId'),
        ],
      })),
    };
  },
};
