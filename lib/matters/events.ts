import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { formSubmissions, pendingNotifications, submissionEvents, type MatterActor, type SubmissionEventType, type SubmissionStatus } from '@/db/schema';
import { nextRound } from '@/lib/notifications/schedule';

type Executor = Pick<Database, 'insert' | 'update'>;

/** The item an event happens to, as much of it as recording the event needs. */
export type EventSubmission = { id: string; ownerPersonId: string | null; ownerOrganisationId: string | null; savedToFolder: boolean };

export type NewEvent = {
  type: SubmissionEventType;
  /** For a status event: the new status. */
  status?: SubmissionStatus;
  actor: MatterActor;
  divisionId?: string | null;
  messageId?: string | null;
  fileId?: string | null;
  at: Date;
};

/**
 * Writes an event into an item's history (FOL6) — the one way every part of the portal does it,
 * in the transaction of the change itself. The item's last update moves to the event; an event
 * the owner did not cause also makes the item "New" in the folder and, for an item the folder
 * keeps, a pending notification for the owner at the next round (NOT1, NOT2). Health care items
 * (not saved in the folder) notify no one: the message would tell of a health matter.
 */
export async function recordEvent(db: Executor, submission: EventSubmission, event: NewEvent): Promise<string> {
  const [row] = await db
    .insert(submissionEvents)
    .values({
      submissionId: submission.id,
      type: event.type,
      status: event.status ?? null,
      actor: event.actor,
      divisionId: event.divisionId ?? null,
      messageId: event.messageId ?? null,
      fileId: event.fileId ?? null,
      at: event.at,
    })
    .returning({ id: submissionEvents.id });
  const fromCity = event.actor !== 'resident';
  await db
    .update(formSubmissions)
    .set({
      updatedAt: event.at,
      ...(event.type === 'status' && event.status ? { status: event.status } : {}),
      ...(event.status === 'decided' ? { decidedAt: event.at } : {}),
      ...(fromCity ? { lastCityEventAt: event.at } : {}),
    })
    .where(eq(formSubmissions.id, submission.id));
  if (fromCity && submission.savedToFolder) {
    await db.insert(pendingNotifications).values({
      eventId: row!.id,
      ownerPersonId: submission.ownerPersonId,
      ownerOrganisationId: submission.ownerOrganisationId,
      roundAt: nextRound(event.at),
      createdAt: event.at,
    });
  }
  return row!.id;
}
