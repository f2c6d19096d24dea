import { getTranslations } from 'next-intl/server';
import type { CatalogueQuery } from '@/lib/catalogue/search';
import { targetGroups, topics } from '@/lib/catalogue/service-content';
import { inputClass } from '@/components/forms/input-class';
import { messageKey } from '@/lib/i18n/message-key';

/**
 * The search word and the two filters, as one plain GET form: it works without JavaScript, and
 * the result is an address that can be shared. The filters combine with the search.
 */
export async function CatalogueFilters({ query }: { query: CatalogueQuery }) {
  const t = await getTranslations('EServicesPage');
  const tc = await getTranslations('Catalogue');
  const filtered = Boolean(query.topic || query.targetGroup);
  return (
    <form method="get" role="search" aria-label={t('searchFormLabel')} className="flex flex-col gap-6 border-2 border-gray-20 bg-gray-5 p-4 sm:p-6">
      <div className="flex flex-col gap-1">
        <label htmlFor="catalogue-search" className="font-bold">{t('searchLabel')}</label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input id="catalogue-search" name="q" type="search" defaultValue={query.text} maxLength={200} autoComplete="off" className={inputClass} />
          <button type="submit" className="bg-bus px-6 py-2 font-bold text-white hover:bg-bus-dark">{t('searchButton')}</button>
        </div>
      </div>
      {/* On a phone the filters fold behind their summary, open when one is chosen; from md up
          they are always shown and the summary is not (globals.css). */}
      <details className="catalogue-filters group" open={filtered || undefined}>
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 border-2 border-bus bg-white px-4 py-2 font-bold text-bus [&::-webkit-details-marker]:hidden">
          {t('filtersSummary')}
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 shrink-0 transition-transform group-open:rotate-180">
            <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2.5" />
          </svg>
        </summary>
        <div className="mt-6 grid gap-6 md:mt-0 md:grid-cols-2">
          <FilterGroup
            legend={t('topicLegend')}
            name="topic"
            showAll={t('showAll')}
            chosen={query.topic}
            options={topics.map((topic) => ({ value: topic, label: tc(`topics.${messageKey(topic)}`) }))}
          />
          <FilterGroup
            legend={t('targetGroupLegend')}
            name="group"
            showAll={t('showAll')}
            chosen={query.targetGroup}
            options={targetGroups.map((group) => ({ value: group, label: tc(`targetGroups.${messageKey(group)}`) }))}
          />
        </div>
        <div className="mt-6">
          <button type="submit" className="border-2 border-bus px-6 py-2 font-bold text-bus hover:bg-bus-light">{t('showResults')}</button>
        </div>
      </details>
    </form>
  );
}

/** One filter: "Show all" and its options as radio buttons, the chosen one checked. */
function FilterGroup({ legend, name, showAll, chosen, options }: {
  legend: string;
  name: string;
  showAll: string;
  chosen: string | null;
  options: { value: string; label: string }[];
}) {
  const radio = 'h-5 w-5 shrink-0 accent-bus';
  return (
    <fieldset>
      <legend className="mb-2 font-bold">{legend}</legend>
      <div className="flex flex-col gap-2">
        {[{ value: '', label: showAll }, ...options].map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input type="radio" name={name} value={option.value} defaultChecked={(chosen ?? '') === option.value} className={radio} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
