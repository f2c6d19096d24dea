import type { Database } from '@/db';

/*
 * What the city holds about a person, gathered source by source. Each source reads one kind of
 * record (the person, the profile, sign-ins, …) and gives it as a section; the My data page shows
 * the sections in the person's language and the download turns them into the GDPR tree. A new
 * kind of record (matters, drafts) is one more file in sources/ and one more line in its index.
 *
 * Keys are UPPER_SNAKE, as the city profile's GDPR API has them. A field stored in a column is
 * keyed by the column's name (first_names → FIRST_NAMES): the export test relies on it.
 */

export type FieldValue = string | number | boolean | Date | null;

/**
 * How the page shows a value. The download gives every value as stored (times in ISO 8601);
 * `internalId` fields are in the download only, as they mean nothing to a person reading the page.
 */
export type FieldKind =
  | 'text'
  | 'personalIdentityCode'
  | 'loa'
  | 'signInMethod'
  | 'language'
  | 'service'
  | 'identityProvider'
  | 'submissionStatus'
  | 'submissionEventType'
  /** Who on an item did something: the resident, an official, a case system. */
  | 'matterActor'
  /** Why a file came with an item: a message, a decision, a complement. */
  | 'filePurpose'
  /** How the city opened an item: the back office or a case system's API. */
  | 'accessChannel'
  | 'fileSize'
  /** An item number is an identifier: shown as it is, never grouped like an amount. */
  | 'itemNumber'
  /** A form's answers as JSON: whole in the download; the page points there and to the folder. */
  | 'answers'
  | 'internalId';

export type FieldLocale = 'fi' | 'sv' | 'en';

/**
 * `locale` marks one language's copy of a text stored in every language (a form's title as
 * FORM_TITLE_FI, _SV, _EN): the download holds all three, the page shows the reader's own.
 */
export type MyDataField = { key: string; value: FieldValue; kind?: FieldKind; locale?: FieldLocale };

export type MyDataRecord = { key: string; fields: MyDataField[] };

export type MyDataSection =
  /** One record at most, e.g. the person or the profile (no fields when there is none). */
  | { key: string; shape: 'single'; fields: MyDataField[] }
  /** Any number of records, e.g. sign-ins, newest first. */
  | { key: string; shape: 'list'; records: MyDataRecord[] };

export type MyDataSource = {
  key: string;
  /** Reads only the rows of `personId`; callers pass the signed-in person's own id. */
  collect(db: Database, personId: string): Promise<MyDataSection>;
};

export function field(key: string, value: FieldValue, kind?: FieldKind): MyDataField {
  return kind ? { key, value, kind } : { key, value };
}

/** A text stored in every language, as one field per language (KEY_FI, KEY_SV, KEY_EN). */
export function localizedFields(key: string, text: Record<FieldLocale, string> | null | undefined): MyDataField[] {
  return (['fi', 'sv', 'en'] as const).map((locale) => ({ key: `${key}_${locale.toUpperCase()}`, value: text?.[locale] ?? null, locale }));
}

/** The message key of a field's label: one label for all the languages' copies of a text. */
export function labelKey(field: Pick<MyDataField, 'key' | 'locale'>): string {
  return messageKey(field.locale ? field.key.slice(0, -`_${field.locale}`.length) : field.key);
}

/** The number of records a section holds: 1 or 0 for a single record, for "what will be removed". */
export function recordCount(section: MyDataSection): number {
  return section.shape === 'single' ? (section.fields.length > 0 ? 1 : 0) : section.records.length;
}

/** FIRST_NAMES → firstNames: the messages' keys are camelCase. */
export function messageKey(key: string): string {
  return key.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
