import { getFormatter, getTranslations } from 'next-intl/server';
import type { LocalizedText } from '@/db/schema/localized-text';
import { removeDraftAction } from '@/lib/folder/actions';
import { folderHref, type FolderState } from '@/lib/folder/href';
import { env } from '@/lib/env';
import { localized } from '@/lib/i18n/localized';
import { removalMoment } from '@/lib/retention/policy';
import { now } from '@/lib/time/clock';
import { shortDateTime } from '@/lib/time/shown-date';

type Draft = { id: string; formSlug: string; title: LocalizedText; updatedAt: Date; retentionWarnedAt: Date | null };

/**
 * Unsent drafts at the bottom of the folder (FOL7) with their last update, Open and Remove.
 * Remove asks first: the address names the draft (?remove=…) and the page shows the question
 * with a button that posts — a confirmation that needs no JavaScript.
 */
export async function DraftsSection({ locale, drafts, state }: { locale: string; drafts: Draft[]; state: FolderState }) {
  if (drafts.length === 0) return null;
  const t = await getTranslations('FolderPage');
  const retention = await getTranslations('DraftRetention');
  const format = await getFormatter();
  const at = now();
  const returnTo = folderHref(locale, { ...state, remove: null, item: null });
  return (
    <section aria-labelledby="drafts-heading" className="mt-10">
      <h2 id="drafts-heading" className="scroll-mt-4 text-xl font-bold">{t('draftsHeading')}</h2>
      <ul className="mt-2 border-t border-gray-20">
        {drafts.map((draft) => {
          const title = localized(draft.title, locale);
          const confirming = state.remove === draft.id;
          return (
            <li key={draft.id} id={`draft-${draft.id}`} className="border-b border-gray-20 py-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <h3 className="font-bold">{title}</h3>
                  <p className="text-sm">
                    {t('lastUpdate')}: <time dateTime={draft.updatedAt.toISOString()}>{shortDateTime(draft.updatedAt, locale)}</time>
                  </p>
                  <p className="text-sm">{retention('folderRemoval', { date: format.dateTime(removalMoment(draft, env.DRAFT_RETENTION_DAYS, at), { dateStyle: 'long', timeZone: 'Europe/Helsinki' }) })}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <a href={`/${locale}/forms/${draft.formSlug}?draft=${draft.id}`} className="bg-bus px-4 py-2 font-bold text-white hover:bg-bus-dark">
                    {t('open')}
                    <span className="sr-only"> {t('openDraft', { form: title })}</span>
                  </a>
                  {!confirming && (
                    <a href={folderHref(locale, { ...state, item: null, remove: draft.id }, `draft-${draft.id}`)} className="border-2 border-danger bg-white px-4 py-2 font-bold text-danger hover:bg-gray-5">
                      {t('remove')}
                      <span className="sr-only"> {t('removeDraftNamed', { form: title })}</span>
                    </a>
                  )}
                </div>
              </div>
              {confirming && (
                <div className="mt-3 max-w-prose border-l-8 border-danger bg-silver-light p-4">
                  <p id={`remove-${draft.id}`} className="font-bold">{t('removeQuestion', { form: title })}</p>
                  <p className="mt-1">{t('removeExplained')}</p>
                  <div className="mt-3 flex flex-wrap gap-3">
                    <form action={removeDraftAction}>
                      <input type="hidden" name="draftId" value={draft.id} />
                      <input type="hidden" name="returnTo" value={returnTo} />
                      <button type="submit" className="bg-danger px-4 py-2 font-bold text-white">{t('removeConfirm')}</button>
                    </form>
                    <a href={`${returnTo}#draft-${draft.id}`} className="border-2 border-bus bg-white px-4 py-2 font-bold text-bus">
                      {t('removeCancel')}
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
