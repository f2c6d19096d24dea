/**
 * The state the back office's forms (app/[locale]/(staff)/matters/[itemNumber]) get back from
 * their server actions, shared by the actions and the forms. A problem is a message key with
 * its namespace ("Matters.errors.final", "Attachments.refused.tooLarge") and the field it is
 * about, so the form can show it beside the field and in its error summary. What was typed comes
 * back in `values`, so nothing is lost (files aside: a browser never refills a file input).
 */
export type HandlingProblem = { field: string; key: string; values?: Record<string, string | number> };

export type HandlingFormState =
  | { status: 'idle'; attempt: number }
  | { status: 'error'; attempt: number; problems: HandlingProblem[]; values: Record<string, string | string[]> };

export const idleHandlingForm: HandlingFormState = { status: 'idle', attempt: 0 };

/** What the page says after a change went through (`?done=` on the item's address). */
export const handlingDone = ['status', 'information', 'message', 'decision'] as const;
export type HandlingDone = (typeof handlingDone)[number];
