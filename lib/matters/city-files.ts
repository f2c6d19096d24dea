import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { formAttachments } from '@/db/schema';
import { attachmentStorage } from '@/lib/attachments/configured-storage';
import type { CityActor } from './actor';
import { findCityItem } from './city-queries';
import { readSubmissionFileForCity, type DownloadableFile } from './files';

/**
 * A file of one of the actor's items, for the back office's downloads: one the owner attached to
 * the form, or one that came after sending (messages, decisions, complements). The file must be
 * of this very item, and the item the actor's (its division's); anything else is null.
 */
export async function readCityItemFile(actor: CityActor, itemNumber: number, fileId: string): Promise<DownloadableFile | null> {
  const item = await findCityItem(actor, itemNumber);
  if (!item) return null;
  const db = await getDb();
  if (item.files.some((file) => file.id === fileId)) return readSubmissionFileForCity(db, actor, fileId);
  if (!item.attachments.some((file) => file.id === fileId)) return null;
  const [row] = await db
    .select({ storageKey: formAttachments.storageKey, name: formAttachments.fileName, contentType: formAttachments.contentType, size: formAttachments.size })
    .from(formAttachments)
    .where(eq(formAttachments.id, fileId))
    .limit(1);
  const stored = row ? await (await attachmentStorage()).get(row.storageKey) : null;
  return row && stored ? { name: row.name, contentType: row.contentType, size: row.size, body: stored.body } : null;
}
