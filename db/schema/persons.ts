import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { staffMembers } from './staff';

/**
 * A resident known from strong identification. The name comes from the population register
 * through the identification and cannot be edited (PRO1). The personal identity code is kept
 * only encrypted, with a keyed hash to find the person again (never the code itself).
 */
export const persons = pgTable('persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  nationalIdHash: text('national_id_hash').notNull().unique(),
  nationalIdEncrypted: text('national_id_encrypted').notNull(),
  firstNames: text('first_names').notNull(),
  lastName: text('last_name').notNull(),
  /**
   * The permanent address in Finland as the population register has it, from the latest
   * identification; empty for someone with a non-disclosure for safety reasons or no address
   * here. Prefills the address fields of forms (FRM6).
   */
  streetAddress: text('street_address'),
  postalCode: text('postal_code'),
  postOffice: text('post_office'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  /**
   * Set when the person deleted their profile while matters of theirs were still in handling:
   * the row stays only so that those matters keep their owner (the decision is theirs), and
   * everything else of theirs is gone. Signing in again clears it, and they register anew.
   */
  profileDeletedAt: timestamp('profile_deleted_at', { withTimezone: true }),
});

/** An enterprise or association, known by its Business ID (PRO2). */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  businessId: text('business_id').notNull().unique(),
  name: text('name').notNull(),
  /** Where the organisation's folder notifications go (NOT1); set by a person acting for it. */
  notificationEmail: text('notification_email'),
  notificationLanguage: text('notification_language', { enum: ['fi', 'sv', 'en'] }).notNull().default('fi'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Which organisations a person may act for, as the national e-authorizations last said. Kept
 * so that the person can switch roles without identifying again (ID2).
 */
export const representations = pgTable(
  'representations',
  {
    personId: uuid('person_id').notNull().references(() => persons.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.personId, table.organisationId] })],
);

/** The identity provider's subject for a person: Auth.js calls this an account. */
export const identityAccounts = pgTable(
  'identity_accounts',
  {
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    personId: uuid('person_id').notNull().references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.subject] }), index('identity_accounts_person_idx').on(table.personId)],
);

/** Every sign-in, for the resident's own view of their data (PRO6) and for security. */
export const signIns = pgTable(
  'sign_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull().references(() => persons.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Authentication method reference, e.g. "bank:nordea", "mobile", "card". */
    method: text('method').notNull(),
    /** Level of assurance: low | substantial | high. */
    loa: text('loa').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  },
  (table) => [index('sign_ins_person_at_idx').on(table.personId, table.at)],
);

export const loaLevels = ['low', 'substantial', 'high'] as const;
export type Loa = (typeof loaLevels)[number];

/**
 * A signed-in session (database sessions, ID5). The cookie holds the token; the row says who
 * (a resident, or a member of staff), how strongly and for whom a resident acts, and when they
 * last did something (two hours idle ends it).
 */
export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'cascade' }),
    staffMemberId: uuid('staff_member_id').references(() => staffMembers.id, { onDelete: 'cascade' }),
    expires: timestamp('expires', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    /** Filled in right after the identification; a session without it counts as weak. */
    method: text('method'),
    loa: text('loa', { enum: loaLevels }),
    actingForOrganisationId: uuid('acting_for_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    index('sessions_person_idx').on(table.personId),
    index('sessions_staff_member_idx').on(table.staffMemberId),
    check('sessions_one_owner', sql`(${table.personId} is null) <> (${table.staffMemberId} is null)`),
  ],
);
