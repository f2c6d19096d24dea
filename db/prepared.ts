import type { Database } from './client';

const statements = new WeakMap<Database, Map<string, unknown>>();

/**
 * A query built once per database and sent as a prepared statement from then on. For the queries
 * run on nearly every request: building a query costs Drizzle more than PostgreSQL takes to
 * answer a small one. `name` is the statement's name on the server, one per shape of the query.
 */
export function preparedStatement<T>(db: Database, name: string, build: (db: Database) => T): T {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, build(db));
  return byName.get(name) as T;
}
