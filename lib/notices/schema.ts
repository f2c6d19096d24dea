import { z } from 'zod';
import { noticeLevels, type LocalizedText, type NoticeLevel } from '@/db/schema';
import { locales, type Locale } from '@/lib/i18n/routing';
import { fromHelsinkiLocal, toHelsinkiLocal } from '@/lib/time/helsinki';

export const NOTICE_TITLE_MAX = 120;
export const NOTICE_BODY_MAX = 600;
export const NOTICE_LINK_TEXT_MAX = 100;
export const NOTICE_URL_MAX = 500;

export const noticeTextFields = ['title', 'body', 'linkUrl', 'linkText'] as const;
export type NoticeTextField = (typeof noticeTextFields)[number];
export type NoticeField = `${NoticeTextField}.${Locale}` | 'level' | 'startsAt' | 'endsAt';
/** What the editor typed, as text, by the form's field names ("title.fi", "startsAt"). */
export type NoticeValues = Record<NoticeField, string>;

export const noticeFieldOrder: NoticeField[] = [
  ...noticeTextFields.flatMap((field) => locales.map((locale) => `${field}.${locale}` as const)),
  'level',
  'startsAt',
  'endsAt',
];

export type NoticeInput = {
  level: NoticeLevel;
  title: LocalizedText;
  body: LocalizedText;
  linkUrl: LocalizedText | null;
  linkText: LocalizedText | null;
  startsAt: Date;
  endsAt: Date | null;
};

/** Field errors are keys of the EditorNotices messages; a language field's message names its language. */
export type NoticeFormState =
  | { status: 'idle'; attempt: number }
  | { status: 'error'; attempt: number; values: NoticeValues; fieldErrors: Partial<Record<NoticeField, string>>; formError?: string };

export function emptyNoticeValues(startsAt: Date): NoticeValues {
  const values = Object.fromEntries(noticeFieldOrder.map((field) => [field, ''])) as NoticeValues;
  return { ...values, level: 'info', startsAt: toHelsinkiLocal(startsAt) };
}

/** The form's values of a stored notice, for editing. */
export function noticeValuesOf(notice: NoticeInput): NoticeValues {
  const values = emptyNoticeValues(notice.startsAt);
  for (const locale of locales) {
    values[`title.${locale}`] = notice.title[locale];
    values[`body.${locale}`] = notice.body[locale];
    values[`linkUrl.${locale}`] = notice.linkUrl?.[locale] ?? '';
    values[`linkText.${locale}`] = notice.linkText?.[locale] ?? '';
  }
  return { ...values, level: notice.level, endsAt: notice.endsAt ? toHelsinkiLocal(notice.endsAt) : '' };
}

/** What the browser sent, as text; a line break sent as CRLF counts as one. */
export function readNoticeForm(formData: FormData): NoticeValues {
  const values = {} as NoticeValues;
  for (const field of noticeFieldOrder) {
    const value = formData.get(field);
    values[field] = typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
  }
  return values;
}

/** An absolute http(s) address, or a path on the portal itself ("/fi/e-services"). Never javascript: and the like. */
function isLinkAddress(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !value.includes('\\');
  if (!/^https?:\/\//i.test(value)) return false;
  return z.url({ protocol: /^https?$/ }).safeParse(value).success;
}

const text = (max: number, required: string, tooLong: string) =>
  z.string().trim().min(1, { error: required }).max(max, { error: tooLong });

const localizedSchema = (max: number, required: string, tooLong: string) =>
  z.object(Object.fromEntries(locales.map((locale) => [locale, text(max, required, tooLong)])) as Record<Locale, z.ZodString>);

/**
 * The notice form: the title and text in every language; a link is optional, but once given it
 * needs an address and a link text in every language, so no reader gets half of it. The times
 * are Helsinki's; the end, when given, comes after the start.
 */
export function parseNotice(values: NoticeValues): { ok: true; data: NoticeInput } | { ok: false; fieldErrors: Partial<Record<NoticeField, string>> } {
  const errors: Partial<Record<NoticeField, string>> = {};
  const byLocale = (field: NoticeTextField) => Object.fromEntries(locales.map((locale) => [locale, values[`${field}.${locale}`]]));
  const collect = (field: NoticeTextField, result: z.ZodSafeParseResult<unknown>) => {
    if (result.success) return;
    for (const issue of result.error.issues) {
      const key = `${field}.${String(issue.path[0])}` as NoticeField;
      errors[key] ??= issue.message;
    }
  };

  const title = localizedSchema(NOTICE_TITLE_MAX, 'errors.titleRequired', 'errors.titleTooLong').safeParse(byLocale('title'));
  collect('title', title);
  const body = localizedSchema(NOTICE_BODY_MAX, 'errors.bodyRequired', 'errors.bodyTooLong').safeParse(byLocale('body'));
  collect('body', body);

  const wantsLink = locales.some((locale) => values[`linkUrl.${locale}`].trim() !== '' || values[`linkText.${locale}`].trim() !== '');
  const linkUrl = {} as LocalizedText;
  const linkText = {} as LocalizedText;
  if (wantsLink) {
    for (const locale of locales) {
      const url = values[`linkUrl.${locale}`].trim();
      const label = values[`linkText.${locale}`].trim();
      if (url === '') errors[`linkUrl.${locale}`] = 'errors.linkUrlRequired';
      else if (url.length > NOTICE_URL_MAX || !isLinkAddress(url)) errors[`linkUrl.${locale}`] = 'errors.linkUrlInvalid';
      if (label === '') errors[`linkText.${locale}`] = 'errors.linkTextRequired';
      else if (label.length > NOTICE_LINK_TEXT_MAX) errors[`linkText.${locale}`] = 'errors.linkTextTooLong';
      linkUrl[locale] = url;
      linkText[locale] = label;
    }
  }

  const level = z.enum(noticeLevels).safeParse(values.level);
  if (!level.success) errors.level = 'errors.levelInvalid';

  const startsAt = values.startsAt.trim() === '' ? null : fromHelsinkiLocal(values.startsAt);
  if (values.startsAt.trim() === '') errors.startsAt = 'errors.startsAtRequired';
  else if (!startsAt) errors.startsAt = 'errors.timeInvalid';
  const endsAt = values.endsAt.trim() === '' ? null : fromHelsinkiLocal(values.endsAt);
  if (values.endsAt.trim() !== '' && !endsAt) errors.endsAt = 'errors.timeInvalid';
  else if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = 'errors.endBeforeStart';

  if (Object.keys(errors).length > 0 || !title.success || !body.success || !level.success || !startsAt) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    data: {
      level: level.data,
      title: title.data,
      body: body.data,
      linkUrl: wantsLink ? linkUrl : null,
      linkText: wantsLink ? linkText : null,
      startsAt,
      endsAt,
    },
  };
}

/** The language of a field such as "title.sv", for the message that names it. */
export function localeOfField(field: NoticeField): Locale | undefined {
  const suffix = field.split('.')[1];
  return (locales as readonly string[]).includes(suffix ?? '') ? (suffix as Locale) : undefined;
}
