/** The rows of a raw `db.execute(sql…)`: postgres.js answers a list of rows, PGlite an object that holds them. */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}
