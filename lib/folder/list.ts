import 'server-only';
import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { preparedStatement } from '@/db/prepared';
import { formDefinitions, formSubmissions, submissionEvents, type SubmissionStatus } from '@/db/schema';
import type { LocalizedText } from '@/db/schema/localized-text';
import type { Owner } from '@/lib/forms/owner';
import { definitionById } from '@/lib/forms/queries';
import { parseItemNumber } from '@/lib/matters/item-number';
import { addressPage, addressText } from '@/lib/text/address-text';

/*
 * The list of the e-services folder (FOL2, FOL4, FOL5, FOL8): one page of the owner's sent items
 * the folder keeps, searched by item number, sorted by name or last update. One query per page,
 * whatever the folder's size. By last update (the default) the page's rows come straight from the
 * folder index in their order, the total is counted from the same index alone, and the titles of
 * the page's form versions come from the versions kept in memory. By name every row needs its title to be sorted:
 * each form version's title is read once and the total comes with a window count. Either way only
 * the page's own rows look up their latest status event.
 */

export const FOLDER_PAGE_SIZE = 20;

export const folderSorts = ['updated', 'name'] as const;
export type FolderSort = (typeof folderSorts)[number];

/** What the address asks for (FOL4): all of it optional and checked; anything odd falls back to the default. */
export type FolderQuery = { search: string; sort: FolderSort; page: number };

export type SearchProblem = 'notAnItemNumber';

/** Reads the folder's state from the address: `q` (item number), `sort`, `page`. */
export function readFolderQuery(params: Record<string, string | string[] | undefined>): FolderQuery {
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  const sort = one('sort');
  return {
    search: addressText(params.q, 40).trim(),
    sort: (folderSorts as readonly string[]).includes(sort) ? (sort as FolderSort) : 'updated',
    page: addressPage(params.page),
  };
}

export type FolderItem = {
  itemNumber: number;
  title: LocalizedText;
  status: SubmissionStatus;
  /** When the item got its present status. */
  statusAt: Date;
  updatedAt: Date;
  /** A city event the owner has not seen yet (FOL5). */
  isNew: boolean;
};

export type FolderPage = {
  items: FolderItem[];
  total: number;
  page: number;
  pageCount: number;
  problem?: SearchProblem;
};

/**
 * Name order in the reader's language, as the catalogue sorts (lib/catalogue/search-index.ts
 * alphabeticalSortKey): plain byte order with å, ä and ö after z, so no collation the database
 * may lack is needed.
 */
function nameKey(language: SQL): SQL {
  return sql`translate(lower(coalesce(nullif(${formDefinitions.definition}->'title'->>${language}, ''), ${formDefinitions.definition}->'title'->>'fi')), 'åäöæø', '{|}|}') collate "C"`;
}

const MAX_VERSIONS = 10_000;

/** What changes a folder query's shape; everything else is a parameter of the prepared statement. */
type FolderQueryShape = { owner: 'person' | 'organisation'; sort: FolderSort; byItemNumber: boolean };

/** The owner's items the folder shows, with the item number searched for, as placeholders. */
function folderFilter(shape: FolderQueryShape): SQL {
  const owned =
    shape.owner === 'organisation'
      ? and(eq(formSubmissions.ownerOrganisationId, sql.placeholder('owner')), isNull(formSubmissions.ownerPersonId))!
      : and(eq(formSubmissions.ownerPersonId, sql.placeholder('owner')), isNull(formSubmissions.ownerOrganisationId))!;
  const shown = and(owned, eq(formSubmissions.savedToFolder, true))!;
  return shape.byItemNumber ? and(shown, eq(formSubmissions.itemNumber, sql.placeholder('itemNumber')))! : shown;
}

/**
 * One page of the folder, its total and each item's status date in one statement. Built once per
 * database and shape and sent as a prepared statement: building it costs Drizzle more than
 * PostgreSQL takes to answer it, and every view of the folder asks it.
 */
