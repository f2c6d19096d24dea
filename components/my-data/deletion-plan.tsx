import { useLocale, useTranslations } from 'next-intl';
import type { DeletionPlan } from '@/lib/my-data/deletion';
import type { KeptRecord } from '@/lib/my-data/retention-rules';
import { messageKey } from '@/lib/my-data/sections';

/**
 * The dry run of "Delete my profile": what goes, what must stay and why. Says plainly when
 * nothing needs to be kept.
 */
export function DeletionPlanView({ plan }: { plan: DeletionPlan }) {
  const t = useTranslations('DeleteProfilePage');
  const locale = useLocale() as keyof NonNullable<KeptRecord['title']>;
  // "Item 100123: Parking permit", when the rule names its records so; else the bare label.
  const recordText = (ruleId: string, record: KeptRecord) =>
    t.has(`kept.rules.${ruleId}.record`) && record.title
      ? t(`kept.rules.${ruleId}.record`, { label: record.label, title: record.title[locale] ?? record.title.fi })
      : record.label;
  return (
    <>
      <section aria-labelledby="removed-heading" className="mt-8">
        <h2 id="removed-heading" className="text-xl font-bold">{t('removedHeading')}</h2>
        <ul className="mt-2 flex max-w-prose list-disc flex-col gap-1 pl-6">
          {plan.removed.map((entry) => (
            <li key={entry.key}>{t(`removed.${messageKey(entry.key)}`, { count: entry.count })}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kept-heading" className="mt-8">
        <h2 id="kept-heading" className="text-xl font-bold">{t('keptHeading')}</h2>
        {plan.kept.length === 0 ? (
          <p className="mt-2 max-w-prose">{t('nothingKept')}</p>
        ) : (
          <>
            <p className="mt-2 max-w-prose">{t('keptLead')}</p>
            {plan.kept.map((kept) => (
              <div key={kept.ruleId} className="mt-4 max-w-prose border-l-8 border-coat bg-coat-light p-4">
                <h3 className="text-lg font-bold">{t(`kept.rules.${kept.ruleId}.heading`, { count: kept.records.length })}</h3>
                <p className="mt-1">{t(`kept.rules.${kept.ruleId}.reason`)}</p>
                <ul className="mt-2 list-disc pl-6">
                  {kept.records.map((record, index) => (
                    <li key={index}>{recordText(kept.ruleId, record)}</li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </section>
    </>
  );
}
