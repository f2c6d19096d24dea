import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgSequence, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Answers, FormDefinition } from '@/lib/forms/definition';
import { divisions } from './divisions';
import { organisations, persons } from './persons';

/**
 * A version of a form (FRM5): its pages and fields as JSON. A version is never changed once
 * written; a changed form is a new version, and every draft and submission keeps the version it
 * was filled on.
 */
export const formDefinitions = pgTable(
  'form_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    serviceSlug: text('service_slug').notNull(),
    definition: jsonb('definition').$type<FormDefinition>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('form_definitions_slug_version_key').on(table.slug, table.version)],
);

/** Item numbers (FRM2): one sequence, so two app instances never give out the same number. */
export const formItemNumbers = pgSequence('form_item_number_seq', { startWith: 100001, minValue: 100001 });

const ownerColumns = {
  /**
   * The owner is a person acting for themself, or an organisation (FOL1): exactly one is set.
   * A person's forms never go with the person row by a cascade: "Delete my profile" removes the
   * drafts and finished matters itself and keeps the matters still in handling (see
   * lib/my-data/forms-retention.ts), so a person row with forms left refuses to be deleted.
   */
  ownerPersonId: uuid('owner_person_id').references(() => persons.id, { onDelete: 'restrict' }),
  ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
};

/**
 * An owner's unsent answers to one form version (FRM3). `version` counts the saves: a save must
 * name the version it started from, so a save from a stale tab is refused instead of
 * overwriting. Once sent, `submittedAt` is set and the draft no longer changes.
 */
export const formDrafts = pgTable(
  'form_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    definitionId: uuid('definition_id')
      .notNull()
      .references(() => formDefinitions.id),
    formSlug: text('form_slug').notNull(),
    ...ownerColumns,
    /** The person who started it, also when acting for an organisation. */
    createdByPersonId: uuid('created_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    /** Index of the page the person was last on. */
    currentPage: integer('current_page').notNull().default(0),
    /** Pages the person has reached, so the step list can link to them. */
    visitedPages: integer('visited_pages').notNull().default(1),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /**
     * When the owner was warned that the untouched draft will be removed (lib/retention/). A
     * warning counts only while it is later than `updatedAt`: an edit after it starts the count
     * again, and a new warning is sent before the new removal date.
     */
    retentionWarnedAt: timestamp('retention_warned_at', { withTimezone: true }),
  },
  (table) => [
    index('form_drafts_owner_person_idx').on(table.ownerPersonId, table.formSlug),
    index('form_drafts_owner_organisation_idx').on(table.ownerOrganisationId, table.formSlug),
    // The daily retention job looks for unsent drafts by their last edit.
    index('form_drafts_unsent_updated_idx').on(table.updatedAt).where(sql`${table.submittedAt} is null`),
    check('form_drafts_one_owner', sql`(${table.ownerPersonId} is null) <> (${table.ownerOrganisationId} is null)`),
  ],
);

/**
 * Where a sent form is in its handling (FOL2, issue "Statuses"): Sent, Received, Processing,
 * Additional information requested, Decided, Cancelled. Decided and Cancelled are final.
 */
