import 'server-only';
import { and, asc, count, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import {
  divisions,
  formAttachments,
  formDefinitions,
  formSubmissions,
  informationRequests,
  services,
  submissionComplements,
  submissionEvents,
  submissionFiles,
  submissionMessages,
  type LocalizedText,
  type SubmissionStatus,
} from '@/db/schema';
import type { Answers, FormDefinition } from '@/lib/forms/definition';
import { actorDivisionId, type CityActor } from './actor';

/*
 * What the city side sees of the matters in handling: the back office (officials) and the
 * backend API (case systems) read through these functions only, so both see exactly the items of
 * the actor's division — and a case system only those of its own services. An item outside that
 * is not there at all (null), never "forbidden".
 */

type Reader = Pick<Database, 'select'>;

/** The SQL condition that keeps a query to the actor's items. */
export function cityScope(actor: CityActor): SQL {
  const division = eq(formSubmissions.divisionId, actorDivisionId(actor));
  if (actor.kind === 'official') return division;
  // A case system without services sees nothing (an empty IN list is no list at all).
  if (actor.system.serviceSlugs.length === 0) return sql`false`;
  return and(division, inArray(formSubmissions.serviceSlug, actor.system.serviceSlugs))!;
}

/** The service's published name, or the form's title for a service the catalogue no longer shows. */
const serviceNameSql = sql<LocalizedText>`coalesce(${services.published}->'name', ${formDefinitions.definition}->'title')`;

export type OwnerKind = 'person' | 'organisation';

export type CityItem = {
  id: string;
  itemNumber: number;
  formSlug: string;
  serviceSlug: string;
  serviceName: LocalizedText;
  definition: FormDefinition;
  answers: Answers;
  /** The language the form was filled in. */
  locale: string;
  status: SubmissionStatus;
  ownerKind: OwnerKind;
  ownerPersonId: string | null;
  ownerOrganisationId: string | null;
  savedToFolder: boolean;
  divisionId: string;
  divisionName: LocalizedText | null;
  sentAt: Date;
  updatedAt: Date;
  decidedAt: Date | null;
  events: { id: string; type: string; status: SubmissionStatus | null; actor: string; divisionId: string | null; messageId: string | null; fileId: string | null; at: Date }[];
  messages: { id: string; author: string; divisionId: string | null; body: string; createdAt: Date }[];
  /** Files that came after sending: messages' attachments, decisions, complements' attachments. */
  files: { id: string; purpose: string; messageId: string | null; complementId: string | null; author: string; fileName: string; contentType: string; size: number; createdAt: Date }[];
  /** The files attached to the form itself when it was sent. */
  attachments: { id: string; fieldName: string; fileName: string; contentType: string; size: number }[];
  informationRequests: { id: string; fieldNames: string[]; attachmentsRequested: boolean; message: string; createdAt: Date; answeredAt: Date | null }[];
  complements: { id: string; requestId: string; answers: Answers; sentAt: Date }[];
};

/**
 * One item of the actor's division (for a case system, of its services) with everything the
 * city holds on it; null for any other item. Reading it records nothing: `openItem` in
 * handling.ts is what the back office and the API call when someone looks at an item.
 */
export async function findCityItem(actor: CityActor, itemNumber: number, db?: Reader): Promise<CityItem | null> {
  if (!Number.isSafeInteger(itemNumber) || itemNumber <= 0) return null;
  const reader = db ?? (await getDb());
  const [row] = await reader
    .select({
      id: formSubmissions.id,
      itemNumber: formSubmissions.itemNumber,
      draftId: formSubmissions.draftId,
      formSlug: formSubmissions.formSlug,
      serviceSlug: formSubmissions.serviceSlug,
      serviceName: serviceNameSql,
      definition: formDefinitions.definition,
      answers: formSubmissions.answers,
      locale: formSubmissions.locale,
      status: formSubmissions.status,
      ownerPersonId: formSubmissions.ownerPersonId,
      ownerOrganisationId: formSubmissions.ownerOrganisationId,
      savedToFolder: formSubmissions.savedToFolder,
      divisionId: formSubmissions.divisionId,
      divisionName: divisions.name,
      sentAt: formSubmissions.sentAt,
      updatedAt: formSubmissions.updatedAt,
      decidedAt: formSubmissions.decidedAt,
    })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .leftJoin(services, eq(services.slug, formSubmissions.serviceSlug))
    .leftJoin(divisions, eq(divisions.id, formSubmissions.divisionId))
    .where(and(eq(formSubmissions.itemNumber, itemNumber), cityScope(actor)))
    .limit(1);
  if (!row) return null;
  const { draftId, divisionId, ...item } = row;

  const [events, messages, files, attachments, requests, complements] = await Promise.all([
    reader
      .select({
        id: submissionEvents.id,
        type: submissionEvents.type,
        status: submissionEvents.status,
        actor: submissionEvents.actor,
        divisionId: submissionEvents.divisionId,
        messageId: submissionEvents.messageId,
        fileId: submissionEvents.fileId,
        at: submissionEvents.at,
      })
      .from(submissionEvents)
      .where(eq(submissionEvents.submissionId, row.id))
      .orderBy(asc(submissionEvents.at), asc(submissionEvents.id)),
    reader
      .select({ id: submissionMessages.id, author: submissionMessages.author, divisionId: submissionMessages.divisionId, body: submissionMessages.body, createdAt: submissionMessages.createdAt })
      .from(submissionMessages)
      .where(eq(submissionMessages.submissionId, row.id))
      .orderBy(asc(submissionMessages.createdAt), asc(submissionMessages.id)),
    reader
      .select({
        id: submissionFiles.id,
        purpose: submissionFiles.purpose,
        messageId: submissionFiles.messageId,
        complementId: submissionFiles.complementId,
        author: submissionFiles.author,
        fileName: submissionFiles.fileName,
        contentType: submissionFiles.contentType,
        size: submissionFiles.size,
        createdAt: submissionFiles.createdAt,
      })
      .from(submissionFiles)
      .where(eq(submissionFiles.submissionId, row.id))
      .orderBy(asc(submissionFiles.createdAt), asc(submissionFiles.id)),
    reader
      .select({ id: formAttachments.id, fieldName: formAttachments.fieldName, fileName: formAttachments.fileName, contentType: formAttachments.contentType, size: formAttachments.size })
      .from(formAttachments)
      .where(eq(formAttachments.draftId, draftId))
      .orderBy(asc(formAttachments.createdAt), asc(formAttachments.id)),
    reader
      .select({
        id: informationRequests.id,
        fieldNames: informationRequests.fieldNames,
        attachmentsRequested: informationRequests.attachmentsRequested,
        message: informationRequests.message,
        createdAt: informationRequests.createdAt,
        answeredAt: informationRequests.answeredAt,
      })
      .from(informationRequests)
      .where(eq(informationRequests.submissionId, row.id))
      .orderBy(asc(informationRequests.createdAt)),
    reader
      .select({ id: submissionComplements.id, requestId: submissionComplements.requestId, answers: submissionComplements.answers, sentAt: submissionComplements.sentAt })
      .from(submissionComplements)
      .where(eq(submissionComplements.submissionId, row.id))
      .orderBy(asc(submissionComplements.sentAt)),
  ]);

  // Only files attached to the sent answers count: a file left on the draft but removed from its
  // answers before sending is not part of the application.
  const answeredIds = new Set(answerStrings(item.answers));
  return {
    ...item,
    divisionId: divisionId!,
    ownerKind: item.ownerOrganisationId ? 'organisation' : 'person',
    events,
    messages,
    files,
    attachments: attachments.filter((attachment) => answeredIds.has(attachment.id)),
    informationRequests: requests,
    complements,
  };
}

/** Every text in the answers, also inside repeating groups: attachment fields hold their files' ids. */
function answerStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(answerStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(answerStrings);
  return [];
}

export const QUEUE_PAGE_SIZE = 50;

export type QueueFilter = { serviceSlug?: string | null; status?: SubmissionStatus | null; itemNumber?: number | null; page: number };

export type QueueRow = { itemNumber: number; serviceSlug: string; serviceName: LocalizedText; status: SubmissionStatus; sentAt: Date; ownerKind: OwnerKind };

export type Queue = { rows: QueueRow[]; total: number; page: number; pageCount: number; pageSize: number };

/**
 * The actor's queue (USE4): its division's items, oldest first, filtered by service, status or
 * item number, one page at a time. A page past the end gives the last page.
 */
export async function cityQueue(actor: CityActor, filter: QueueFilter): Promise<Queue> {
  const db = await getDb();
  const where = and(
    cityScope(actor),
    filter.serviceSlug ? eq(formSubmissions.serviceSlug, filter.serviceSlug) : undefined,
    filter.status ? eq(formSubmissions.status, filter.status) : undefined,
    filter.itemNumber ? eq(formSubmissions.itemNumber, filter.itemNumber) : undefined,
  );
  const [{ total }] = (await db.select({ total: count() }).from(formSubmissions).where(where)) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filter.page) || 1), pageCount);
  const rows = await db
    .select({
      itemNumber: formSubmissions.itemNumber,
      serviceSlug: formSubmissions.serviceSlug,
      serviceName: serviceNameSql,
      status: formSubmissions.status,
      sentAt: formSubmissions.sentAt,
      ownerOrganisationId: formSubmissions.ownerOrganisationId,
    })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .leftJoin(services, eq(services.slug, formSubmissions.serviceSlug))
    .where(where)
    .orderBy(asc(formSubmissions.sentAt), asc(formSubmissions.itemNumber))
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE);
  return {
    rows: rows.map(({ ownerOrganisationId, ...row }) => ({ ...row, ownerKind: ownerOrganisationId ? 'organisation' : 'person' })),
    total,
    page,
    pageCount,
    pageSize: QUEUE_PAGE_SIZE,
  };
}

/**
 * The services whose items the actor may see, for the queue's filter: the division's services
 * that have a form (for a case system, only its own), by slug, with their names.
 */
export async function cityServices(actor: CityActor): Promise<{ slug: string; name: LocalizedText }[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinctOn([formDefinitions.serviceSlug], { slug: formDefinitions.serviceSlug, name: serviceNameSql })
    .from(formDefinitions)
    .innerJoin(services, eq(services.slug, formDefinitions.serviceSlug))
    .where(
      and(
        eq(services.divisionId, actorDivisionId(actor)),
        isNotNull(services.divisionId),
        actor.kind === 'case_system' ? (actor.system.serviceSlugs.length ? inArray(formDefinitions.serviceSlug, actor.system.serviceSlugs) : sql`false`) : undefined,
      ),
    )
    .orderBy(asc(formDefinitions.serviceSlug), sql`${formDefinitions.version} desc`);
  return rows;
}
