import 'server-only';
import { count, eq, max, min } from 'drizzle-orm';
import { signIns } from '@/db/schema';
import { field, type MyDataSource } from '../sections';

/**
 * The services the person has used (PRO6). Today that is the e-services portal itself, known
 * from the sign-ins; forms and matters add their services as they arrive.
 */
export const servicesUsedSource: MyDataSource = {
  key: 'SERVICES_USED',
  async collect(db, personId) {
    const [usage] = await db
      .select({ signIns: count(), first: min(signIns.at), last: max(signIns.at) })
      .from(signIns)
      .where(eq(signIns.personId, personId));
    return {
      key: 'SERVICES_USED',
      shape: 'list',
      records:
        usage && usage.signIns > 0
          ? [
              {
                key: 'SERVICE',
                fields: [
                  // A name the page translates: the portal is one service among those to come.
                  field('NAME', 'e-services', 'service'),
                  field('FIRST_USED_AT', usage.first),
                  field('LAST_USED_AT', usage.last),
                  field('SIGN_IN_COUNT', usage.signIns),
                ],
              },
            ]
          : [],
    };
  },
};
