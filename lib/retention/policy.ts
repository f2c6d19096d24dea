/**
 * When an untouched draft is removed, and when its owner is warned. Plain arithmetic on the
 * draft's last edit (`updatedAt`) and its warning (`retentionWarnedAt`), shared by the job that
 * removes drafts, the warning message and the folder's "will be removed on …".
 *
 * The rules:
 * - A draft is due for removal `retentionDays` (DRAFT_RETENTION_DAYS) after its last edit.
 * - Its owner is warned `WARNING_DAYS` before that. A warning counts only while it is later than
 *   the last edit: an edit after it starts the count again, and another warning goes out later.
 * - A draft is never removed sooner than `WARNING_DAYS` after its warning, so a warning sent late
 *   (the jobs were stopped for a while) still gives two full weeks, and a draft that was never
 *   warned is never removed.
 */
export const WARNING_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export type RetainedDraft = { updatedAt: Date; retentionWarnedAt: Date | null };

function addDays(moment: Date, days: number): Date {
  return new Date(moment.getTime() + days * DAY_MS);
}

/** The warning that is still in force: one sent after the last edit. */
export function validWarning(draft: RetainedDraft): Date | null {
  return draft.retentionWarnedAt && draft.retentionWarnedAt.getTime() >= draft.updatedAt.getTime() ? draft.retentionWarnedAt : null;
}

/**
 * When the draft will be removed if nobody edits it: its last edit plus the retention period,
 * but at least two weeks after its warning, or — not warned yet — two weeks from `at`.
 */
export function removalMoment(draft: RetainedDraft, retentionDays: number, at: Date): Date {
  const due = addDays(draft.updatedAt, retentionDays);
  const warned = validWarning(draft);
  const earliest = addDays(warned ?? at, WARNING_DAYS);
  return due.getTime() >= earliest.getTime() ? due : earliest;
}

/** Drafts last edited at or before this moment are due a warning at `at` (if not warned since). */
export function warnIfEditedBefore(retentionDays: number, at: Date): Date {
  return addDays(at, -(retentionDays - WARNING_DAYS));
}

/** Drafts last edited at or before this moment, and warned at or before `warnedBefore`, are removed at `at`. */
export function removeIfEditedBefore(retentionDays: number, at: Date): { editedBefore: Date; warnedBefore: Date } {
  return { editedBefore: addDays(at, -retentionDays), warnedBefore: addDays(at, -WARNING_DAYS) };
}
