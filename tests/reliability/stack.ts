/**
 * What the reliability suite runs against and breaks: a throw-away PostgreSQL cluster it can
 * take down and bring up again (.ci/throwaway-postgres.sh), and the production server as
 * `npm start` runs it (node server.mjs), which it can kill with SIGKILL and start again.
 *
 * The clean-up machinery and the build are bench/server.ts's: whatever is started here is
 * stopped by cleanUp(), on success, on failure and on Ctrl-C.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, onCleanUp, stopGroup } from '../../bench/server';

const POSTGRES_SCRIPT = path.join(ROOT, '.ci', 'throwaway-postgres.sh');
const SERVER_SCRIPT = path.join(ROOT, 'server.mjs');
const run = promisify(execFile);

export type Database = { url: string; dir: string };

export async function startDatabase(port: number): Promise<Database> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asiointi-reliability-pg-'));
  onCleanUp(() => {
    spawnSync('bash', [POSTGRES_SCRIPT, 'stop', dir], { stdio: ['ignore', 2, 2] });
  });
  const started = spawnSync('bash', [POSTGRES_SCRIPT, 'start', dir, String(port)], { stdio: ['ignore', 'pipe', 2], encoding: 'utf8', timeout: 120_000 });
  const url = started.stdout?.trim() ?? '';
  if (started.status !== 0 || !url.startsWith('postgres://')) throw new Error(`the throw-away PostgreSQL did not start (${POSTGRES_SCRIPT})`);
  return { url, dir };
}

/** Stops the database server as a restart does (open connections are cut), keeping its data. */
export async function databaseDown(database: Database): Promise<void> {
  await run('bash', [POSTGRES_SCRIPT, 'down', database.dir], { timeout: 60_000 });
}

export async function databaseUp(database: Database): Promise<void> {
  await run('bash', [POSTGRES_SCRIPT, 'up', database.dir], { timeout: 60_000 });
}

export type AppSettings = { buildDir: string; port: number; databaseUrl: string; logFile: string };

export type App = {
  /** Where requests go: the same server, by the address the browser's Origin is rewritten to. */
  loadBase: string;
  /** Where the browser signs in: see bench/server.ts's startServer for why localhost. */
  browserBase: string;
  process: ChildProcess;
  /** How long the server took from its start to the first healthy answer. */
  startMs: number;
};

export function appBases(port: number) {
  return { loadBase: `http://127.0.0.1:${port}`, browserBase: `http://localhost:${port}` };
}

/**
 * Starts `node server.mjs` on the port (as bench/server.ts does, its log appended to logFile)
 * and resolves when /api/health says ok, or with `{ waitFor: 'live' }` as soon as the process
 * answers at all (/api/live), healthy or not. Started again on the same port after a kill, the
 * browser's session cookies stay good: sessions live in the database.
 */
export async function startApp(settings: AppSettings, { waitFor = 'healthy' }: { waitFor?: 'healthy' | 'live' } = {}): Promise<App> {
  const { loadBase, browserBase } = appBases(settings.port);
  const log = openSync(settings.logFile, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER_SCRIPT, '--hostname', '0.0.0.0', '--port', String(settings.port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      BUILD_DIR: settings.buildDir,
      DATABASE_URL: settings.databaseUrl,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      PUBLIC_URL: browserBase,
      AUTH_URL: browserBase,
    },
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  onCleanUp(() => stopGroup(child));
  let exitNote: string | undefined;
  child.once('exit', (code, signal) => {
    exitNote = signal ?? `exit ${code}`;
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exitNote) throw new Error(`the server stopped (${exitNote}) before it was ready; see ${settings.logFile}`);
    if (await (waitFor === 'healthy' ? healthy(loadBase) : live(loadBase))) return { loadBase, browserBase, process: child, startMs: performance.now() - started };
    if (Date.now() > deadline) throw new Error(`${loadBase}/api/${waitFor === 'healthy' ? 'health' : 'live'} did not answer ok within two minutes; see ${settings.logFile}`);
    await sleep(200);
  }
}

/** kill -9 of the server's process group: no request finishes, no handler runs. */
export async function killApp(app: App): Promise<void> {
  const child = app.process;
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) throw new Error('the server was not running when it was to be killed');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGKILL');
  await exited;
}

/** Stops the server as a deployment does (SIGTERM to its group, then SIGKILL if need be). */
export async function stopApp(app: App): Promise<void> {
  await stopGroup(app.process);
}

export function isRunning(app: App): boolean {
  return app.process.exitCode === null && app.process.signalCode === null;
}

export async function healthy(base: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) });
    const body = (await response.json()) as { status?: string };
    return response.ok && body.status === 'ok';
  } catch {
    return false;
  }
}

/** Milliseconds from `since` until /api/health first says ok, asked every 100 ms; undefined if not by `since + withinMs`. */
export async function healthyAgain(base: string, since: number, withinMs: number): Promise<number | undefined> {
  while (performance.now() - since < withinMs) {
    if (await healthy(base)) return performance.now() - since;
    await sleep(100);
  }
  return undefined;
}

export async function live(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/live`, { signal: AbortSignal.timeout(5000) })).ok;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
