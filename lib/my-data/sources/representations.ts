import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { organisations, representations } from '@/db/schema';
import { field, type MyDataSource } from '../sections';

/** The organisations the person may act for, as the e-authorizations last said (ID2). */
export const representationsSource: MyDataSource = {
  key: 'REPRESENTATIONS',
  async collect(db, personId) {
    const rows = await db
      .select({ representation: representations, name: organisations.name, businessId: organisations.businessId })
      .from(representations)
      .innerJoin(organisations, eq(representations.organisationId, organisations.id))
      .where(eq(representations.personId, personId))
      .orderBy(asc(organisations.name));
    return {
      key: 'REPRESENTATIONS',
      shape: 'list',
      records: rows.map(({ representation, name, businessId }) => ({
        key: 'REPRESENTATION',
        fields: [
          field('ORGANISATION_NAME', name),
          field('ORGANISATION_BUSINESS_ID', businessId),
          field('CONFIRMED_AT', representation.confirmedAt),
          field('ORGANISATION_ID', representation.organisationId, 'internalId'),
        ],
      })),
    };
  },
};
