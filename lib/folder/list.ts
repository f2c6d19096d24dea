import 'server-only';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { formDefinitions, formSubmissions, submissionEvents, type SubmissionStatus } from '@/db/schema';
import type { LocalizedText } from '@/db/schema/localized-text';
import { ownedBy, type Owner } from '@/lib/forms/owner';
import { parseItemNumber } from '@/lib/matters/item-number';

/*
 * The list of the e-services folder (FOL2, FOL4, FOL5, FOL8): one page of the owner's sent items
 * the folder keeps, searched by item number, sorted by name or last update. One query per page,
 * whatever the folder's size: the owner's rows come by the owner index, each form version's
 * title is read once, the page's total comes with a window count, and only the page's own rows
 * look up their latest status event.
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
  const page = Number.parseInt(one('page'), 10);
  return {
    search: one('q').trim().slice(0, 40),
    sort: (folderSorts as readonly string[]).includes(sort) ? (sort as FolderSort) : 'updated',
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
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
function nameKey(locale: string): SQL {
  const language = ['fi', 'sv', 'en'].includes(locale) ? locale : 'fi';
  return sql`translate(lower(coalesce(nullif(${formDefinitions.definition}->'title'->>${language}, ''), ${formDefinitions.definition}->'title'->>'fi')), 'åäöæø', '{|}|}') collate "C"`;
}

/** More form versions than one owner's items can have been filled on; see folderPage. */
const MAX_VERSIONS = 10_000;

/** One page of the owner's folder; only for the signed-in owner's own folder. */
export async function folderPage(owner: Owner, query: FolderQuery, locale: string): Promise<FolderPage> {
  let filter = and(ownedBy(formSubmissions, owner), eq(formSubmissions.savedToFolder, true))!;
  if (query.search) {
    const itemNumber = parseItemNumber(query.search);
    if (itemNumber === null) return { items: [], total: 0, page: 1, pageCount: 0, problem: 'notAnItemNumber' };
    filter = and(filter, eq(formSubmissions.itemNumber, itemNumber))!;
  }
  const db = await getDb();
  // The titles (and name keys) of the form versions the owner's items were filled on, each read
  // out of its definition — a large document — once, not once per item. The LIMIT keeps
  // PostgreSQL from merging this into the join below, which would read it again for every row.
  const titles = db
    .select({
      titleDefinitionId: sql<string>`${formDefinitions.id}`.as('title_definition_id'),
      title: sql<LocalizedText>`${formDefinitions.definition}->'title'`.as('title'),
      nameKey: nameKey(locale).as('name_key'),
    })
    .from(formDefinitions)
    .where(inArray(formDefinitions.id, db.selectDistinct({ id: formSubmissions.definitionId }).from(formSubmissions).where(filter)))
    .limit(MAX_VERSIONS)
    .as('titles');
  const order = query.sort === 'name' ? [sql`${titles.nameKey}`, desc(formSubmissions.itemNumber)] : [desc(formSubmissions.updatedAt), desc(formSubmissions.itemNumber)];
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
    .offset((query.page - 1) * FOLDER_PAGE_SIZE)
    .as('page_rows');
  const rows = await db
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
    .orderBy(pageRows.position);
  const total = rows[0]?.total ?? (query.page > 1 ? await countItems(filter) : 0);
  return {
    items: rows.map((row) => ({ itemNumber: row.itemNumber, title: row.title, status: row.status, updatedAt: row.updatedAt, isNew: row.isNew, statusAt: row.statusAt ?? row.sentAt })),
    total,
    page: query.page,
    pageCount: Math.ceil(total / FOLDER_PAGE_SIZE),
  };
}

// A page past the end has no rows to carry the total: the pager still needs it.
async function countItems(filter: SQL): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(formSubmissions).where(filter);
  return row?.n ?? 0;
}
