import type { FieldValue, MyDataField, MyDataSection } from './sections';

/**
 * The shape of the city profile's GDPR API: every node is a key with either a value or children.
 * Times are ISO 8601 strings in UTC.
 */
export type GdprValue = string | number | boolean | null;
export type GdprNode = { key: string; value: GdprValue } | { key: string; children: GdprNode[] };

export const GDPR_ROOT_KEY = 'ASIOINTI';

function exportValue(value: FieldValue): GdprValue {
  return value instanceof Date ? value.toISOString() : value;
}

function leaf(field: MyDataField): GdprNode {
  return { key: field.key, value: exportValue(field.value) };
}

/** The whole download: one child per section, in the order of the sources. */
export function toGdprTree(sections: MyDataSection[]): GdprNode {
  return {
    key: GDPR_ROOT_KEY,
    children: sections.map((section) =>
      section.shape === 'single'
        ? { key: section.key, children: section.fields.map(leaf) }
        : { key: section.key, children: section.records.map((record) => ({ key: record.key, children: record.fields.map(leaf) })) },
    ),
  };
}
