import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localizedText } from './localized-text';
import { staffMembers } from './staff';

export const noticeLevels = ['info', 'alert'] as const;
export type NoticeLevel = (typeof noticeLevels)[number];

/** A front-page service notice, shown only between its start and end (UI6). */
export const notices = pgTable('notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  level: text('level', { enum: noticeLevels }).notNull().default('info'),
  title: localizedText('title').notNull(),
  body: localizedText('body').notNull(),
  /** An optional link to read more: an address and a link text in each language, or none at all. */
  linkUrl: localizedText('link_url'),
  linkText: localizedText('link_text'),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
  endsAt: timestamp('ends_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** When an editor last saved the notice; null while it is as the demo data wrote it, so a restart may refresh it. */
  updatedAt: timestamp('updated_at', { withTimezone: true }),
  updatedBy: uuid('updated_by').references(() => staffMembers.id, { onDelete: 'set null' }),
});
