import 'server-only';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { formAttachments, formDrafts } from '@/db/schema';
import { checkAttachment, type AttachmentRefusal } from '@/lib/attachments/check-attachment';
import { attachmentStorage } from '@/lib/attachments/configured-storage';
import { attachmentRefusalMessage } from '@/lib/attachments/refusal-message';
import { newAttachmentKey } from '@/lib/attachments/storage';
import { allFields, type Answers, type FormDefinition, type ScalarField } from './definition';
import { ownedBy, type Owner } from './owner';

export type AttachedFile = { id: string; fieldName: string; fileName: string; size: number };

export type AddResult =
  | { status: 'added'; file: AttachedFile }
  | { status: 'refused'; message: { key: string; values: Record<string, string | number> } }
  | { status: 'notFound' };

async function ownOpenDraft(owner: Owner, draftId: string): Promise<boolean> {
  const db = await getDb();
  const [draft] = await db.select({ id: formDrafts.id }).from(formDrafts).where(and(eq(formDrafts.id, draftId), ownedBy(formDrafts, owner), isNull(formDrafts.submittedAt))).limit(1);
  return Boolean(draft);
}

/** The files of one of the owner's drafts. */
export async function draftAttachments(owner: Owner, draftId: string): Promise<AttachedFile[]> {
  const db = await getDb();
  return db
    .select({ id: formAttachments.id, fieldName: formAttachments.fieldName, fileName: formAttachments.fileName, size: formAttachments.size })
    .from(formAttachments)
    .innerJoin(formDrafts, eq(formDrafts.id, formAttachments.draftId))
    .where(and(eq(formAttachments.draftId, draftId), ownedBy(formDrafts, owner)))
    .orderBy(formAttachments.createdAt);
}

/**
 * Attaches a file to a field of the owner's unsent draft: the name cleaned, the type read from
 * the bytes, the size within the field's limit; stored under a random key. A refused file leaves
 * everything as it was and says why, in the Attachments messages.
 */
export async function addAttachment(owner: Owner, draftId: string, field: ScalarField, file: File): Promise<AddResult> {
  if (field.type !== 'attachment' || !(await ownOpenDraft(owner, draftId))) return { status: 'notFound' };
  const db = await getDb();
  const [existing] = await db.select({ n: count() }).from(formAttachments).where(and(eq(formAttachments.draftId, draftId), eq(formAttachments.fieldName, field.name)));
  if ((existing?.n ?? 0) >= (field.maxFiles ?? 5)) return { status: 'refused', message: { key: 'FormErrors.tooManyFiles', values: {} } };
  const checked = await checkAttachment(file, { maxBytes: field.maxBytes, allowedTypes: field.accept });
  if (!checked.ok) {
    const message = attachmentRefusalMessage(checked.refusal as AttachmentRefusal);
    return { status: 'refused', message: { key: `Attachments.${message.key}`, values: message.values } };
  }
  const key = newAttachmentKey();
  const storage = await attachmentStorage();
  await storage.put(key, checked.attachment.bytes, { contentType: checked.attachment.contentType });
  const [row] = await db
    .insert(formAttachments)
    .values({ draftId, fieldName: field.name, storageKey: key, fileName: checked.attachment.name, contentType: checked.attachment.contentType, size: checked.attachment.size })
    .returning({ id: formAttachments.id, fieldName: formAttachments.fieldName, fileName: formAttachments.fileName, size: formAttachments.size });
  return { status: 'added', file: row! };
}

/** Removes a file from the owner's unsent draft, and its bytes; someone else's file is left alone. */
export async function removeAttachment(owner: Owner, draftId: string, attachmentId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId) || !(await ownOpenDraft(owner, draftId))) return false;
  const db = await getDb();
  const [row] = await db
    .delete(formAttachments)
    .where(and(eq(formAttachments.id, attachmentId), eq(formAttachments.draftId, draftId)))
    .returning({ storageKey: formAttachments.storageKey });
  if (!row) return false;
  await (await attachmentStorage()).delete(row.storageKey);
  return true;
}

/** The answers with each attachment field keeping only files really attached to it in this draft. */
export async function withAttachedFilesOnly(draftId: string, definition: FormDefinition, answers: Answers, tx?: Pick<Awaited<ReturnType<typeof getDb>>, 'select'>): Promise<Answers> {
  const fields = allFields(definition).filter((field) => field.type === 'attachment');
  if (fields.length === 0) return answers;
  const db = tx ?? (await getDb());
  const ids = fields.flatMap((field) => (Array.isArray(answers[field.name]) ? (answers[field.name] as string[]) : [])).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const rows = ids.length
    ? await db.select({ id: formAttachments.id, fieldName: formAttachments.fieldName }).from(formAttachments).where(and(eq(formAttachments.draftId, draftId), inArray(formAttachments.id, ids)))
    : [];
  const result: Answers = { ...answers };
  for (const field of fields) {
    const value = answers[field.name];
    if (!Array.isArray(value)) continue;
    result[field.name] = (value as string[]).filter((id) => rows.some((row) => row.id === id && row.fieldName === field.name));
  }
  return result;
}