function buildFolderPageQuery(db: Database, shape: FolderQueryShape) {
  const filter = folderFilter(shape);
  // The titles (and name keys) of the form versions the owner's items were filled on, each read
  // out of its definition — a large document — once, not once per item. The LIMIT keeps
  // PostgreSQL from merging this into the join below, which would read it again for every row.
  const titles = db
    .select({
      titleDefinitionId: sql<string>`${formDefinitions.id}`.as('title_definition_id'),
      title: sql<LocalizedText>`${formDefinitions.definition}->'title'`.as('title'),
      nameKey: nameKey(sql`${sql.placeholder('language')}::text`).as('name_key'),
    })
    .from(formDefinitions)
    .where(inArray(formDefinitions.id, db.selectDistinct({ id: formSubmissions.definitionId }).from(formSubmissions).where(filter)))
    .limit(MAX_VERSIONS)
    .as('titles');
  const order = shape.sort === 'name' ? [sql`${titles.nameKey}`, desc(formSubmissions.itemNumber)] : [desc(formSubmissions.updatedAt), desc(formSubmissions.itemNumber)];
  const pageRows = db
    .select({
      // A name no events column has: inside the status subquery below an unqualified "id" would be the event's own.
      pageItemId: sql<string>`${formSubmissions.id}`.as('page_item_id'),
      itemNumber: formSubmissions.itemNumber,
      title: titles.title,
      status: formSubmissions.status,
      updatedAt: formSubmissions.updatedAt,
      sentAt: formSubmissions.sentAt,
      isNew: sql<boolean>`coalesce(${formSubmissions.lastCityEventAt} > coalesce(${formSubmissions.ownerSeenAt}, '-infinity'::timestamptz), false)`.as('is_new'),
      total: sql<number>`count(*) over ()`.mapWith(Number).as('total'),
      position: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as('position'),
    })
    .from(formSubmissions)
    .innerJoin(titles, eq(titles.titleDefinitionId, formSubmissions.definitionId))
    .where(filter)
    .orderBy(...order)
    .limit(FOLDER_PAGE_SIZE)
    .offset(sql.placeholder('offset'))
    .as('page_rows');
  const rows = db
    .select({
      itemNumber: pageRows.itemNumber,
      title: pageRows.title,
      status: pageRows.status,
      updatedAt: pageRows.updatedAt,
      sentAt: pageRows.sentAt,
      isNew: pageRows.isNew,
      total: pageRows.total,
      // Only the page's rows: by the events' (submission, time) index.
      statusAt: sql<Date | null>`(select max(${submissionEvents.at}) from ${submissionEvents} where ${submissionEvents.submissionId} = ${pageRows.pageItemId} and ${submissionEvents.type} = 'status')`.mapWith(
        submissionEvents.at,
      ),
    })
    .from(pageRows)
    .orderBy(pageRows.position)
    .prepare(`folder_page_${shape.owner}_${shape.sort}_${shape.byItemNumber ? 'item' : 'all'}`);
  const count = db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(formSubmissions)
    .where(filter)
    .prepare(`folder_count_${shape.owner}_${shape.byItemNumber ? 'item' : 'all'}`);
  return { rows, count };
}

/**
 * One page by last update, for the folder index (owner, updated_at desc, item_number desc): the
 * page's twenty rows are the index's first entries after the offset, and the total an index-only
 * count. The rows name their form version; its title comes from memory (titlesOf), so no form
 * definition, a large document, is read here.
 */
