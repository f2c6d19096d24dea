import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { labelKey, messageKey, type MyDataField, type MyDataSection } from '@/lib/my-data/sections';
import { displayValue } from './field-value';

function FieldRows({ fields, sectionName }: { fields: MyDataField[]; sectionName: string }) {
  const t = useTranslations('MyDataPage');
  const format = useFormatter();
  const locale = useLocale();
  // A field may be named for its section ("Started" for a session's creation time).
  const label = (field: MyDataField) => {
    const own = `sections.${sectionName}.fields.${labelKey(field)}`;
    return t.has(own) ? t(own) : t(`fields.${labelKey(field)}`);
  };
  return (
    <dl>
      {fields.map((field) => (
        <div key={field.key} className="grid grid-cols-[minmax(0,1fr)] gap-x-4 gap-y-1 border-b border-gray-20 py-2 last:border-b-0 sm:grid-cols-[14rem_minmax(0,1fr)]">
          <dt className="font-bold">{label(field)}</dt>
          <dd className="wrap-anywhere">{displayValue(field, t, format, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One section of My data. Records are stacked boxes of label–value rows, never a wide table, so
 * a phone shows them without sideways scrolling. Internal identifiers are in the download only;
 * a list's empty fields are left out to keep each record short.
 */
export function MyDataSectionView({ section }: { section: MyDataSection }) {
  const t = useTranslations('MyDataPage');
  const name = messageKey(section.key);
  const headingId = `my-data-${name}`;
  const locale = useLocale();
  // A text stored in every language is shown in the reader's.
  const visible = (fields: MyDataField[], dropEmpty: boolean) =>
    fields.filter((field) => field.kind !== 'internalId' && !(dropEmpty && field.value === null) && (!field.locale || field.locale === locale));

  let body: React.ReactNode;
  if (section.shape === 'single') {
    body = section.fields.length > 0 ? <FieldRows fields={visible(section.fields, false)} sectionName={name} /> : null;
  } else if (section.records.length > 0) {
    body = (
      <ol className="flex flex-col gap-3">
        {section.records.map((record, index) => (
          <li key={index} className="border-l-4 border-coat bg-silver-light px-4 py-2">
            <FieldRows fields={visible(record.fields, true)} sectionName={name} />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="mb-2 text-xl font-bold">{t(`sections.${name}.heading`)}</h2>
      {t.has(`sections.${name}.lead`) && <p className="mb-3 max-w-prose">{t(`sections.${name}.lead`)}</p>}
      {body ?? <p className="max-w-prose text-gray-80">{t(`sections.${name}.empty`)}</p>}
    </section>
  );
}
