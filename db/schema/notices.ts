import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localizedText } from './localized-text';

export const noticeLevels = ['info', 'alert'] as const;
export type NoticeLevel = (typeof noticeLevels)[number];

/** A front-page service notice, shown only between its start and end (UI6). */
export const notices = pgTable('notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  level: text('level', { enum: noticeLevels }).notNull().default('info'),
  title: localizedText('title').notNull(),
  body: localizedText('body').notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
  endsAt: timestamp('ends_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
