import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { formAttachments, formDrafts } from '@/db/schema';
import { allFields, type Answers, type Field, type FormDefinition } from '@/lib/forms/definition';
import { createDraft } from '@/lib/forms/mutations';
import { ownedBy, type Owner } from '@/lib/forms/owner';
import { latestDefinition } from '@/lib/forms/queries';
import { checkAnswers } from '@/lib/forms/schema';
import { logger } from '@/lib/log/logger';
import { findFolderItem } from './item';

/*
 * What the folder does to drafts (FOL6 "Use as template", FOL7 "Remove"). Both only ever touch
 * the signed-in owner's own rows.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One of the owner's unsent drafts, for the Remove confirmation; null for anyone else's or a sent one. */
export async function findRemovableDraft(owner: Owner, draftId: string): Promise<{ id: string; formSlug: string; updatedAt: Date } | null> {
  if (!uuid.test(draftId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: formDrafts.id, formSlug: formDrafts.formSlug, updatedAt: formDrafts.updatedAt })
    .from(formDrafts)
    .where(and(eq(formDrafts.id, draftId), ownedBy(formDrafts, owner), isNull(formDrafts.submittedAt)))
    .limit(1);
  return row ?? null;
}

/**
 * Removes the owner's unsent draft with its attachments (FOL7): the rows in one statement (the
 * attachments' rows go by ON DELETE CASCADE), the files' bytes after it. A sent draft is its
 * submission's and is never removed here. False when there was no such draft of theirs.
 */
export async function removeDraft(owner: Owner, draftId: string): Promise<boolean> {
  if (!uuid.test(draftId)) return false;
  const db = await getDb();
  const removed = await db.transaction(async (tx) => {
    const [draft] = await tx
      .select({ id: formDrafts.id })
      .from(formDrafts)
      .where(and(eq(formDrafts.id, draftId), ownedBy(formDrafts, owner), isNull(formDrafts.submittedAt)))
      .for('update')
      .limit(1);
    if (!draft) return null;
    const files = await tx.select({ storageKey: formAttachments.storageKey }).from(formAttachments).where(eq(formAttachments.draftId, draft.id));
    await tx.delete(formDrafts).where(eq(formDrafts.id, draft.id));
    return files;
  });
  if (!removed) return false;
  // Only once the rows are gone: a rolled-back removal must still find its files.
  const { attachmentStorage } = await import('@/lib/attachments/configured-storage');
  const storage = await attachmentStorage();
  for (const { storageKey } of removed) {
    try {
      await storage.delete(storageKey);
    } catch (error) {
      logger.warn({ err: error instanceof Error ? { name: error.name, message: error.message } : undefined }, 'removing a draft attachment from storage failed');
    }
  }
  return true;
}

/**
 * The answers of a sent form that fit a form version: the fields it still has, of the same
 * type, attachments left out (files are not copied), and only what that version accepts.
 */
export function templateAnswers(from: Answers, fromDefinition: FormDefinition, to: FormDefinition): Answers {
  const oldFields = new Map(allFields(fromDefinition).map((field) => [field.name, field]));
  const copy = (field: Field, value: Answers[string] | undefined): Answers[string] | undefined => {
    if (value === undefined) return undefined;
    if (field.type === 'attachment') return undefined;
    if (field.type !== 'group') return typeof value === 'string' || (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) ? value : undefined;
    if (!Array.isArray(value)) return undefined;
    return value.map((item) => {
      const kept: Record<string, string | string[]> = {};
      if (typeof item !== 'object' || item === null) return kept;
      for (const child of field.fields) {
        const entry = (item as Record<string, string | string[]>)[child.name];
        if (entry !== undefined && child.type !== 'attachment') kept[child.name] = entry;
      }
      return kept;
    });
  };
  let answers: Answers = {};
  for (const field of allFields(to)) {
    const old = oldFields.get(field.name);
    if (!old || old.type !== field.type) continue;
    const value = copy(field, from[field.name]);
    if (value !== undefined) answers[field.name] = value;
  }
  // A newer version may limit a field more strictly: what it refuses is left for the person to fill in.
  const checked = checkAnswers(to, answers, { mode: 'draft' });
  if (!checked.ok) {
    const refused = new Set(Object.keys(checked.fieldErrors).map((path) => path.split('.')[0]!));
    answers = Object.fromEntries(Object.entries(answers).filter(([name]) => !refused.has(name)));
  }
  return answers;
}

/**
 * "Use as template" (FOL6): a new draft of the form's newest version, prefilled from one of the
 * owner's sent items; its attachments are not copied. Null for anyone else's item.
 */
export async function draftFromItem(owner: Owner, createdBy: string, itemNumber: number): Promise<{ draftId: string; formSlug: string } | null> {
  const item = await findFolderItem(owner, itemNumber);
  if (!item) return null;
  const newest = await latestDefinition(item.formSlug);
  if (!newest) return null;
  const created = await createDraft(owner, createdBy, newest, templateAnswers(item.answers, item.definition, newest.definition), 0);
  return created.status === 'saved' ? { draftId: created.draftId, formSlug: item.formSlug } : null;
}
