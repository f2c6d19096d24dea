import { getTranslations } from 'next-intl/server';
import type { CatalogueQuery } from '@/lib/catalogue/search';
import { targetGroups, topics } from '@/lib/catalogue/service-content';
import { inputClass } from '@/components/forms/error-summary';
import { messageKey } from '@/lib/i18n/message-key';

/**
 * The search word and the two filters, as one plain GET form: it works without JavaScript, and
 * the result is an address that can be shared. The filters combine with the search.
 */
export async function CatalogueFilters({ query }: { query: CatalogueQuery }) {
  const t = await getTranslations('EServicesPage');
  const tc = await getTranslations('Catalogue');
  const radio = 'h-5 w-5 shrink-0 accent-bus';
  return (
    <form method="get" role="search" aria-label={t('searchFormLabel')} className="flex flex-col gap-6 border-2 border-gray-20 bg-gray-5 p-4 sm:p-6">
      <div className="flex flex-col gap-1">
        <label htmlFor="catalogue-search" className="font-bold">{t('searchLabel')}</label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input id="catalogue-search" name="q" type="search" defaultValue={query.text} maxLength={200} autoComplete="off" className={inputClass} />
          <button type="submit" className="bg-bus px-6 py-2 font-bold text-white hover:bg-bus-dark">{t('searchButton')}</button>
        </div>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <fieldset>
          <legend className="mb-2 font-bold">{t('topicLegend')}</legend>
          <div className="flex flex-col gap-2">
            <label className="flex items-center gap-2">
              <input type="radio" name="topic" value="" defaultChecked={!query.topic} className={radio} />
              {t('showAll')}
            </label>
            {topics.map((topic) => (
              <label key={topic} className="flex items-center gap-2">
                <input type="radio" name="topic" value={topic} defaultChecked={query.topic === topic} className={radio} />
                {tc(`topics.${messageKey(topic)}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-2 font-bold">{t('targetGroupLegend')}</legend>
          <div className="flex flex-col gap-2">
            <label className="flex items-center gap-2">
              <input type="radio" name="group" value="" defaultChecked={!query.targetGroup} className={radio} />
              {t('showAll')}
            </label>
            {targetGroups.map((group) => (
              <label key={group} className="flex items-center gap-2">
                <input type="radio" name="group" value={group} defaultChecked={query.targetGroup === group} className={radio} />
                {tc(`targetGroups.${messageKey(group)}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div>
        <button type="submit" className="border-2 border-bus px-6 py-2 font-bold text-bus hover:bg-bus-light">{t('showResults')}</button>
      </div>
    </form>
  );
}
