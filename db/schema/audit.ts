import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseSystems } from './matters';
import { staffMembers } from './staff';

/**
 * Who did what to which record, and when: every change an editor, official or admin makes.
 * Kept apart from the records themselves, and never changed or removed by the application.
 * The actor's name is copied, so the entry still says who it was after they have left.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    staffMemberId: uuid('staff_member_id').references(() => staffMembers.id, { onDelete: 'set null' }),
    /** Set instead of the member of staff when a division's case system made the change through the API. */
    caseSystemId: uuid('case_system_id').references(() => caseSystems.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    /** What was done, e.g. "service.published", "notice.created". */
    action: text('action').notNull(),
    /** The kind and id of the record it was done to, e.g. "service" and its id. */
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (table) => [index('audit_entries_target_idx').on(table.targetType, table.targetId, table.at), index('audit_entries_at_idx').on(table.at)],
);
