import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { divisions } from './divisions';

/** Staff roles; an official belongs to a division. Given by the identity broker's claims. */
export const staffRoles = ['official', 'editor', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

/**
 * A member of the city's staff: an official (of one division), an editor or an admin. Known by
 * the identity broker's subject for their work account; the role and division come from the
 * broker's claims at each sign-in, so a change of duties takes effect at the next sign-in.
 */
export const staffMembers = pgTable('staff_members', {
  id: uuid('id').primaryKey().defaultRandom(),
  subject: text('subject').notNull().unique(),
  firstNames: text('first_names').notNull(),
  lastName: text('last_name').notNull(),
  email: text('email').notNull(),
  role: text('role', { enum: staffRoles }).notNull(),
  divisionId: uuid('division_id').references(() => divisions.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
});
