import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { divisions } from './divisions';
import { staffMembers } from './staff';

export const serviceStatuses = ['draft', 'published', 'unpublished'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

/**
 * An entry of the e-services catalogue. Editors work on `draft`; residents see `published`,
 * the content as it was when an editor last published it. A service that was never published,
 * or was unpublished, is not shown to residents at all.
 */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    status: text('status', { enum: serviceStatuses }).notNull().default('draft'),
    draft: jsonb('draft').$type<ServiceContent>().notNull(),
    published: jsonb('published').$type<ServiceContent>(),
    /** The responsible division of the published content, for joins (its feedback form). */
    divisionId: uuid('division_id').references(() => divisions.id),
    /** Higher comes first in "Popular services"; 0 keeps a service out of that list (UI4, UI7). */
    popularity: integer('popularity').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => staffMembers.id, { onDelete: 'set null' }),
  },
  (table) => [index('services_popularity_idx').on(table.popularity), index('services_status_idx').on(table.status)],
);

export const serviceRevisionActions = ['created', 'saved', 'published', 'unpublished', 'restored'] as const;

/** Every saved version of a service's content, with who saved it and when; an editor can restore one. */
export const serviceRevisions = pgTable(
  'service_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    action: text('action', { enum: serviceRevisionActions }).notNull(),
    content: jsonb('content').$type<ServiceContent>().notNull(),
    /** Null for the demo data and for staff since removed. */
    savedBy: uuid('saved_by').references(() => staffMembers.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('service_revisions_service_idx').on(table.serviceId, table.savedAt)],
);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const catalogueLocales = ['fi', 'sv', 'en'] as const;

/**
 * What the catalogue searches and filters: one row per published service and language, built
 * when an editor publishes (lib/catalogue/search-index.ts). `document` is weighted full-text in
 * the language's own configuration; `terms` (name and synonyms, lower case) serves prefix and
 * typo-tolerant matching with trigrams.
 */
export const serviceSearch = pgTable(
  'service_search',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: catalogueLocales }).notNull(),
    /** The name in this language (or the Finnish one), folded so that byte order is alphabetical order. */
    sortKey: text('sort_key').notNull(),
    document: tsvector('document').notNull(),
    terms: text('terms').notNull(),
    topics: text('topics').array().notNull(),
    targetGroups: text('target_groups').array().notNull(),
    residentGroups: text('resident_groups').array().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.locale] }),
    index('service_search_document_idx').using('gin', table.document),
    index('service_search_terms_idx').using('gin', table.terms.op('gin_trgm_ops')),
    index('service_search_locale_name_idx').on(table.locale, table.sortKey),
  ],
);
