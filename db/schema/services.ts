import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localizedText } from './localized-text';
import { divisions } from './divisions';

/** An entry of the e-services catalogue. */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: localizedText('name').notNull(),
    summary: localizedText('summary').notNull(),
    divisionId: uuid('division_id').references(() => divisions.id),
    /** Higher comes first in "Popular services"; 0 keeps a service out of that list. */
    popularity: integer('popularity').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('services_popularity_idx').on(table.popularity)],
);
