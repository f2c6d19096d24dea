import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
// Relative, not '@/': drizzle-kit reads the schema without the project's path aliases.
import { notificationLanguages } from '../../lib/notifications/languages';
import { persons } from './persons';

/**
 * The person's registration (ID4, PRO3–PRO4). Created when the person gives consent; the
 * registration is complete once `registeredAt` is set (after the e-mail address is confirmed,
 * or at once when only a mobile number was given). A half-done row lets registration resume.
 */
export const profiles = pgTable('profiles', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
  email: text('email'),
  emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
  /** A new address waiting for its confirmation; the old one stays in use until then. */
  pendingEmail: text('pending_email'),
  /** In international form, +358… */
  mobile: text('mobile'),
  notifyByEmail: boolean('notify_by_email').notNull().default(false),
  notifyBySms: boolean('notify_by_sms').notNull().default(false),
  notificationLanguage: text('notification_language', { enum: notificationLanguages }).notNull().default('fi'),
  registeredAt: timestamp('registered_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A one-time code sent to confirm an e-mail address; only its hash is kept. */
export const emailConfirmations = pgTable('email_confirmations', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id')
    .notNull()
    .references(() => persons.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  codeHash: text('code_hash').notNull(),
  attempts: integer('attempts').notNull().default(0),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
