import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localizedText } from './localized-text';

/** A city division: runs services and employs officials. */
export const divisions = pgTable('divisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: localizedText('name').notNull(),
  feedbackUrl: text('feedback_url'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
