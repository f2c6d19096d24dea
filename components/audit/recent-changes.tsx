import { getLocale, getTranslations } from 'next-intl/server';
import { shownDate } from '@/lib/time/shown-date';

export type RecentChange = { id: string; at: Date; actorName: string; what: string };

/** "Recent changes" beside an editor's tool: who changed what and when, newest first, from the audit log. */
export async function RecentChanges({ changes }: { changes: RecentChange[] }) {
  const t = await getTranslations('EditorShared');
  const locale = await getLocale();
  return (
    <section aria-labelledby="recent-changes-heading" className="mt-12 max-w-prose border-t-4 border-bus pt-4">
      <h2 id="recent-changes-heading" className="text-xl font-bold">{t('recentHeading')}</h2>
      {changes.length === 0 ? (
        <p className="mt-2">{t('recentEmpty')}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {changes.map((change) => (
            <li key={change.id}>
              {/* "24.12.2026 18.00, Eeva Toimittaja: added the notice …" reads the same in each language. */}
              <time dateTime={change.at.toISOString()}>{shownDate(change.at, locale, 'dateTime')}</time>,{' '}
              <span className="font-bold">{change.actorName}</span>: {change.what}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
