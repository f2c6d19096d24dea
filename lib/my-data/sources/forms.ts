import 'server-only';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { divisions, formAttachments, formDefinitions, formDrafts, formSubmissions, submissionEvents } from '@/db/schema';
import { env } from '@/lib/env';
import { removalMoment } from '@/lib/retention/policy';
import { now } from '@/lib/time/clock';
import { field, localizedFields, type MyDataSource } from '../sections';

/*
 * The person's own forms: what they own themself (FOL1). Forms they filled in for an
 * organisation belong to the organisation's folder and are the organisation's records, not data
 * about the person, so they are not here (the page says so).
 */

/** Unsent drafts (FOL7). A sent draft's answers are its submission's, listed there. */
export const formDraftsSource: MyDataSource = {
  key: 'FORM_DRAFTS',
  async collect(db, personId) {
    const rows = await db
      .select({ draft: formDrafts, title: formDefinitions.definition })
      .from(formDrafts)
      .innerJoin(formDefinitions, eq(formDefinitions.id, formDrafts.definitionId))
      .where(and(eq(formDrafts.ownerPersonId, personId), isNull(formDrafts.submittedAt)))
      .orderBy(desc(formDrafts.updatedAt));
    return {
      key: 'FORM_DRAFTS',
      shape: 'list',
      records: rows.map(({ draft, title }) => ({
        key: 'FORM_DRAFT',
        fields: [
          ...localizedFields('FORM_TITLE', title.title),
          field('UPDATED_AT', draft.updatedAt),
          field('CREATED_AT', draft.createdAt),
          // An untouched draft is removed (lib/retention/): when, unless it is edited, and when its owner was told.
          field('REMOVAL_AT', removalMoment(draft, env.DRAFT_RETENTION_DAYS, now())),
          field('RETENTION_WARNED_AT', draft.retentionWarnedAt),
          field('ANSWERS', JSON.stringify(draft.answers), 'answers'),
          // Where the form was left off: the wizard's own state, meaningful in the download only.
          field('CURRENT_PAGE', draft.currentPage, 'internalId'),
          field('VISITED_PAGES', draft.visitedPages, 'internalId'),
          field('VERSION', draft.version, 'internalId'),
          field('FORM_SLUG', draft.formSlug, 'internalId'),
          field('DEFINITION_ID', draft.definitionId, 'internalId'),
          field('ID', draft.id, 'internalId'),
        ],
      })),
    };
  },
};

/** Sent forms with their item numbers and status (FRM2, FOL2), also those not kept in the folder. */
export const formSubmissionsSource: MyDataSource = {
  key: 'FORM_SUBMISSIONS',
  async collect(db, personId) {
    const rows = await db
      .select({ submission: formSubmissions, definition: formDefinitions.definition, startedAt: formDrafts.createdAt, division: divisions.name })
      .from(formSubmissions)
      .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
      .innerJoin(formDrafts, eq(formDrafts.id, formSubmissions.draftId))
      .leftJoin(divisions, eq(divisions.id, formSubmissions.divisionId))
      .where(eq(formSubmissions.ownerPersonId, personId))
      .orderBy(desc(formSubmissions.sentAt));
    return {
      key: 'FORM_SUBMISSIONS',
      shape: 'list',
      records: rows.map(({ submission, definition, startedAt, division }) => ({
        key: 'FORM_SUBMISSION',
        fields: [
          field('ITEM_NUMBER', submission.itemNumber, 'itemNumber'),
          ...localizedFields('FORM_TITLE', definition.title),
          field('STATUS', submission.status, 'submissionStatus'),
          ...localizedFields('DIVISION_NAME', division),
          field('SENT_AT', submission.sentAt),
          field('UPDATED_AT', submission.updatedAt),
          field('DECIDED_AT', submission.decidedAt),
          field('LAST_CITY_EVENT_AT', submission.lastCityEventAt),
          field('OWNER_SEEN_AT', submission.ownerSeenAt),
          field('STARTED_AT', startedAt),
          field('LOCALE', submission.locale, 'language'),
          field('SAVED_TO_FOLDER', submission.savedToFolder),
          field('ANSWERS', JSON.stringify(submission.answers), 'answers'),
          field('SERVICE_SLUG', submission.serviceSlug, 'internalId'),
          field('FORM_SLUG', submission.formSlug, 'internalId'),
          field('DEFINITION_ID', submission.definitionId, 'internalId'),
          field('DRAFT_ID', submission.draftId, 'internalId'),
          field('DIVISION_ID', submission.divisionId, 'internalId'),
          field('ID', submission.id, 'internalId'),
        ],
      })),
    };
  },
};

