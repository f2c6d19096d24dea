import 'server-only';
import { asc, count, eq, max, min, sql } from 'drizzle-orm';
import { formSubmissions, services, signIns } from '@/db/schema';
import type { LocalizedText } from '@/db/schema/localized-text';
import { field, localizedFields, type MyDataRecord, type MyDataSource } from '../sections';

/**
 * The services the person has used (PRO6): the e-services portal itself, known from the
 * sign-ins, and each service they have sent a form of themself, known from the forms.
 */
export const servicesUsedSource: MyDataSource = {
  key: 'SERVICES_USED',
  async collect(db, personId) {
    const [usage] = await db
      .select({ signIns: count(), first: min(signIns.at), last: max(signIns.at) })
      .from(signIns)
      .where(eq(signIns.personId, personId));
    const records: MyDataRecord[] = [];
    if (usage && usage.signIns > 0) {
      records.push({
        key: 'SERVICE',
        fields: [
          // A name the page translates: the portal is one service among those to come.
          field('NAME', 'e-services', 'service'),
          field('FIRST_USED_AT', usage.first),
          field('LAST_USED_AT', usage.last),
          field('SIGN_IN_COUNT', usage.signIns),
        ],
      });
    }
    const used = await db
      .select({
        slug: formSubmissions.serviceSlug,
        // The catalogue's published name; a service since unpublished keeps its slug only.
        name: sql<LocalizedText | null>`(array_agg(${services.published}->'name'))[1]`,
        forms: count(),
        first: min(formSubmissions.sentAt),
        last: max(formSubmissions.sentAt),
      })
      .from(formSubmissions)
      .leftJoin(services, eq(services.slug, formSubmissions.serviceSlug))
      .where(eq(formSubmissions.ownerPersonId, personId))
      .groupBy(formSubmissions.serviceSlug)
      .orderBy(asc(formSubmissions.serviceSlug));
    for (const service of used) {
      records.push({
        key: 'SERVICE',
        fields: [
          ...localizedFields('NAME', service.name ?? { fi: service.slug, sv: service.slug, en: service.slug }),
          field('FIRST_USED_AT', service.first),
          field('LAST_USED_AT', service.last),
          field('FORMS_SENT', service.forms),
          field('SERVICE_SLUG', service.slug, 'internalId'),
        ],
      });
    }
    return { key: 'SERVICES_USED', shape: 'list', records };
  },
};
