import 'server-only';
import { eq } from 'drizzle-orm';
import { persons } from '@/db/schema';
import { decryptPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { field, type MyDataSource } from '../sections';

/**
 * The person as identification gave them. The personal identity code is decrypted: it is the
 * person's own data, and the page masks it. The keyed hash and the ciphertext are how the code
 * is stored, not more data about the person, and are left out.
 */
export const personSource: MyDataSource = {
  key: 'PERSON',
  async collect(db, personId) {
    const [person] = await db.select().from(persons).where(eq(persons.id, personId)).limit(1);
    if (!person) return { key: 'PERSON', shape: 'single', fields: [] };
    return {
      key: 'PERSON',
      shape: 'single',
      fields: [
        field('FIRST_NAMES', person.firstNames),
        field('LAST_NAME', person.lastName),
        field('NATIONAL_ID', decryptPersonalIdentityCode(person.nationalIdEncrypted), 'personalIdentityCode'),
        field('STREET_ADDRESS', person.streetAddress),
        field('POSTAL_CODE', person.postalCode),
        field('POST_OFFICE', person.postOffice),
        field('CREATED_AT', person.createdAt),
        field('LAST_LOGIN_AT', person.lastLoginAt),
        field('ID', person.id, 'internalId'),
      ],
    };
  },
};
