import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const outboxChannels = ['email', 'sms'] as const;

/**
 * Every e-mail and text message the portal sends. Without a provider configured (development,
 * tests, previews) this table is where messages end up, and the outbox page shows them; with
 * one, the row records the delivery.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel', { enum: outboxChannels }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    text: text('text').notNull(),
    html: text('html'),
    /** "outbox" when nothing was sent out, otherwise the provider's name. */
    deliveredVia: text('delivered_via').notNull(),
    providerMessageId: text('provider_message_id'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('outbox_messages_recipient_idx').on(table.recipient, table.createdAt)],
);
