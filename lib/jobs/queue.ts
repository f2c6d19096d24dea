/**
 * The job queue: pg-boss on the portal's own database. On PostgreSQL pg-boss keeps a small pool
 * of its own (node-postgres); on embedded PGlite it talks to this process's PGlite instance
 * through pg-boss's `db` adapter, so no socket server and no second connection are needed.
 * pg-boss creates and migrates its own schema (`pgboss`) when it starts; Drizzle's migrations
 * never describe it.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type { Database, DatabaseLocation } from '@/db/client';

export const JOBS_SCHEMA = 'pgboss';

/** A kind of job: its queue's name, how often and how patiently it is retried, and its work. */
export type JobDefinition<Data extends object = object> = {
  name: string;
  /** Tries after the first; with `retryBackoff` the waits double from `retryDelaySeconds`. */
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A try that runs longer than this is taken as failed and retried. */
  expireInSeconds: number;
  /**
   * A cron schedule (pg-boss's own: one instance at a time sends the job when it is due), in
   * the given time zone. Only instances that work the jobs keep it.
   */
  schedule?: { cron: string; timeZone: string };
  /** `queue` is the queue that runs the job, for a job that enqueues others. */
  handle(data: Data, job: { id: string; retryCount: number; queue: JobQueue }): Promise<void>;
};

export type JobQueue = {
  readonly boss: PgBoss;
  /**
   * Enqueues a job. With an `id`, a second send of the same id (from this or another instance)
   * is ignored and answers null: that is how a round is enqueued exactly once. With `db` (see
   * transactionAdapter) the job is written in that open transaction, and is there only if it commits.
   */
  send(name: string, data: object, options?: { id?: string; startAfter?: Date; db?: PgBoss.Db }): Promise<string | null>;
  stop(): Promise<void>;
};

export type JobQueueOptions = {
  /** Where the database is, and this process's open database (whose PGlite instance is shared). */
  database: { location: DatabaseLocation; db: Database };
  definitions: readonly JobDefinition<never>[];
  /** False: only enqueue (an app instance beside a separate worker process). */
  work: boolean;
  /** How often an idle worker asks for new jobs; pg-boss's floor is half a second. */
  pollingIntervalSeconds?: number;
  onError?: (error: Error) => void;
};

/**
 * The same id for the same parts, in UUID form as pg-boss wants: enqueueing one person's
 * message for one round twice, from two instances or after a crash, makes one job.
 */
export function stableJobId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  // Version 8 ("custom") UUID layout, so that it is a valid UUID for PostgreSQL's uuid type.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type PgliteClient = { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
type PostgresJsClient = { unsafe(text: string, values?: unknown[]): Promise<unknown[]> };

/**
 * pg-boss's database adapter over an open Drizzle transaction, so that a job is enqueued in the
 * same transaction as the change that calls for it: both are committed, or neither. Drizzle keeps
 * the transaction's own client (a PGlite transaction, or postgres.js's reserved connection) in
 * its session. pg-boss's statements reuse parameters ($5 twice, as text and cast), so they are
 * handed to the client as they are rather than rebuilt as Drizzle SQL.
 */
export function transactionAdapter(tx: unknown): PgBoss.Db {
  const client = (tx as { session?: { client?: unknown } }).session?.client;
  if (client && typeof (client as PostgresJsClient).unsafe === 'function') {
    const postgresJs = client as PostgresJsClient;
    return {
      async executeSql(text, values = []) {
        // node-postgres, which pg-boss was written for, sends undefined as null and objects as
        // JSON; postgres.js refuses the one and would mangle the other.
        const serialised = values.map((value) => {
          if (value === undefined) return null;
          return value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) ? JSON.stringify(value) : value;
        });
        return { rows: [...(await postgresJs.unsafe(text, serialised as never[]))] };
      },
    };
  }
  if (client && typeof (client as PgliteClient).query === 'function') {
    const pglite = client as PgliteClient;
    return { executeSql: async (text, values) => ({ rows: (await pglite.query(text, values)).rows }) };
  }
  throw new Error('transactionAdapter needs a Drizzle transaction on PGlite or postgres.js');
}

/** pg-boss's database adapter over an embedded PGlite instance. */
export function pgliteAdapter(client: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      // Without parameters pg-boss sends whole scripts (its schema, its migrations, BEGIN …
      // COMMIT blocks), which only the simple protocol runs; PGlite holds its lock for the
      // whole script, so nothing else interleaves.
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      const result = await client.query(text, values);
      return { rows: result.rows };
    },
  };
}

function connectionOptions(database: JobQueueOptions['database']): PgBoss.DatabaseOptions {
  if (database.location.kind === 'postgres') return { connectionString: database.location.url, max: 4, application_name: 'asiointi-jobs' };
  // Drizzle's PGlite database keeps the client it was made with.
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return { db: pgliteAdapter(client) };
}

/** Starts pg-boss, creates the queues of `definitions` and, when `work` is set, works them. */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const polling = options.pollingIntervalSeconds ?? 2;
  const boss = new PgBoss({
    ...connectionOptions(options.database),
    schema: JOBS_SCHEMA,
    // Maintenance (expiring, archiving) runs under pg-boss's advisory lock, so one instance at
    // a time does it; an enqueue-only instance leaves it to the workers.
    supervise: options.work,
    // Cron schedules (the notification rounds) are kept by the instances that work the jobs.
    schedule: options.work,
  });
  boss.on('error', (error: Error) => options.onError?.(error));
  await boss.start();

  const queue: JobQueue = {
    boss,
    send: (name, data, sendOptions = {}) =>
      boss.send(name, data, {
        ...(sendOptions.id ? { id: sendOptions.id } : {}),
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
        ...(sendOptions.db ? { db: sendOptions.db } : {}),
      }),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000, close: true }),
  };

  for (const definition of options.definitions) {
    // createQueue is idempotent; with two instances starting at once one of them may lose the
    // race to insert the queue's row, which is harmless.
    await boss
      .createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit,
        retryDelay: definition.retryDelaySeconds,
        retryBackoff: definition.retryBackoff,
        expireInSeconds: definition.expireInSeconds,
      })
      .catch(async (error: unknown) => {
        if (!(await boss.getQueue(definition.name))) throw error;
      });
    if (options.work) {
      const work = definition as unknown as JobDefinition<object>;
      await boss.work<object>(definition.name, { pollingIntervalSeconds: polling, batchSize: 1, includeMetadata: true }, async ([job]) => {
        if (job) await work.handle(job.data, { id: job.id, retryCount: job.retryCount, queue });
      });
      // Kept in pg-boss's schedule table: the latest instance to start writes it, and one
      // instance at a time sends the job when it is due.
      if (definition.schedule) await boss.schedule(definition.name, definition.schedule.cron, {}, { tz: definition.schedule.timeZone });
    }
  }
  return queue;
}