export const submissionStatuses = ['sent', 'received', 'processing', 'information_requested', 'decided', 'cancelled'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/**
 * A sent form (FRM2, FRM4) with its item number. One draft gives at most one submission: the
 * unique draft id makes a double click, a retry or a second tab a no-op. A form of a service
 * that is not saved in the folder (FOL3) is kept only for the service's own queue.
 */
export const formSubmissions = pgTable(
  'form_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemNumber: bigint('item_number', { mode: 'number' })
      .notNull()
      .unique()
      .default(sql`nextval('form_item_number_seq')`),
    draftId: uuid('draft_id')
      .notNull()
      .unique()
      .references(() => formDrafts.id),
    definitionId: uuid('definition_id')
      .notNull()
      .references(() => formDefinitions.id),
    formSlug: text('form_slug').notNull(),
    serviceSlug: text('service_slug').notNull(),
    ...ownerColumns,
    sentByPersonId: uuid('sent_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<Answers>().notNull(),
    /** The language the form was filled in. */
    locale: text('locale').notNull(),
    savedToFolder: boolean('saved_to_folder').notNull(),
    status: text('status', { enum: submissionStatuses }).notNull().default('sent'),
    /** The division that handles it: its service's division when it was sent (USE4). */
    divisionId: uuid('division_id').references(() => divisions.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    /** The time of its latest event: the folder's "last update" and its sort order. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it was decided, for the service's typical processing time. */
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The latest event the owner did not cause (an official's, a case system's): "New" until seen. */
    lastCityEventAt: timestamp('last_city_event_at', { withTimezone: true }),
    /** When the owner last opened its information in the folder; a later city event makes it "New". */
    ownerSeenAt: timestamp('owner_seen_at', { withTimezone: true }),
  },
  (table) => [
    index('form_submissions_owner_person_idx').on(table.ownerPersonId, table.sentAt),
    index('form_submissions_owner_organisation_idx').on(table.ownerOrganisationId, table.sentAt),
    // The folder by last update (lib/folder/list.ts): a page is the first entries after its offset,
    // and the total an index-only count.
    index('form_submissions_folder_person_idx')
      .on(table.ownerPersonId, table.updatedAt.desc().nullsFirst(), table.itemNumber.desc().nullsFirst())
      .where(sql`${table.savedToFolder} and ${table.ownerOrganisationId} is null`),
    index('form_submissions_folder_organisation_idx')
      .on(table.ownerOrganisationId, table.updatedAt.desc().nullsFirst(), table.itemNumber.desc().nullsFirst())
      .where(sql`${table.savedToFolder} and ${table.ownerPersonId} is null`),
    index('form_submissions_service_idx').on(table.serviceSlug, table.sentAt),
    index('form_submissions_division_queue_idx').on(table.divisionId, table.status, table.sentAt),
    check('form_submissions_one_owner', sql`(${table.ownerPersonId} is null) <> (${table.ownerOrganisationId} is null)`),
  ],
);

/**
 * What happened: a status change (the first is the sending), a message, a decision document, a
 * complement sent by the owner.
 */
export const submissionEventTypes = ['status', 'message', 'decision', 'complement'] as const;
export type SubmissionEventType = (typeof submissionEventTypes)[number];

/** Who caused an event: the owner (a resident), an official in the back office, or a division's case system. */
export const matterActors = ['resident', 'official', 'case_system'] as const;
export type MatterActor = (typeof matterActors)[number];

/**
 * A dated entry of a submission's history (FOL6, PRO7); the first is its sending. An event the
 * owner did not cause makes the item "New" in the folder and a notification (NOT1).
 */
export const submissionEvents = pgTable(
  'submission_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    type: text('type', { enum: submissionEventTypes }).notNull(),
    /** For a status event, the new status. */
    status: text('status', { enum: submissionStatuses }),
    actor: text('actor', { enum: matterActors }).notNull().default('resident'),
    /** The acting official's or case system's division; the resident sees the division, never the official's name. */
    divisionId: uuid('division_id').references(() => divisions.id),
    /** The message or file the event is about, when it is about one (ids of submission_messages / submission_files). */
    messageId: uuid('message_id'),
    fileId: uuid('file_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('submission_events_submission_idx').on(table.submissionId, table.at)],
);

/**
 * A file attached to a draft's attachment field (the bytes are in the attachment storage under
 * `storageKey`, never under the person's file name). A sent draft's files are the submission's.
 */
export const formAttachments = pgTable(
  'form_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => formDrafts.id, { onDelete: 'cascade' }),
    fieldName: text('field_name').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('form_attachments_draft_idx').on(table.draftId, table.fieldName)],
);
