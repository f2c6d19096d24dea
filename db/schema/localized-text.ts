import { jsonb } from 'drizzle-orm/pg-core';

/** A text in each of the portal's languages; every localized column holds all three. */
export type LocalizedText = { fi: string; sv: string; en: string };

export const localizedText = (name: string) => jsonb(name).$type<LocalizedText>();
