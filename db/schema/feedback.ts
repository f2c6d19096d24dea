import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const feedbackCategories = ['general', 'signing-in', 'forms', 'folder', 'other'] as const;
export type FeedbackCategory = (typeof feedbackCategories)[number];

/**
 * Feedback on the e-services, from the footer's form (UI5). Only what the person typed, the
 * language of the page and the time: no sign-in, address or browser details.
 */
export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: text('category', { enum: feedbackCategories }).notNull(),
    message: text('message').notNull(),
    /** Given only by those who want a reply. */
    email: text('email'),
    locale: text('locale').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('feedback_created_at_idx').on(table.createdAt)],
);
