import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, formDefinitions, formSubmissions, submissionEvents, type MatterActor, type SubmissionEventType, type SubmissionStatus } from '@/db/schema';
import type { LocalizedText } from '@/db/schema/localized-text';
import { ownedBy, type Owner } from '@/lib/forms/owner';

export type LatestEvent = {
  itemNumber: number;
  title: LocalizedText;
  at: Date;
  type: SubmissionEventType;
  status: SubmissionStatus | null;
  actor: MatterActor;
  division: LocalizedText | null;
  /** The item has city events the owner has not seen (FOL5). */
  isNew: boolean;
};

/**
 * The latest events of the owner's folder, newest first, for the signed-in front page (FOL9,
 * UI7): one query, only items the folder keeps. For the signed-in owner's own folder only.
 */
export async function latestFolderEvents(owner: Owner, limit = 5): Promise<LatestEvent[]> {
  const db = await getDb();
  return db
    .select({
      itemNumber: formSubmissions.itemNumber,
      title: sql<LocalizedText>`${formDefinitions.definition}->'title'`,
      at: submissionEvents.at,
      type: submissionEvents.type,
      status: submissionEvents.status,
      actor: submissionEvents.actor,
      division: divisions.name,
      isNew: sql<boolean>`coalesce(${formSubmissions.lastCityEventAt} > coalesce(${formSubmissions.ownerSeenAt}, '-infinity'::timestamptz), false)`,
    })
    .from(submissionEvents)
    .innerJoin(formSubmissions, eq(formSubmissions.id, submissionEvents.submissionId))
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .leftJoin(divisions, eq(divisions.id, submissionEvents.divisionId))
    .where(and(ownedBy(formSubmissions, owner), eq(formSubmissions.savedToFolder, true)))
    .orderBy(desc(submissionEvents.at))
    .limit(limit);
}
