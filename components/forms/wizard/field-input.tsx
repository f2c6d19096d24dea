'use client';

import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { localized } from '@/lib/i18n/localized';
import { inputId, type ScalarField } from '@/lib/forms/definition';
import { ATTACHMENT_TYPES, DEFAULT_MAX_ATTACHMENT_BYTES, attachmentAcceptAttribute, describeAttachmentTypes, limitInMegabytes } from '@/lib/attachments/allowed-types';

type Props = {
  field: ScalarField;
  /** The input's name: the field's, or "group.index.field" in a repeating group. */
  path: string;
  value: string | string[] | undefined;
  error?: string;
  locale: string;
  hidden?: boolean;
  /** Values of the error message (a refused file's name and limit). */
  errorValues?: Record<string, string | number>;
  /** An attachment field's files already attached. */
  files?: { id: string; fileName: string; size: number }[];
  /** An attachment field's file on its way (with JavaScript). */
  upload?: UploadProgress | null;
  /** What an attachment field's live region says (an upload started or ended). */
  announcement?: string;
};

export type UploadProgress = { field: string; name: string; percent: number };

const autoComplete: Partial<Record<string, string>> = {
  lastName: 'family-name',
  firstNames: 'given-name',
  email: 'email',
  phone: 'tel',
  streetAddress: 'street-address',
  postalCode: 'postal-code',
  postOffice: 'address-level2',
};

/** One question of a form, drawn from its definition: label, * when required, help, its error in red beside it. */
export function FieldInput({ field, path, value, error, locale, hidden, errorValues, files = [], upload, announcement = '' }: Props) {
  const t = useTranslations('FormWizard');
  const errors = useTranslations();
  const id = inputId(path);
  const label = localized(field.label, locale);
  const help = field.help ? localized(field.help, locale) : undefined;
  const message = error ? (error === 'FormErrors.invalidFormat' && field.type === 'text' && field.pattern ? localized(field.pattern.message, locale) : errors(error, errorValues)) : undefined;
  const describedBy = [help ? `${id}-help` : undefined, message ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];
  const required = field.required ? (
    <>
      {' '}
      <span aria-hidden="true" className="text-danger">*</span>
      <span className="sr-only">{t('requiredSr')}</span>
    </>
  ) : null;
  const invalid = message ? true : undefined;
  const wrapper = `flex flex-col gap-1 ${message ? 'border-l-4 border-danger pl-3' : ''}`;

  if (field.type === 'radio' || field.type === 'checkboxes' || field.type === 'yesNo') {
    const options =
      field.type === 'yesNo'
        ? [
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]
        : field.options.map((option) => ({ value: option.value, label: localized(option.label, locale) }));
    const checked = (option: string) => (field.type === 'checkboxes' ? list.includes(option) : text === option);
    return (
      <fieldset className={wrapper} hidden={hidden} data-field={path} aria-describedby={describedBy} aria-invalid={invalid}>
        <legend className="mb-1 font-bold">
          {label}
          {required}
        </legend>
        {help && <p id={`${id}-help`} className="text-sm text-gray-80">{help}</p>}
        <FieldError id={`${id}-error`} prefix={t('errorPrefix')} message={message} />
        <div className={field.type === 'yesNo' ? 'flex flex-wrap gap-6' : 'flex flex-col gap-2'}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="flex items-center gap-3">
                <input
                  id={optionId}
                  name={path}
                  type={field.type === 'checkboxes' ? 'checkbox' : 'radio'}
                  value={option.value}
                  defaultChecked={checked(option.value)}
                  className="h-6 w-6 shrink-0 accent-bus"
                />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  }

  if (field.type === 'attachment') {
    const types = field.accept ?? [...ATTACHMENT_TYPES];
    const limit = limitInMegabytes(field.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES);
    const full = files.length >= (field.maxFiles ?? 5);
    return (
      <fieldset className={wrapper} hidden={hidden} data-field={path} aria-describedby={describedBy} aria-invalid={invalid}>
        <legend className="mb-1 font-bold">
          {label}
          {required}
        </legend>
        {help && <p id={`${id}-help`} className="text-sm text-gray-80">{help}</p>}
        <p className="text-sm text-gray-80">{errors('Attachments.hint', { types: describeAttachmentTypes(types), limit })}</p>
        <FieldError id={`${id}-error`} prefix={t('errorPrefix')} message={message} />
        {files.length > 0 && (
          <ul className="flex flex-col gap-2">
            {files.map((file) => (
              <li key={file.id} className="flex flex-wrap items-center gap-3 border-2 border-gray-20 p-2">
                <input type="hidden" name={path} value={file.id} />
                <span className="break-all">{file.fileName} ({Math.max(1, Math.round(file.size / 1024))} kB)</span>
                <button type="submit" name="intent" value={`remove-file:${path}:${file.id}`} formNoValidate className="font-bold text-bus underline">
                  {t('removeFile', { name: file.fileName })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {!full && (
          <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <div className="flex flex-col gap-1">
              <label htmlFor={id} className="text-sm font-bold">{t('chooseFile')}</label>
              <input id={id} name={`${path}__file`} type="file" accept={attachmentAcceptAttribute(types)} className="max-w-full text-sm" />
            </div>
            <button
              type="submit"
              name="intent"
              value={`upload:${path}`}
              formNoValidate
              aria-disabled={upload ? true : undefined}
              className="self-start border-2 border-bus bg-white px-4 py-2 font-bold text-bus hover:bg-gray-5 aria-disabled:opacity-60"
            >
              {t('attachFile')}
            </button>
          </div>
        )}
        {upload && (
          <div className="mt-2 flex max-w-md flex-col gap-1">
            <label htmlFor={`${id}-progress`} className="text-sm font-bold">{t('upload.progress', { name: upload.name, percent: upload.percent })}</label>
            <progress
              id={`${id}-progress`}
              max={100}
              value={upload.percent}
              className="h-4 w-full appearance-none border-2 border-bus bg-white [&::-moz-progress-bar]:bg-bus [&::-webkit-progress-bar]:bg-white [&::-webkit-progress-value]:bg-bus"
            >
              {upload.percent} %
            </progress>
          </div>
        )}
        <p role="status" className="sr-only">{announcement}</p>
      </fieldset>
    );
  }

  const common = {
    id,
    name: path,
    defaultValue: text,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
    'aria-required': field.required ? true : undefined,
  } as const;
  const lastSegment = path.split('.').pop() ?? path;
  return (
    <div className={wrapper} hidden={hidden} data-field={path}>
      <label htmlFor={id} className="font-bold">
        {label}
        {required}
      </label>
      {help && <p id={`${id}-help`} className="text-sm text-gray-80">{help}</p>}
      <FieldError id={`${id}-error`} prefix={t('errorPrefix')} message={message} />
      {field.type === 'longText' ? (
        <textarea {...common} rows={5} maxLength={field.maxLength ?? 4000} className={`${inputClass} max-w-2xl`} />
      ) : field.type === 'select' ? (
        <select {...common} className={inputClass}>
          <option value="">{t('choose')}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>{localized(option.label, locale)}</option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : field.type === 'date' ? 'date' : 'text'}
          inputMode={field.type === 'number' || field.type === 'postalCode' ? 'numeric' : undefined}
          autoComplete={autoComplete[lastSegment] ?? (field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : 'off')}
          maxLength={field.type === 'text' ? field.maxLength ?? 200 : undefined}
          className={field.type === 'postalCode' || field.type === 'number' || field.type === 'date' ? `${inputClass} sm:max-w-48` : inputClass}
        />
      )}
    </div>
  );
}
