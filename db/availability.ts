/**
 * Whether this instance started without a usable database (it did not answer, or lacked this
 * release's migrations) and has not had one since. Set by instrumentation.ts when the start-up
 * finds none, cleared by the first getDb() that succeeds (db/index.ts), and read by proxy.ts, which
 * meanwhile answers pages with the service-unavailable page. A flag on the process, since Next
 * bundles the proxy, the instrumentation and the routes apart from each other.
 */
const UNAVAILABLE_SINCE = Symbol.for('asiointi.databaseUnavailableSince');
type Holder = Record<symbol, Date | undefined>;

export function markDatabaseUnavailable(): void {
  (globalThis as unknown as Holder)[UNAVAILABLE_SINCE] ??= new Date();
}

export function markDatabaseAvailable(): void {
  delete (globalThis as unknown as Holder)[UNAVAILABLE_SINCE];
}

export function databaseUnavailableSince(): Date | undefined {
  return (globalThis as unknown as Holder)[UNAVAILABLE_SINCE];
}
