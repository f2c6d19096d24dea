import type { Answers } from './definition';
import type { FieldErrors } from './schema';

/** What the wizard's server action answers when it does not move the person on to another page. */
export type WizardState = {
  attempt: number;
  status: 'idle' | 'errors' | 'conflict';
  fieldErrors: FieldErrors;
  /** What the person posted on this page, kept as typed so that nothing is lost. */
  values?: Answers;
  formError?: string;
  /** Values of messages that need them (a refused file's name and limit), by field. */
  errorValues?: Record<string, Record<string, string | number>>;
  draftId?: string;
  version?: number;
};

export const idleWizardState: WizardState = { attempt: 0, status: 'idle', fieldErrors: {} };

/** What an autosave answers the browser. */
export type AutosaveResult =
  | { status: 'saved'; draftId: string; version: number; savedAt: string }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  | { status: 'conflict' }
  | { status: 'sent' }
  | { status: 'expired' }
  | { status: 'notFound' };

/**
 * What app/api/forms/attachments answers "Attach the file" with (as JSON): the file attached, or
 * why not. After `added` and `refused` the page's answers are saved and the draft is at `version`.
 */
export type AttachmentUploadResult =
  | { status: 'added'; draftId: string; version: number; file: { id: string; fieldName: string; fileName: string; size: number } }
  | { status: 'refused'; draftId: string; version: number; fieldErrors: FieldErrors; errorValues?: Record<string, Record<string, string | number>> }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  | { status: 'conflict' }
  | { status: 'sent' }
  | { status: 'expired' }
  | { status: 'notFound' };

export type AutosaveInput = { slug: string; draftId: string | null; version: number | null; page: number; answers: Answers };

/** The address of a step (1-based) or of the summary. */
export function stepHref(locale: string, slug: string, draftId: string | null, step: number | 'summary', extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...(draftId ? { draft: draftId } : {}), step: String(step), ...extra });
  return `/${locale}/forms/${slug}?${query}`;
}
