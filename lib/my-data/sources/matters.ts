import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import {
  divisions,
  formSubmissions,
  informationRequests,
  pendingNotifications,
  submissionAccessLog,
  submissionComplements,
  submissionEvents,
  submissionFiles,
  submissionMessages,
} from '@/db/schema';
import { field, localizedFields, type MyDataSource } from '../sections';

/*
 * What happened to the person's own sent forms after sending (FOL6, PRO7): messages, the city's
 * requests for more information and the person's complements, files, who at the city opened
 * them, and notifications waiting to go out. Only items the person owns themself; an
 * organisation's items are the organisation's (see ./forms.ts).
 *
 * The official behind a message, request, file or access is left out on purpose: the resident
 * is told the division, never the official's identity (see the leftOut list of
 * tests/integration/my-data.test.ts).
 */

const own = (personId: string) => eq(formSubmissions.ownerPersonId, personId);

/** Messages on the person's items, both sides, oldest first per item (MSG1–MSG2). */
export const submissionMessagesSource: MyDataSource = {
  key: 'SUBMISSION_MESSAGES',
  async collect(db, personId) {
    const rows = await db
      .select({ message: submissionMessages, itemNumber: formSubmissions.itemNumber, division: divisions.name })
      .from(submissionMessages)
      .innerJoin(formSubmissions, eq(formSubmissions.id, submissionMessages.submissionId))
      .leftJoin(divisions, eq(divisions.id, submissionMessages.divisionId))
      .where(own(personId))
      .orderBy(desc(formSubmissions.itemNumber), asc(submissionMessages.createdAt));
    return {
      key: 'SUBMISSION_MESSAGES',
      shape: 'list',
      records: rows.map(({ message, itemNumber, division }) => ({
        key: 'SUBMISSION_MESSAGE',
        fields: [
          field('ITEM_NUMBER', itemNumber, 'itemNumber'),
          field('CREATED_AT', message.createdAt),
          field('AUTHOR', message.author, 'matterActor'),
          ...localizedFields('DIVISION_NAME', division),
          field('BODY', message.body),
          field('DIVISION_ID', message.divisionId, 'internalId'),
          field('CASE_SYSTEM_ID', message.caseSystemId, 'internalId'),
          field('SUBMISSION_ID', message.submissionId, 'internalId'),
          field('ID', message.id, 'internalId'),
        ],
      })),
    };
  },
};

/** The city's requests for additional information on the person's items. */
export const informationRequestsSource: MyDataSource = {
  key: 'INFORMATION_REQUESTS',
  async collect(db, personId) {
    const rows = await db
      .select({ request: informationRequests, itemNumber: formSubmissions.itemNumber, division: divisions.name })
      .from(informationRequests)
      .innerJoin(formSubmissions, eq(formSubmissions.id, informationRequests.submissionId))
      .leftJoin(divisions, eq(divisions.id, informationRequests.divisionId))
      .where(own(personId))
      .orderBy(desc(formSubmissions.itemNumber), asc(informationRequests.createdAt));
    return {
      key: 'INFORMATION_REQUESTS',
      shape: 'list',
      records: rows.map(({ request, itemNumber, division }) => ({
        key: 'INFORMATION_REQUEST',
        fields: [
          field('ITEM_NUMBER', itemNumber, 'itemNumber'),
          field('CREATED_AT', request.createdAt),
          ...localizedFields('DIVISION_NAME', division),
          field('MESSAGE', request.message),
          field('ATTACHMENTS_REQUESTED', request.attachmentsRequested),
          field('ANSWERED_AT', request.answeredAt),
          // The form's own names of the asked fields: meaningful with the form, in the download.
          field('FIELD_NAMES', JSON.stringify(request.fieldNames), 'internalId'),
          field('DIVISION_ID', request.divisionId, 'internalId'),
          field('CASE_SYSTEM_ID', request.caseSystemId, 'internalId'),
          field('SUBMISSION_ID', request.submissionId, 'internalId'),
          field('ID', request.id, 'internalId'),
        ],
      })),
    };
  },
};

/** The person's complements: new answers to the asked fields, linked to their item. */
export const submissionComplementsSource: MyDataSource = {
  key: 'SUBMISSION_COMPLEMENTS',
  async collect(db, personId) {
    const rows = await db
      .select({ complement: submissionComplements, itemNumber: formSubmissions.itemNumber })
      .from(submissionComplements)
      .innerJoin(formSubmissions, eq(formSubmissions.id, submissionComplements.submissionId))
      .where(own(personId))
      .orderBy(desc(formSubmissions.itemNumber), asc(submissionComplements.sentAt));
    return {
      key: 'SUBMISSION_COMPLEMENTS',
      shape: 'list',
      records: rows.map(({ complement, itemNumber }) => ({
        key: 'SUBMISSION_COMPLEMENT',
        fields: [
          field('ITEM_NUMBER', itemNumber, 'itemNumber'),
          field('SENT_AT', complement.sentAt),
          field('ANSWERS', JSON.stringify(complement.answers), 'answers'),
          field('REQUEST_ID', complement.requestId, 'internalId'),
          field('SUBMISSION_ID', complement.submissionId, 'internalId'),
          field('ID', complement.id, 'internalId'),
        ],
      })),
    };
  },
};

