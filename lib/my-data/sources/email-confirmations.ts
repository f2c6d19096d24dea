import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { emailConfirmations } from '@/db/schema';
import { field, type MyDataSource } from '../sections';

/**
 * The codes sent to confirm e-mail addresses, pending or used. The code's hash is left out: it
 * is a secret for checking the code, not data about the person.
 */
export const emailConfirmationsSource: MyDataSource = {
  key: 'EMAIL_CONFIRMATIONS',
  async collect(db, personId) {
    const rows = await db
      .select()
      .from(emailConfirmations)
      .where(eq(emailConfirmations.personId, personId))
      .orderBy(desc(emailConfirmations.createdAt));
    return {
      key: 'EMAIL_CONFIRMATIONS',
      shape: 'list',
      records: rows.map((row) => ({
        key: 'EMAIL_CONFIRMATION',
        fields: [
          field('EMAIL', row.email),
          field('CREATED_AT', row.createdAt),
          field('EXPIRES_AT', row.expiresAt),
          field('CONFIRMED_AT', row.confirmedAt),
          field('ATTEMPTS', row.attempts),
          field('ID', row.id, 'internalId'),
        ],
      })),
    };
  },
};
