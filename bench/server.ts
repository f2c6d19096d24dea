/**
 * The server the benchmarks measure: a production build, served by server.mjs as
 * `npm start` serves it, on a throw-away PostgreSQL with the demo data at scale; and the clean-up
 * that stops it all again.
 *
 * Shared by `npm run bench` (bench/run.ts) and `npm run bench:browser` (bench/browser.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const SERVER_SCRIPT = path.join(ROOT, 'server.mjs');
const TSX_BIN = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const POSTGRES_SCRIPT = path.join(ROOT, '.ci', 'throwaway-postgres.sh');

// ---- Clean-up: whatever was started is stopped, on success, failure or Ctrl-C.

const cleanups: Array<() => Promise<void> | void> = [];
let cleaning: Promise<void> | undefined;

/** Registers a step for cleanUp(); steps run newest first. Returns a function that unregisters it. */
export function onCleanUp(step: () => Promise<void> | void): () => void {
  cleanups.push(step);
  return () => {
    const index = cleanups.indexOf(step);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error('bench: clean-up step failed:', error);
      }
    }
  })();
  return cleaning;
}

/** Ctrl-C and kill stop the server and the database before the script exits. */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      // tsx passes the terminal's Ctrl-C on as well, so the same signal may come twice.
      if (cleaning) return;
      console.error(`\nbench: ${signal}, stopping the server and the database…`);
      void cleanUp().finally(() => process.exit(code));
    });
  }
}

/**
 * Children run in their own process group, so that a Ctrl-C reaches only this script, which then
 * stops them in order, and so that stopping a group also stops whatever the child started
 * (Next renames its process to next-server, so only its PID finds it).
 */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // The child's output goes to stderr, keeping stdout for the results.
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 2, 2], detached: true });
    const forget = onCleanUp(() => stopGroup(child));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      forget();
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

// ---- The pieces.

