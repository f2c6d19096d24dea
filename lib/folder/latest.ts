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
  // The few latest events first; only their forms' titles and divisions' names are read after.
  const latest = db
    .select({
      itemNumber: formSubmissions.itemNumber,
      latestDefinitionId: sql<string>`${formSubmissions.definitionId}`.as('latest_definition_id'),
      at: submissionEvents.at,
      type: submissionEvents.type,
      status: submissionEvents.status,
      actor: submissionEvents.actor,
      latestDivisionId: sql<string | null>`${submissionEvents.divisionId}`.as('latest_division_id'),
      isNew: sql<boolean>`coalesce(${formSubmissions.lastCityEventAt} > coalesce(${formSubmissions.ownerSeenAt}, '-infinity'::timestamptz), false)`.as('is_new'),
    })
    .from(submissionEvents)
    .innerJoin(formSubmissions, eq(formSubmissions.id, submissionEvents.submissionId))
    .where(and(ownedBy(formSubmissions, owner), eq(formSubmissions.savedToFolder, true)))
    .orderBy(desc(submissionEvents.at))
    .limit(limit)
    .as('latest');
  return db
    .select({
      itemNumber: latest.itemNumber,
      title: sql<LocalizedText>`${formDefinitions.definition}->'title'`,
      at: latest.at,
      type: latest.type,
      status: latest.status,
      actor: latest.actor,
      division: divisions.name,
      isNew: latest.isNew,
    })
    .from(latest)
    .innerJoin(formDefinitions, eq(formDefinitions.id, latest.latestDefinitionId))
    .leftJoin(divisions, eq(divisions.id, latest.latestDivisionId))
    .orderBy(desc(latest.at));
}