/** The dated events of the person's sent forms (FOL6), oldest first, by item number. */
export const submissionEventsSource: MyDataSource = {
  key: 'SUBMISSION_EVENTS',
  async collect(db, personId) {
    const rows = await db
      .select({ event: submissionEvents, itemNumber: formSubmissions.itemNumber, division: divisions.name })
      .from(submissionEvents)
      .innerJoin(formSubmissions, eq(formSubmissions.id, submissionEvents.submissionId))
      .leftJoin(divisions, eq(divisions.id, submissionEvents.divisionId))
      .where(eq(formSubmissions.ownerPersonId, personId))
      .orderBy(desc(formSubmissions.itemNumber), asc(submissionEvents.at));
    return {
      key: 'SUBMISSION_EVENTS',
      shape: 'list',
      records: rows.map(({ event, itemNumber, division }) => ({
        key: 'SUBMISSION_EVENT',
        fields: [
          field('ITEM_NUMBER', itemNumber, 'itemNumber'),
          field('AT', event.at),
          field('TYPE', event.type, 'submissionEventType'),
          field('STATUS', event.status, 'submissionStatus'),
          field('ACTOR', event.actor, 'matterActor'),
          ...localizedFields('DIVISION_NAME', division),
          field('DIVISION_ID', event.divisionId, 'internalId'),
          field('MESSAGE_ID', event.messageId, 'internalId'),
          field('FILE_ID', event.fileId, 'internalId'),
          field('SUBMISSION_ID', event.submissionId, 'internalId'),
          field('ID', event.id, 'internalId'),
        ],
      })),
    };
  },
};

/**
 * Files attached to the person's drafts and sent forms: name, type and size. The storage key is
 * left out: it names where the bytes lie, and is no data about the person.
 */
export const formAttachmentsSource: MyDataSource = {
  key: 'FORM_ATTACHMENTS',
  async collect(db, personId) {
    const rows = await db
      .select({ attachment: formAttachments, itemNumber: formSubmissions.itemNumber, definition: formDefinitions.definition })
      .from(formAttachments)
      .innerJoin(formDrafts, eq(formDrafts.id, formAttachments.draftId))
      .innerJoin(formDefinitions, eq(formDefinitions.id, formDrafts.definitionId))
      .leftJoin(formSubmissions, eq(formSubmissions.draftId, formDrafts.id))
      .where(eq(formDrafts.ownerPersonId, personId))
      .orderBy(desc(formAttachments.createdAt));
    return {
      key: 'FORM_ATTACHMENTS',
      shape: 'list',
      records: rows.map(({ attachment, itemNumber, definition }) => ({
        key: 'FORM_ATTACHMENT',
        fields: [
          field('FILE_NAME', attachment.fileName),
          field('SIZE', attachment.size, 'fileSize'),
          field('CONTENT_TYPE', attachment.contentType),
          ...localizedFields('FORM_TITLE', definition.title),
          // Empty while the draft is unsent.
          field('ITEM_NUMBER', itemNumber, 'itemNumber'),
          field('CREATED_AT', attachment.createdAt),
          field('FIELD_NAME', attachment.fieldName, 'internalId'),
          field('DRAFT_ID', attachment.draftId, 'internalId'),
          field('ID', attachment.id, 'internalId'),
        ],
      })),
    };
  },
};