export async function freePorts(count: number): Promise<number[]> {
  // Held open together, so that the same port is not handed out twice.
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<net.Server>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

export async function startDatabase(port: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asiointi-bench-pg-'));
  onCleanUp(() => {
    spawnSync('bash', [POSTGRES_SCRIPT, 'stop', dir], { stdio: ['ignore', 2, 2] });
  });
  const started = spawnSync('bash', [POSTGRES_SCRIPT, 'start', dir, String(port)], {
    stdio: ['ignore', 'pipe', 2],
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (started.status !== 0) throw new Error(`the throw-away PostgreSQL did not start (${POSTGRES_SCRIPT})`);
  const url = started.stdout.trim();
  if (!/^postgres:\/\//.test(url)) throw new Error(`unexpected output from ${POSTGRES_SCRIPT}: ${url}`);
  return url;
}

export type ServerSettings = {
  buildDir: string;
  build: boolean;
  services: number;
  /** A folder for the server's V8 CPU profile (node --cpu-prof), written when it stops. */
  cpuProfileDir?: string;
};

function appEnv(settings: ServerSettings, databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    BUILD_DIR: settings.buildDir,
    // The build, too, gets the throw-away database, so nothing touches the embedded one in .data/.
    DATABASE_URL: databaseUrl,
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    // As in production, where `npm run worker` runs the jobs: their polling would be measured too.
    JOBS_IN_APP: 'false',
    ...extra,
  };
}

/** Builds into settings.buildDir unless told not to and a build is there. */
export async function buildApp(settings: ServerSettings, databaseUrl: string): Promise<void> {
  const built = existsSync(path.join(ROOT, settings.buildDir, 'BUILD_ID'));
  if (settings.build || !built) {
    if (!settings.build) console.error(`bench: ${settings.buildDir} has no build yet, building anyway`);
    console.error(`bench: next build into ${settings.buildDir}`);
    await run(process.execPath, [NEXT_BIN, 'build'], appEnv(settings, databaseUrl));
  } else {
    console.error(`bench: --no-build, using the build in ${settings.buildDir}`);
  }
}

/** Migrates, writes the demo data and fills the catalogue to settings.services services. */
export async function seedAtScale(settings: ServerSettings, databaseUrl: string): Promise<void> {
  console.error(`bench: filling the catalogue to ${settings.services} services`);
  // The made-up residents' identity codes are encrypted with the portal's own server-only code,
  // which the worker's preload lets a plain Node process import.
  const preload = ['--require', path.join(ROOT, 'lib', 'jobs', 'worker-preload.cjs')];
  await run(process.execPath, [TSX_BIN, ...preload, path.join(ROOT, 'bench', 'seed-at-scale.ts'), '--services', String(settings.services)], appEnv(settings, databaseUrl));
}

/** Where the load goes (127.0.0.1) and where a browser signs in (localhost): the same server. */
export type BenchServer = {
  loadBase: string;
  browserBase: string;
  databaseUrl: string;
  /** The server's peak resident memory so far, in bytes, where the system tells it (Linux). */
  peakMemoryBytes: () => number | undefined;
};

/**
 * Starts the production server as `npm start` runs it (server.mjs) and resolves once
 * /api/health says ok.
 *
 * The app's own address is http://localhost:<port>, where a browser signs in: with `--hostname
 * 0.0.0.0`, Auth.js's callback works out its own address as localhost rather than from the Host
 * header, redeems the code with that redirect address, and the test identification service would
 * refuse a sign-in begun at 127.0.0.1 (invalid_grant). With PUBLIC_URL and AUTH_URL both on
 * localhost every address agrees, as in the e2e tests. Load is generated against 127.0.0.1 only.
 */
export async function startServer(settings: ServerSettings, port: number, databaseUrl: string): Promise<BenchServer> {
  const loadBase = `http://127.0.0.1:${port}`;
  const browserBase = `http://localhost:${port}`;
  // Not on 127.0.0.1 alone: with a loopback host name Next takes its own rewrites for another
  // server's and proxies them over the network (vercel/next.js#94745).
  const profile = settings.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(settings.cpuProfileDir)}`] : [];
  const server = spawn(process.execPath, [...profile, SERVER_SCRIPT, '--hostname', '0.0.0.0', '--port', String(port)], {
    cwd: ROOT,
    env: appEnv(settings, databaseUrl, { PUBLIC_URL: browserBase, AUTH_URL: browserBase }),
    stdio: ['ignore', 2, 2],
    detached: true,
  });
  onCleanUp(() => stopGroup(server));
  let exitNote: string | undefined;
  server.once('exit', (code, signal) => {
    exitNote = signal ?? `exit ${code}`;
  });

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exitNote) throw new Error(`the server stopped (${exitNote}) before it was ready`);
    try {
      const response = await fetch(`${loadBase}/api/health`, { signal: AbortSignal.timeout(5000) });
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === 'ok') return { loadBase, browserBase, databaseUrl, peakMemoryBytes: () => peakResidentMemory(server.pid) };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${loadBase}/api/health did not answer ok within two minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A process's high-water mark of resident memory (VmHWM in /proc/<pid>/status), in bytes. */
function peakResidentMemory(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Database, build, data and server, in that order; every piece is stopped by cleanUp(). */
export async function startBenchServer(settings: ServerSettings): Promise<BenchServer> {
  const [databasePort, serverPort] = await freePorts(2);
  console.error(`bench: starting a throw-away PostgreSQL on 127.0.0.1:${databasePort}`);
  const databaseUrl = await startDatabase(databasePort!);
  await buildApp(settings, databaseUrl);
  await seedAtScale(settings, databaseUrl);
  console.error(`bench: node server.mjs on port ${serverPort}`);
  return startServer(settings, serverPort!, databaseUrl);
}

/** A command-line option that must be a whole number of at least 1. */
export function positiveOption(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${text}"`);
  return value;
}

export function gitCommit(): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Whether the working tree differs from the commit: figures from a dirty tree say so. */
export function gitDirty(): boolean | undefined {
  const result = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() !== '' : undefined;
}
