import type { useFormatter, useTranslations } from 'next-intl';
import { maskPersonalIdentityCode } from '@/lib/identity/personal-identity-code';
import type { MyDataField } from '@/lib/my-data/sections';
import { findBank } from '@/lib/test-idp/banks';
import { shownDate } from '@/lib/time/shown-date';

type Translate = ReturnType<typeof useTranslations<'MyDataPage'>>;
type Format = ReturnType<typeof useFormatter>;

const languageNames: Record<string, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

// "bank:nordea" → "Bank identifiers (Nordea)". The banks are those of the national chooser.
function signInMethod(method: string, t: Translate): string {
  const [kind, bank] = method.split(':');
  if (kind === 'bank') return bank ? t('values.method.bankOf', { bank: findBank(bank)?.name ?? bank }) : t('values.method.bank');
  if (kind === 'mobile' || kind === 'card') return t(`values.method.${kind}`);
  return method;
}

// 2 400 000 bytes → "2.3 MB", in the reader's number format.
function fileSize(bytes: number, format: Format): string {
  if (bytes < 1024) return format.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
  if (bytes < 1024 * 1024) return format.number(bytes / 1024, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 });
  return format.number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 });
}

/** A stored value as the person reads it, in their language. */
export function displayValue(field: MyDataField, t: Translate, format: Format, locale: string): string {
  const { value, kind } = field;
  if (value === null) return t('values.none');
  // Kinds whose number or text is not shown as it is stored.
  if (kind === 'itemNumber') return String(value);
  if (kind === 'fileSize' && typeof value === 'number') return fileSize(value, format);
  if (kind === 'answers') return t('values.answersInDownload');
  if (value instanceof Date) return shownDate(value, locale, 'dateTime');
  if (typeof value === 'boolean') return value ? t('values.yes') : t('values.no');
  if (typeof value === 'number') return format.number(value);
  switch (kind) {
    // The whole code is in the download; a page can be read over the shoulder.
    case 'personalIdentityCode':
      return maskPersonalIdentityCode(value);
    case 'loa':
    case 'service':
    case 'identityProvider':
    case 'submissionStatus':
    case 'submissionEventType':
    case 'matterActor':
    case 'filePurpose':
    case 'accessChannel': {
      const key = `values.${kind}.${value}`;
      return t.has(key) ? t(key) : value;
    }
    case 'signInMethod':
      return signInMethod(value, t);
    case 'language':
      return languageNames[value] ?? value;
    default:
      return value;
  }
}
