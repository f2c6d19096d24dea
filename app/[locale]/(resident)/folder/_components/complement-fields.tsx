'use client';

import { FieldInput } from '@/components/forms/wizard/field-input';
import { inputId, type Answers, type FormDefinition, type GroupItem } from '@/lib/forms/definition';
import { localized } from '@/lib/i18n/localized';
import { useTranslations } from 'next-intl';

/**
 * The fields an information request reopens, drawn by the forms' own field renderer with the
 * values to show (what was sent, or what was just typed) and each field's error. A repeating
 * group shows its items as they were sent; the complement changes them, it adds none.
 */
export function ComplementFields({ form, values, errors, locale }: { form: FormDefinition; values: Answers; errors: Record<string, string>; locale: string }) {
  const messages = useTranslations();
  return (
    <div className="flex flex-col gap-6">
      {form.pages.flatMap((page) =>
        page.fields.map((field) => {
          if (field.type !== 'group') {
            return <FieldInput key={field.name} field={field} path={field.name} value={values[field.name] as string | string[] | undefined} error={errors[field.name]} locale={locale} />;
          }
          const items = (Array.isArray(values[field.name]) ? values[field.name] : []) as GroupItem[];
          const shown = items.length > 0 ? items : [{}];
          return (
            <fieldset key={field.name} id={inputId(field.name)} tabIndex={-1} className={`flex flex-col gap-4 ${errors[field.name] ? 'border-l-4 border-danger pl-3' : ''}`}>
              <legend className="mb-2 text-lg font-bold">{localized(field.label, locale)}</legend>
              {errors[field.name] && <p className="font-bold text-danger">{messages(errors[field.name]! as never)}</p>}
              {shown.map((item, index) => (
                <fieldset key={index} className="flex flex-col gap-4 border-2 border-gray-20 p-4">
                  <legend className="px-1 font-bold">
                    {localized(field.itemLabel, locale)} {index + 1}
                  </legend>
                  {field.fields.map((child) => (
                    <FieldInput
                      key={child.name}
                      field={child}
                      path={`${field.name}.${index}.${child.name}`}
                      value={item[child.name]}
                      error={errors[`${field.name}.${index}.${child.name}`]}
                      locale={locale}
                    />
                  ))}
                </fieldset>
              ))}
            </fieldset>
          );
        }),
      )}
    </div>
  );
}
