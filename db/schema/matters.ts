import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Answers } from '@/lib/forms/definition';
import { divisions } from './divisions';
import { formSubmissions, matterActors, submissionEvents } from './forms';
import { organisations, persons } from './persons';
import { staffMembers } from './staff';

/*
 * A sent form in handling: what the city and the owner say to each other about it, the files
 * that come with that, and who opened it. Everything here goes with its submission.
 */

/**
 * A division's own case system that connects through the backend API (/api/v1). Only a hash of
 * its API key is kept; `keyPrefix` (the key's first characters, not secret) finds the row
 * without comparing every hash. It sees the submissions of `serviceSlugs` only.
 */
export const caseSystems = pgTable('case_systems', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  divisionId: uuid('division_id')
    .notNull()
    .references(() => divisions.id),
  serviceSlugs: text('service_slugs').array().notNull(),
  keyPrefix: text('key_prefix').notNull().unique(),
  /** SHA-256 of the whole key, hex. */
  keyHash: text('key_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** Who wrote or added something: the owner's side keeps the person at the keyboard, the city's side the division. */
const authorColumns = {
  author: text('author', { enum: matterActors }).notNull(),
  divisionId: uuid('division_id').references(() => divisions.id),
  staffMemberId: uuid('staff_member_id').references(() => staffMembers.id, { onDelete: 'set null' }),
  caseSystemId: uuid('case_system_id').references(() => caseSystems.id, { onDelete: 'set null' }),
  /** The person who wrote it on the owner's side (also when acting for an organisation). */
  authorPersonId: uuid('author_person_id').references(() => persons.id, { onDelete: 'set null' }),
};

/**
 * A message on an item (MSG1–MSG3). Only the city starts a conversation; the owner replies.
 * Health care items have none in the folder (the folder never shows them at all).
 */
export const submissionMessages = pgTable(
  'submission_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    ...authorColumns,
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('submission_messages_submission_idx').on(table.submissionId, table.createdAt)],
);

/**
 * An official's request for additional information (status "Additional information
 * requested"): which of the form's fields to answer again, whether attachments are asked for,
 * and what to say. The owner answers it once, with a complement.
 */
export const informationRequests = pgTable(
  'information_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    divisionId: uuid('division_id').references(() => divisions.id),
    staffMemberId: uuid('staff_member_id').references(() => staffMembers.id, { onDelete: 'set null' }),
    caseSystemId: uuid('case_system_id').references(() => caseSystems.id, { onDelete: 'set null' }),
    /** Names of the form version's fields the owner may answer again. */
    fieldNames: text('field_names').array().notNull(),
    attachmentsRequested: boolean('attachments_requested').notNull().default(false),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (table) => [index('information_requests_submission_idx').on(table.submissionId, table.createdAt)],
);

/** The owner's answer to an information request: the asked fields' new answers, linked to the original item. */
export const submissionComplements = pgTable(
  'submission_complements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Answers>().notNull(),
    sentByPersonId: uuid('sent_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('submission_complements_request_key').on(table.requestId)],
);

export const submissionFilePurposes = ['message', 'decision', 'complement'] as const;
export type SubmissionFilePurpose = (typeof submissionFilePurposes)[number];

/**
 * A file that came after sending: with a message (either side), a decision document from the
 * city, or a complement's attachment. The bytes are in the attachment storage under
 * `storageKey`. A file uploaded for a reply or complement not yet sent has neither message nor
 * complement yet, and is the uploader's until then.
 */
export const submissionFiles = pgTable(
  'submission_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: submissionFilePurposes }).notNull(),
    messageId: uuid('message_id').references(() => submissionMessages.id, { onDelete: 'cascade' }),
    complementId: uuid('complement_id').references(() => submissionComplements.id, { onDelete: 'cascade' }),
    ...authorColumns,
    storageKey: text('storage_key').notNull().unique(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('submission_files_submission_idx').on(table.submissionId, table.createdAt)],
);

export const accessChannels = ['back_office', 'api'] as const;

/**
 * Every time someone at the city opened an item (USE4, PRO7): the owner sees when an official of
 * which division looked at it. Written by the back office and the API, never changed.
 */
export const submissionAccessLog = pgTable(
  'submission_access_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    divisionId: uuid('division_id').references(() => divisions.id),
    staffMemberId: uuid('staff_member_id').references(() => staffMembers.id, { onDelete: 'set null' }),
    caseSystemId: uuid('case_system_id').references(() => caseSystems.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: accessChannels }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('submission_access_log_submission_idx').on(table.submissionId, table.at)],
);

/**
 * An event waiting to be told to its item's owner (NOT1): the person, or the organisation (its
 * notification address). `roundAt` is the hour it goes out with (NOT2); one message per owner
 * and round however many rows.
 */
export const pendingNotifications = pgTable(
  'pending_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => submissionEvents.id, { onDelete: 'cascade' }),
    ownerPersonId: uuid('owner_person_id').references(() => persons.id, { onDelete: 'cascade' }),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    roundAt: timestamp('round_at', { withTimezone: true }).notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('pending_notifications_event_key').on(table.eventId),
    index('pending_notifications_round_idx').on(table.roundAt).where(sql`${table.notifiedAt} is null`),
    check('pending_notifications_one_owner', sql`(${table.ownerPersonId} is null) <> (${table.ownerOrganisationId} is null)`),
  ],
);
