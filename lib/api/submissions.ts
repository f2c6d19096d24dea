import 'server-only';
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { z } from 'zod';
import { getDb } from '@/db';
import { formDefinitions, formSubmissions, submissionStatuses } from '@/db/schema';
import type { AttachmentRefusal } from '@/lib/attachments/check-attachment';
import { attachmentRefusalMessage } from '@/lib/attachments/refusal-message';
import type { CityActor } from '@/lib/matters/actor';
import { cityScope, type CityItem } from '@/lib/matters/city-queries';
import { readCityItemFile } from '@/lib/matters/city-files';
import type { DownloadableFile } from '@/lib/matters/files';
import type { HandlingRefusal, HandlingResult } from '@/lib/matters/handling';
import { problem } from './problem';
import en from '@/messages/en.json';

/*
 * What the backend API says about submissions, and how: the list of a case system's items with
 * its cursor, one item as JSON, and its files. Which items a case system sees is decided by the
 * matters' own scope (cityScope, findCityItem), never here.
 */

export const LIST_DEFAULT_LIMIT = 50;
export const LIST_MAX_LIMIT = 100;

// The cursor names the last item of the previous page; opaque to the caller (base64url JSON).
const cursorSchema = z
  .string()
  .max(200)
  .transform((value, context) => {
    try {
      const parsed = z.object({ after: z.number().int().positive() }).safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
      if (parsed.success) return parsed.data.after;
    } catch {
      // Not base64url JSON: reported below.
    }
    context.addIssue({ code: 'custom', message: 'is not a cursor this API gave (use nextCursor of the previous page as it is)' });
    return z.NEVER;
  });

export const listQuerySchema = z.object({
  status: z.enum(submissionStatuses, { error: `must be one of ${submissionStatuses.join(', ')}` }).optional(),
  service: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a service slug').optional(),
  since: z.iso.datetime({ offset: true, error: 'must be a date and time in ISO 8601 with its offset, e.g. 2026-11-30T08:00:00Z' }).optional(),
  cursor: cursorSchema.optional(),
  limit: z.coerce
    .number({ error: `must be a whole number from 1 to ${LIST_MAX_LIMIT}` })
    .int(`must be a whole number from 1 to ${LIST_MAX_LIMIT}`)
    .min(1, `must be a whole number from 1 to ${LIST_MAX_LIMIT}`)
    .max(LIST_MAX_LIMIT, `must be a whole number from 1 to ${LIST_MAX_LIMIT}`)
    .default(LIST_DEFAULT_LIMIT),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

export type SubmissionList = {
  items: {
    itemNumber: number;
    serviceSlug: string;
    formSlug: string;
    formVersion: number;
    status: (typeof submissionStatuses)[number];
    locale: string;
    ownerKind: 'person' | 'organisation';
    sentAt: Date;
    updatedAt: Date;
  }[];
  nextCursor: string | null;
};

export function encodeCursor(itemNumber: number): string {
  return Buffer.from(JSON.stringify({ after: itemNumber })).toString('base64url');
}

/**
 * The case system's submissions, oldest sent first, a page at a time. Paging goes by a cursor
 * (the last item of the page, by its sending time and number), not by an offset: items the
 * system moves out of a status filter while it pages do not make it skip others.
 */
export async function listSubmissions(actor: CityActor, query: ListQuery): Promise<SubmissionList | 'unknownCursor'> {
  const db = await getDb();
  // The cursor's item must be the caller's own; any other number is an unknown cursor, the same
  // for an item that does not exist and one of another division.
  if (query.cursor) {
    const [own] = await db.select({ id: formSubmissions.id }).from(formSubmissions).where(and(eq(formSubmissions.itemNumber, query.cursor), cityScope(actor))).limit(1);
    if (!own) return 'unknownCursor';
  }
  const rows = await db
    .select({
      itemNumber: formSubmissions.itemNumber,
      serviceSlug: formSubmissions.serviceSlug,
      formSlug: formSubmissions.formSlug,
      formVersion: formDefinitions.version,
      status: formSubmissions.status,
      locale: formSubmissions.locale,
      ownerOrganisationId: formSubmissions.ownerOrganisationId,
      sentAt: formSubmissions.sentAt,
      updatedAt: formSubmissions.updatedAt,
    })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .where(
      and(
        cityScope(actor),
        query.status ? eq(formSubmissions.status, query.status) : undefined,
        query.service ? eq(formSubmissions.serviceSlug, query.service) : undefined,
        query.since ? gte(formSubmissions.sentAt, new Date(query.since)) : undefined,
        // Compared in the database, where sending times keep their microseconds: an item sent in
        // the same millisecond as the page's last is neither lost nor given twice.
        query.cursor
          ? sql`(${formSubmissions.sentAt}, ${formSubmissions.itemNumber}) > (select "cursor"."sent_at", "cursor"."item_number" from ${formSubmissions} as "cursor" where "cursor"."item_number" = ${query.cursor})`
          : undefined,
      ),
    )
    .orderBy(asc(formSubmissions.sentAt), asc(formSubmissions.itemNumber))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ ownerOrganisationId, ...row }) => ({ ...row, ownerKind: ownerOrganisationId ? 'organisation' : 'person' })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.itemNumber) : null,
  };
}

