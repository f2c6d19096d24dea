import 'server-only';
import { eq } from 'drizzle-orm';
import { profiles } from '@/db/schema';
import { field, type MyDataSource } from '../sections';

/** The registration: consent, contact details and notification choices (ID4, PRO3–PRO4). */
export const profileSource: MyDataSource = {
  key: 'PROFILE',
  async collect(db, personId) {
    const [profile] = await db.select().from(profiles).where(eq(profiles.personId, personId)).limit(1);
    if (!profile) return { key: 'PROFILE', shape: 'single', fields: [] };
    return {
      key: 'PROFILE',
      shape: 'single',
      fields: [
        field('EMAIL', profile.email),
        field('EMAIL_CONFIRMED_AT', profile.emailConfirmedAt),
        field('PENDING_EMAIL', profile.pendingEmail),
        field('MOBILE', profile.mobile),
        field('NOTIFY_BY_EMAIL', profile.notifyByEmail),
        field('NOTIFY_BY_SMS', profile.notifyBySms),
        field('NOTIFICATION_LANGUAGE', profile.notificationLanguage, 'language'),
        field('CONSENTED_AT', profile.consentedAt),
        field('REGISTERED_AT', profile.registeredAt),
        field('CREATED_AT', profile.createdAt),
        field('UPDATED_AT', profile.updatedAt),
      ],
    };
  },
};
