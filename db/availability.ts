/**
 * Whether this instance is without a usable database: it started without one (the database did
 * not answer, or lacked this release's migrations), or a request found it out of reach since.
 * Raised by lib/health/database-watch.ts (from instrumentation.ts and the health checks);
 * lowered by the first getDb() that succeeds (db/index.ts) or by the watch's check once the
 * database answers; read by proxy.ts, which meanwhile answers pages with the service-unavailable
 * page. A flag on the process, since Next bundles the proxy, the instrumentation and the routes
 * apart from each other.
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