/** The version number of the form an item was filled on (the item keeps it; forms get new versions). */
export async function formVersionOf(item: Pick<CityItem, 'id'>): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ version: formDefinitions.version })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .where(eq(formSubmissions.id, item.id))
    .limit(1);
  return row!.version;
}

const attachmentHref = (itemNumber: number, id: string) => `/api/v1/submissions/${itemNumber}/attachments/${id}`;

/**
 * The files of an item a case system may read: the form's own attachments, and the files that
 * came later and were sent — with a message, with a complement, or a decision in the item's
 * history. A file someone at the city has uploaded but not yet sent is not part of the item yet.
 */
export function itemFiles(item: CityItem) {
  const decisions = new Set(item.events.filter((event) => event.type === 'decision' && event.fileId).map((event) => event.fileId));
  return [
    ...item.attachments.map((file) => ({
      id: file.id,
      purpose: 'form' as const,
      fieldName: file.fieldName,
      messageId: null,
      complementId: null,
      author: 'resident',
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.size,
      createdAt: null,
      href: attachmentHref(item.itemNumber, file.id),
    })),
    ...item.files
      .filter((file) => file.messageId || file.complementId || (file.purpose === 'decision' && decisions.has(file.id)))
      .map((file) => ({
        id: file.id,
        purpose: file.purpose,
        fieldName: null,
        messageId: file.messageId,
        complementId: file.complementId,
        author: file.author,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        createdAt: file.createdAt,
        href: attachmentHref(item.itemNumber, file.id),
      })),
  ];
}

/** One item as the API gives it (GET /api/v1/submissions/{itemNumber}). */
export function submissionDocument(item: CityItem, formVersion: number) {
  return {
    itemNumber: item.itemNumber,
    serviceSlug: item.serviceSlug,
    serviceName: item.serviceName,
    form: { slug: item.formSlug, version: formVersion, definition: item.definition },
    locale: item.locale,
    status: item.status,
    ownerKind: item.ownerKind,
    sentAt: item.sentAt,
    updatedAt: item.updatedAt,
    decidedAt: item.decidedAt,
    answers: item.answers,
    attachments: itemFiles(item),
    events: item.events.map((event) => ({
      id: event.id,
      type: event.type,
      status: event.status,
      actor: event.actor,
      divisionId: event.divisionId,
      messageId: event.messageId,
      fileId: event.fileId,
      at: event.at,
    })),
    messages: item.messages,
    informationRequests: item.informationRequests,
    complements: item.complements,
  };
}

/**
 * The bytes of one of the item's files (itemFiles), read as the back office reads them, or null
 * for any other id. The item has been found through the caller's scope already.
 */
export async function readItemFile(actor: CityActor, item: CityItem, fileId: string): Promise<DownloadableFile | null> {
  if (!itemFiles(item).some((file) => file.id === fileId)) return null;
  return readCityItemFile(actor, item.itemNumber, fileId);
}

const attachmentsText = createTranslator({ locale: 'en', messages: en, namespace: 'Attachments' });

/** A refused file, in words: the same message a person sees in the portal, in English. */
export function fileRefusalDetail(refusal: AttachmentRefusal): string {
  const message = attachmentRefusalMessage(refusal);
  return attachmentsText(message.key, message.values);
}

/** What a refusal of the matters' rules means for a case system, and the status to answer with. */
export const handlingRefusals: Record<HandlingRefusal, { problem: 'conflict' | 'invalidRequest'; detail: string }> = {
  final: { problem: 'conflict', detail: 'The item is decided or cancelled. A cancelled item no longer changes; a decided one may only go back to "processing".' },
  unchanged: { problem: 'conflict', detail: 'The item has this status already.' },
  statusNotAllowed: { problem: 'invalidRequest', detail: 'This status cannot be set here: "sent" is the sending itself, and "information_requested" comes with an information request.' },
  emptyMessage: { problem: 'invalidRequest', detail: 'The message is empty.' },
  messageTooLong: { problem: 'invalidRequest', detail: 'The message is too long.' },
  unknownField: { problem: 'invalidRequest', detail: "A field named is not one of the item's form." },
  nothingRequested: { problem: 'invalidRequest', detail: 'Name at least one field to answer again, or ask for attachments.' },
  openRequest: { problem: 'conflict', detail: 'An information request on the item is still unanswered; the owner answers one at a time.' },
  unknownFile: { problem: 'invalidRequest', detail: 'The file is not one uploaded for this.' },
};

/** The problem answer for a change the matters' rules refused. */
export function refusalProblem(result: Extract<HandlingResult, { status: 'invalid' }>): Response {
  if (result.reason === 'fileRefused' && 'refusal' in result) return problem('invalidRequest', fileRefusalDetail(result.refusal), { reason: result.reason });
  const refusal = handlingRefusals[result.reason as HandlingRefusal];
  return problem(refusal.problem, refusal.detail, { reason: result.reason });
}
