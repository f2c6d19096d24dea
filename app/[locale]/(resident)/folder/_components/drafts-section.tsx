import type { LocalizedText } from '@/db/schema/localized-text';
import { removeDraftAction } from '@/lib/folder/actions';
import { folderHref, type FolderState } from '@/lib/folder/href';
import { valuedTexts, type FolderWords, type ValuedText } from '@/lib/folder/words';
import { env } from '@/lib/env';
import { localized } from '@/lib/i18n/localized';
import { removalMoment } from '@/lib/retention/policy';
import { now } from '@/lib/time/clock';
import { shortDateTime, shownDate } from '@/lib/time/shown-date';

type Draft = { id: string; formSlug: string; title: LocalizedText; updatedAt: Date; retentionWarnedAt: Date | null };

/** One draft as the section shows it: every text already in the page's language. */
export type DraftEntry = {
  id: string;
  formSlug: string;
  title: string;
  updatedAt: string;
  updatedAtText: string;
  /** "Removed on {date} unless the draft is edited." */
  removal: string;
  openDraft: string;
  removeDraftNamed: string;
  /** Only for the draft whose removal is being confirmed. */
  removeQuestion: string | null;
};

/** The drafts' texts in the page's language, with each one's removal date (lib/retention/policy.ts). */
export async function draftEntries(locale: string, drafts: Draft[], state: FolderState): Promise<DraftEntry[]> {
  if (drafts.length === 0) return [];
  const at = now();
  const shown = drafts.map((draft) => ({ draft, title: localized(draft.title, locale), confirming: state.remove === draft.id }));
  const texts = await valuedTexts(
    locale,
    shown.flatMap(({ draft, title, confirming }): ValuedText[] => [
      { namespace: 'DraftRetention', key: 'folderRemoval', values: { date: shownDate(removalMoment(draft, env.DRAFT_RETENTION_DAYS, at), locale, 'longDate') } },
      { namespace: 'FolderPage', key: 'openDraft', values: { form: title } },
      { namespace: 'FolderPage', key: 'removeDraftNamed', values: { form: title } },
      ...(confirming ? [{ namespace: 'FolderPage', key: 'removeQuestion', values: { form: title } } satisfies ValuedText] : []),
    ]),
  );
  let next = 0;
  return shown.map(({ draft, title, confirming }) => ({
    id: draft.id,
    formSlug: draft.formSlug,
    title,
    updatedAt: draft.updatedAt.toISOString(),
    updatedAtText: shortDateTime(draft.updatedAt, locale),
    removal: texts[next++]!,
    openDraft: texts[next++]!,
    removeDraftNamed: texts[next++]!,
    removeQuestion: confirming ? texts[next++]! : null,
  }));
}

/**
 * Unsent drafts at the bottom of the folder (FOL7) with their last update, Open and Remove.
 * Remove asks first: the address names the draft (?remove=…) and the page shows the question
 * with a button that posts — a confirmation that needs no JavaScript.
 */
export function DraftsSection({ locale, drafts, state, words }: { locale: string; drafts: DraftEntry[]; state: FolderState; words: FolderWords['drafts'] }) {
  if (drafts.length === 0) return null;
  const returnTo = folderHref(locale, { ...state, remove: null, item: null });
  return (
    <section aria-labelledby="drafts-heading" className="mt-10">
      <h2 id="drafts-heading" className="scroll-mt-4 text-xl font-bold">{words.draftsHeading}</h2>
      <ul className="mt-2 border-t border-gray-20">
        {drafts.map((draft) => {
          const title = draft.title;
          const confirming = state.remove === draft.id;
          return (
            <li key={draft.id} id={`draft-${draft.id}`} className="border-b border-gray-20 py-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <h3 className="font-bold">{title}</h3>
                  <p className="text-sm">
                    {words.lastUpdate}: <time dateTime={draft.updatedAt}>{draft.updatedAtText}</time>
                  </p>
                  <p className="text-sm">{draft.removal}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <a href={`/${locale}/forms/${draft.formSlug}?draft=${draft.id}`} className="bg-bus px-4 py-2 font-bold text-white hover:bg-bus-dark">
                    {words.open}
                    <span className="sr-only"> {draft.openDraft}</span>
                  </a>
                  {!confirming && (
                    <a href={folderHref(locale, { ...state, item: null, remove: draft.id }, `draft-${draft.id}`)} className="border-2 border-danger bg-white px-4 py-2 font-bold text-danger hover:bg-gray-5">
                      {words.remove}
                      <span className="sr-only"> {draft.removeDraftNamed}</span>
                    </a>
                  )}
                </div>
              </div>
              {confirming && (
                <div className="mt-3 max-w-prose border-l-8 border-danger bg-silver-light p-4">
                  <p id={`remove-${draft.id}`} className="font-bold">{draft.removeQuestion}</p>
                  <p className="mt-1">{words.removeExplained}</p>
                  <div className="mt-3 flex flex-wrap gap-3">
                    <form action={removeDraftAction}>
                      <input type="hidden" name="draftId" value={draft.id} />
                      <input type="hidden" name="returnTo" value={returnTo} />
                      <button type="submit" className="bg-danger px-4 py-2 font-bold text-white">{words.removeConfirm}</button>
                    </form>
                    <a href={`${returnTo}#draft-${draft.id}`} className="border-2 border-bus bg-white px-4 py-2 font-bold text-bus">
                      {words.removeCancel}
                    </a>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
