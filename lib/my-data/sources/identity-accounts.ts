import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { identityAccounts } from '@/db/schema';
import { field, type MyDataSource } from '../sections';

/** The identifiers the identification service knows the person by. */
export const identityAccountsSource: MyDataSource = {
  key: 'IDENTITY_ACCOUNTS',
  async collect(db, personId) {
    const rows = await db.select().from(identityAccounts).where(eq(identityAccounts.personId, personId)).orderBy(asc(identityAccounts.createdAt));
    return {
      key: 'IDENTITY_ACCOUNTS',
      shape: 'list',
      records: rows.map((row) => ({
        key: 'IDENTITY_ACCOUNT',
        fields: [field('PROVIDER', row.provider, 'identityProvider'), field('SUBJECT', row.subject), field('CREATED_AT', row.createdAt)],
      })),
    };
  },
};