/**
 * Files that came with the person's items after sending (messages, decisions, complements):
 * name, type and size, never the bytes or the storage key.
 */
export const submissionFilesSource: MyDataSource = {
  key: 'SUBMISSION_FILES',
  async collect(db, personId) {
    const rows = await db
      .select({ file: submissionFiles, itemNumber: formSubmissions.itemNumber, division: divisions.name })
      .from(submissionFiles)
      .innerJoin(formSubmissions, eq(formSubmissions.id, submissionFiles.submissionId))
      .leftJoin(divisions, eq(divisions.id, submissionFiles.divisionId))
      .where(own(personId))
      .orderBy(desc(formSubmissions.itemNumber), asc(submissionFiles.createdAt));
    return {
      key: 'SUBMISSION_FILES',
      shape: 'list',
      records: rows.map(({ file, itemNumber, division }) => ({
        key: 'SUBMISSION_FILE',
        fields: [
          field('ITEM_NUMBER', itemNumber, 'itemNumber'),
          field('FILE_NAME', file.fileName),
          field('SIZE', file.size, 'fileSize'),
          field('CONTENT_TYPE', file.contentType),
          field('PURPOSE', file.purpose, 'filePurpose'),
          field('AUTHOR', file.author, 'matterActor'),
          ...localizedFields('DIVISION_NAME', division),
          field('CREATED_AT', file.createdAt),
          field('MESSAGE_ID', file.messageId, 'internalId'),
          field('COMPLEMENT_ID', file.complementId, 'internalId'),
          field('DIVISION_ID', file.divisionId, 'internalId'),
          field('CASE_SYSTEM_ID', file.caseSystemId, 'internalId'),
          field('SUBMISSION_ID', file.submissionId, 'internalId'),
          field('ID', file.id, 'internalId'),
        ],
      })),
    };
  },
};

/** When someone at the city opened the person's items, and of which division (PRO7). */
export const submissionAccessLogSource: MyDataSource = {
  key: 'SUBMISSION_ACCESS_LOG',
  async collect(db, personId) {
    const rows = await db
      .select({ access: submissionAccessLog, itemNumber: formSubmissions.itemNumber, division: divisions.name })
      .from(submissionAccessLog)
      .innerJoin(formSubmissions, eq(formSubmissions.id, submissionAccessLog.submissionId))
      .leftJoin(divisions, eq(divisions.id, submissionAccessLog.divisionId))
      .where(own(personId))
      .orderBy(desc(submissionAccessLog.at));
    return {
      key: 'SUBMISSION_ACCESS_LOG',
      shape: 'list',
      records: rows.map(({ access, itemNumber, division }) => ({
        key: 'SUBMISSION_ACCESS',
        fields: [
          field('ITEM_NUMBER', itemNumber, 'itemNumber'),
          field('AT', access.at),
          ...localizedFields('DIVISION_NAME', division),
          field('CHANNEL', access.channel, 'accessChannel'),
          field('DIVISION_ID', access.divisionId, 'internalId'),
          field('CASE_SYSTEM_ID', access.caseSystemId, 'internalId'),
          field('SUBMISSION_ID', access.submissionId, 'internalId'),
          field('ID', access.id, 'internalId'),
        ],
      })),
    };
  },
};

/** Notifications of events on the person's items, waiting for their hour or already sent (NOT1). */
export const pendingNotificationsSource: MyDataSource = {
  key: 'PENDING_NOTIFICATIONS',
  async collect(db, personId) {
    const rows = await db
      .select({ notification: pendingNotifications, itemNumber: formSubmissions.itemNumber })
      .from(pendingNotifications)
      .innerJoin(submissionEvents, eq(submissionEvents.id, pendingNotifications.eventId))
      .innerJoin(formSubmissions, eq(formSubmissions.id, submissionEvents.submissionId))
      .where(eq(pendingNotifications.ownerPersonId, personId))
      .orderBy(desc(pendingNotifications.createdAt));
    return {
      key: 'PENDING_NOTIFICATIONS',
      shape: 'list',
      records: rows.map(({ notification, itemNumber }) => ({
        key: 'PENDING_NOTIFICATION',
        fields: [
          field('ITEM_NUMBER', itemNumber, 'itemNumber'),
          field('CREATED_AT', notification.createdAt),
          field('ROUND_AT', notification.roundAt),
          field('NOTIFIED_AT', notification.notifiedAt),
          field('EVENT_ID', notification.eventId, 'internalId'),
          field('ID', notification.id, 'internalId'),
        ],
      })),
    };
  },
};
