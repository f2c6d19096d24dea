'use client';

import { useTranslations } from 'next-intl';
import { localized } from '@/lib/i18n/localized';
import { isVisible, type Answers, type Field, type FormDefinition, type GroupItem, type ScalarField } from '@/lib/forms/definition';
import type { FieldErrors } from '@/lib/forms/schema';
import { shownDate } from '@/lib/time/shown-date';

type Props = {
  definition: FormDefinition;
  answers: Answers;
  errors: FieldErrors;
  locale: string;
  /** Attached files, to show their names. */
  files?: { id: string; fileName: string }[];
  /** The address of a page's Change link (1-based step), or none on a printed copy. */
  changeHref?: (step: number) => string;
};

/** An answer as a person reads it: the chosen options' labels, a date in the reader's way. */
export function useAnswerText(locale: string) {
  const t = useTranslations('FormWizard');
  return (field: ScalarField, value: string | string[] | undefined): string => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '';
    const label = (option: string) => {
      if (field.type === 'yesNo') return option === 'yes' ? t('yes') : option === 'no' ? t('no') : option;
      if (field.type === 'select' || field.type === 'radio' || field.type === 'checkboxes') {
        const found = field.options.find((entry) => entry.value === option);
        return found ? localized(found.label, locale) : option;
      }
      return option;
    };
    if (Array.isArray(value)) return value.map(label).join(', ');
    if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [year, month, day] = value.split('-').map(Number);
      return shownDate(new Date(Date.UTC(year!, month! - 1, day!)), locale, 'answerDate');
    }
    return label(value);
  };
}

/** "Check your answers" (FRM5): each page as a section with its answers and a Change link. */
export function SummaryView({ definition, answers, errors, locale, changeHref, files = [] }: Props) {
  const t = useTranslations('FormWizard');
  const messages = useTranslations();
  const answerText = useAnswerText(locale);

  const row = (field: ScalarField, value: string | string[] | undefined, path: string) => {
    const error = errors[path];
    const shown =
      field.type === 'attachment' && Array.isArray(value)
        ? value.map((id) => files.find((file) => file.id === id)?.fileName).filter(Boolean).join(', ')
        : answerText(field, value);
    return (
      <div key={path} className={`grid gap-1 border-b border-gray-20 py-3 sm:grid-cols-[16rem_1fr] ${error ? 'border-l-4 border-l-danger pl-3' : ''}`}>
        <dt className="font-bold">{localized(field.label, locale)}</dt>
        <dd className="break-words whitespace-pre-line">
          {shown || <span className="text-gray-80">{t('notAnswered')}</span>}
          {error && <p className="font-bold text-danger"><span className="sr-only">{t('errorPrefix')} </span>{messages(error)}</p>}
        </dd>
      </div>
    );
  };
  const rows = (field: Field) => {
    if (!isVisible(field, answers)) return null;
    if (field.type !== 'group') return row(field, answers[field.name] as string | string[] | undefined, field.name);
    const items = (Array.isArray(answers[field.name]) ? answers[field.name] : []) as GroupItem[];
    return (
      <div key={field.name} className="border-b border-gray-20 py-3">
        <dt className="font-bold">{localized(field.label, locale)}</dt>
        <dd>
          {errors[field.name] && <p className="font-bold text-danger">{messages(errors[field.name]!)}</p>}
          {items.length === 0 && !errors[field.name] && <span className="text-gray-80">{t('notAnswered')}</span>}
          {items.map((item, index) => (
            <div key={index} className="mt-2 pl-4">
              <p className="font-bold">{localized(field.itemLabel, locale)} {index + 1}</p>
              <dl>{field.fields.filter((child) => isVisible(child, item)).map((child) => row(child, item[child.name], `${field.name}.${index}.${child.name}`))}</dl>
            </div>
          ))}
        </dd>
      </div>
    );
  };

  return (
    <div className="flex flex-col gap-8">
      {definition.pages.map((page, index) => {
        const title = localized(page.title, locale);
        return (
          <section key={page.id} aria-labelledby={`summary-${page.id}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-gray-90 pb-1">
              <h2 id={`summary-${page.id}`} className="text-xl font-bold">
                {index + 1}. {title}
              </h2>
              {changeHref && (
                <a href={changeHref(index + 1)} className="font-bold text-bus underline print:hidden">
                  {t('change')}<span className="sr-only"> {title}</span>
                </a>
              )}
            </div>
            <dl>{page.fields.map(rows)}</dl>
          </section>
        );
      })}
    </div>
  );
}