function buildFolderPageByUpdateQuery(db: Database, shape: FolderQueryShape) {
  const filter = folderFilter(shape);
  const pageRows = db.$with('page_rows').as(
    db
      .select({
        pageItemId: sql<string>`${formSubmissions.id}`.as('page_item_id'),
        definitionId: formSubmissions.definitionId,
        itemNumber: formSubmissions.itemNumber,
        status: formSubmissions.status,
        updatedAt: formSubmissions.updatedAt,
        sentAt: formSubmissions.sentAt,
        isNew: sql<boolean>`coalesce(${formSubmissions.lastCityEventAt} > coalesce(${formSubmissions.ownerSeenAt}, '-infinity'::timestamptz), false)`.as('is_new'),
      })
      .from(formSubmissions)
      .where(filter)
      .orderBy(desc(formSubmissions.updatedAt), desc(formSubmissions.itemNumber))
      .limit(FOLDER_PAGE_SIZE)
      .offset(sql.placeholder('offset')),
  );
  const rows = db
    .with(pageRows)
    .select({
      itemNumber: pageRows.itemNumber,
      definitionId: pageRows.definitionId,
      status: pageRows.status,
      updatedAt: pageRows.updatedAt,
      sentAt: pageRows.sentAt,
      isNew: pageRows.isNew,
      total: sql<number>`(select count(*) from ${formSubmissions} where ${filter})`.mapWith(Number),
      statusAt: sql<Date | null>`(select max(${submissionEvents.at}) from ${submissionEvents} where ${submissionEvents.submissionId} = ${pageRows.pageItemId} and ${submissionEvents.type} = 'status')`.mapWith(
        submissionEvents.at,
      ),
    })
    .from(pageRows)
    .orderBy(desc(pageRows.updatedAt), desc(pageRows.itemNumber))
    .prepare(`folder_page_${shape.owner}_updated_${shape.byItemNumber ? 'item' : 'all'}`);
  const count = db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(formSubmissions)
    .where(filter)
    .prepare(`folder_count_${shape.owner}_${shape.byItemNumber ? 'item' : 'all'}`);
  return { rows, count };
}

type FolderRow = { itemNumber: number; status: SubmissionStatus; updatedAt: Date; sentAt: Date; isNew: boolean; total: number; statusAt: Date | null } & (
  | { title: LocalizedText }
  | { definitionId: string }
);

/**
 * The titles of the form versions of a page by last update, from the versions kept in memory
 * (lib/forms/queries.ts definitionById): a version never changes once written, so its title is
 * read from the database once per process, not on every view.
 */
async function titlesOf(rows: FolderRow[]): Promise<Map<string, LocalizedText>> {
  const ids = [...new Set(rows.flatMap((row) => ('definitionId' in row ? [row.definitionId] : [])))];
  const definitions = await Promise.all(ids.map((id) => definitionById(id)));
  return new Map(definitions.flatMap((row) => (row ? [[row.id, row.definition.title] as const] : [])));
}

function folderPageQuery(db: Database, shape: FolderQueryShape) {
  const build = shape.sort === 'updated' ? buildFolderPageByUpdateQuery : buildFolderPageQuery;
  return preparedStatement(db, `folder:${shape.owner}:${shape.sort}:${shape.byItemNumber}`, (db) => build(db, shape));
}

/** One page of the owner's folder; only for the signed-in owner's own folder. */
export async function folderPage(owner: Owner, query: FolderQuery, locale: string): Promise<FolderPage> {
  let itemNumber: number | null = null;
  if (query.search) {
    itemNumber = parseItemNumber(query.search);
    if (itemNumber === null) return { items: [], total: 0, page: 1, pageCount: 0, problem: 'notAnItemNumber' };
  }
  const db = await getDb();
  const shape: FolderQueryShape = { owner: owner.organisationId ? 'organisation' : 'person', sort: query.sort, byItemNumber: itemNumber !== null };
  const prepared = folderPageQuery(db, shape);
  const parameters = { owner: owner.organisationId ?? owner.personId, itemNumber, language: ['fi', 'sv', 'en'].includes(locale) ? locale : 'fi' };
  const rows: FolderRow[] = await prepared.rows.execute({ ...parameters, offset: (query.page - 1) * FOLDER_PAGE_SIZE });
  // A page past the end has no rows to carry the total: the pager still needs it.
  const total = rows[0]?.total ?? (query.page > 1 ? ((await prepared.count.execute(parameters))[0]?.n ?? 0) : 0);
  const titles = await titlesOf(rows);
  return {
    items: rows.flatMap((row) => {
      const title = 'title' in row ? row.title : titles.get(row.definitionId);
      // Every item has its form version (a foreign key): as the join by name, never an item without one.
      return title ? [{ itemNumber: row.itemNumber, title, status: row.status, updatedAt: row.updatedAt, isNew: row.isNew, statusAt: row.statusAt ?? row.sentAt }] : [];
    }),
    total,
    page: query.page,
    pageCount: Math.ceil(total / FOLDER_PAGE_SIZE),
  };
}

