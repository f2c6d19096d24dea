import { getTranslations } from 'next-intl/server';
import type { ServiceStatus } from '@/db/schema/services';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { locales } from '@/lib/i18n/routing';
import { completenessOf } from '@/lib/service-editor/form-values';

const statusClass: Record<ServiceStatus, string> = {
  draft: 'bg-info-light text-info-dark border-coat',
  published: 'bg-ok-light text-ok-dark border-ok',
  unpublished: 'bg-gray-5 text-gray-80 border-gray-60',
};

/** Draft, published or unpublished, in words and colour; "changes not yet published" when the draft differs. */
export async function StatusBadge({ status, changed }: { status: ServiceStatus; changed?: boolean }) {
  const t = await getTranslations('EditorServices');
  return (
    <span className="flex flex-wrap gap-2">
      <span className={`border px-2 py-0.5 text-sm font-bold ${statusClass[status]}`}>{t(`status.${status}`)}</span>
      {changed && <span className="border border-notice bg-notice-light px-2 py-0.5 text-sm font-bold text-gray-90">{t('changedSincePublished')}</span>}
    </span>
  );
}

/** How many of the texts are written in each language ("Swedish: 9 of 11 texts"). */
export async function Completeness({ content }: { content: ServiceContent }) {
  const t = await getTranslations('EditorServices');
  return (
    <ul className="flex flex-col gap-x-6 sm:flex-row sm:flex-wrap">
      {locales.map((locale) => {
        const { filled, total } = completenessOf(content, locale);
        return (
          <li key={locale} className={filled < total ? '' : 'text-ok-dark'}>
            {t('completeness', { language: t(`languages.${locale}`), filled, total })}
          </li>
        );
      })}
    </ul>
  );
}
