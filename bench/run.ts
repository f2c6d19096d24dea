/**
 * `npm run bench`: builds the app, serves it with `next start` on a throw-away PostgreSQL, and
 * loads each target with autocannon, one after another, against the same server. See README.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Instance, type Result } from 'autocannon';

type Target = { name: string; path: string };

/** What every page is compared with: the machine's floor and the framework's floor. */
const FLOORS = {
  static: { name: 'static', path: '/favicon.svg' },
  floor: { name: 'floor', path: '/fi/layout-floor' },
} as const satisfies Record<string, Target>;

/** The pages measured. A feature adds its pages here as `{ name, path }`. */
const PAGES: Target[] = [
  { name: 'front', path: '/fi' },
  // A search a resident makes: full-text and typo-tolerant matching over the whole catalogue.
  { name: 'catalogue search', path: '/fi/e-services?q=koira' },
  // Anonymous, so served from the page cache (proxy.ts, app/cached/).
  { name: 'service page', path: '/fi/e-services/dog-declaration' },
];

const TARGETS: Target[] = [FLOORS.static, FLOORS.floor, ...PAGES];

const ROOT = path.resolve(__dirname, '..');
const BUILD_DIR = '.next-bench';
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const TSX_BIN = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SERVER_SCRIPT = path.join(ROOT, 'server.mjs');
const POSTGRES_SCRIPT = path.join(ROOT, '.ci', 'throwaway-postgres.sh');
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

type Settings = { duration: number; connections: number; warmup: number; services: number; build: boolean };

type Measurement = {
  name: string;
  path: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  requests: number;
  /** Connection errors, timeouts and responses outside 2xx. */
  failures: number;
  loadAverageBefore: number;
};

function readSettings(): Settings {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '32' },
      services: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench -- [--duration s] [--connections n] [--warmup s] [--services n] [--no-build]');
    process.exit(0);
  }
  const positive = (name: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${text}"`);
    return value;
  };
  return {
    duration: positive('duration', values.duration),
    connections: positive('connections', values.connections),
    warmup: positive('warmup', values.warmup),
    services: positive('services', values.services),
    build: !values['no-build'],
  };
}

// ---- Clean-up: whatever was started is stopped, on success, failure or Ctrl-C.

const cleanups: Array<() => Promise<void> | void> = [];
let cleaning: Promise<void> | undefined;

function cleanUp(): Promise<void> {
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

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    // tsx passes the terminal's Ctrl-C on as well, so the same signal may come twice.
    if (cleaning) return;
    console.error(`\nbench: ${signal}, stopping the server and the database…`);
    void cleanUp().finally(() => process.exit(code));
  });
}

/**
 * Children run in their own process group, so that a Ctrl-C reaches only this script, which then
 * stops them in order, and so that stopping a group also stops whatever the child started.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
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
    const stop = () => stopGroup(child);
    cleanups.push(stop);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      cleanups.splice(cleanups.indexOf(stop), 1);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

// ---- The pieces.

async function freePorts(count: number): Promise<number[]> {
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

async function startDatabase(port: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asiointi-bench-pg-'));
  cleanups.push(() => {
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

function appEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    BUILD_DIR,
    // The build, too, gets the throw-away database, so nothing touches the embedded one in .data/.
    DATABASE_URL: databaseUrl,
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

async function startServer(port: number, databaseUrl: string): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  // The production server, as `npm start` runs it. Not on 127.0.0.1 alone: with a loopback host
  // name Next takes its own rewrites for another server's and proxies them (vercel/next.js#94745).
  const server = spawn(process.execPath, [SERVER_SCRIPT, '--hostname', '0.0.0.0', '--port', String(port)], {
    cwd: ROOT,
    env: appEnv(databaseUrl, { PUBLIC_URL: base }),
    stdio: ['ignore', 2, 2],
    detached: true,
  });
  cleanups.push(() => stopGroup(server));
  let exitNote: string | undefined;
  server.once('exit', (code, signal) => {
    exitNote = signal ?? `exit ${code}`;
  });

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exitNote) throw new Error(`next start stopped (${exitNote}) before it was ready`);
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) });
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === 'ok') return base;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${base}/api/health did not answer ok within two minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

let running: Instance | undefined;
cleanups.push(() => running?.stop());

async function load(url: string, settings: Settings, duration: number): Promise<{ result: Result; latencies: number[] }> {
  // autocannon's own percentiles have no p95 and whole milliseconds only, so keep every latency.
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: settings.connections, duration, timeout: 10 });
  running = instance;
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  running = undefined;
  return { result, latencies };
}

async function measure(base: string, target: Target, settings: Settings): Promise<Measurement> {
  const url = base + target.path;
  const probe = await fetch(url, { redirect: 'manual' });
  await probe.arrayBuffer();
  if (!probe.ok) throw new Error(`${target.name} (${target.path}) answered ${probe.status}; fix it before measuring`);

  console.error(`bench: ${target.name}: warming up ${settings.warmup} s, then ${settings.duration} s with ${settings.connections} connections`);
  await load(url, settings, settings.warmup);
  const loadAverageBefore = os.loadavg()[0]!;
  const { result, latencies } = await load(url, settings, settings.duration);
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    path: target.path,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      max: latencies.at(-1) ?? Number.NaN,
    },
    requests: result.requests.sent,
    failures: result.errors + result.timeouts + result.non2xx,
    loadAverageBefore,
  };
}

// ---- The report.

function ratio(value: number, floor: number | undefined): string {
  if (floor === undefined || !Number.isFinite(value) || !Number.isFinite(floor) || floor === 0) return '–';
  return (value / floor).toFixed(2);
}

function table(measurements: Measurement[]): string {
  const byName = new Map(measurements.map((m) => [m.name, m]));
  const staticFloor = byName.get(FLOORS.static.name);
  const layoutFloor = byName.get(FLOORS.floor.name);
  const header = ['target', 'path', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'req/s÷static', 'req/s÷floor', 'p50÷static', 'p50÷floor'];
  const rows = measurements.map((m) => [
    m.name,
    m.path,
    m.requestsPerSecond.toFixed(0),
    m.latencyMs.p50.toFixed(1),
    m.latencyMs.p95.toFixed(1),
    m.latencyMs.p99.toFixed(1),
    String(m.failures),
    ratio(m.requestsPerSecond, staticFloor?.requestsPerSecond),
    ratio(m.requestsPerSecond, layoutFloor?.requestsPerSecond),
    ratio(m.latencyMs.p50, staticFloor?.latencyMs.p50),
    ratio(m.latencyMs.p50, layoutFloor?.latencyMs.p50),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  // Text columns to the left, figures to the right.
  const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function gitCommit(): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

async function main() {
  const settings = readSettings();
  const [databasePort, serverPort] = await freePorts(2);

  console.error(`bench: starting a throw-away PostgreSQL on 127.0.0.1:${databasePort}`);
  const databaseUrl = await startDatabase(databasePort!);

  const built = existsSync(path.join(ROOT, BUILD_DIR, 'BUILD_ID'));
  if (settings.build || !built) {
    if (!settings.build) console.error(`bench: ${BUILD_DIR} has no build yet, building anyway`);
    console.error(`bench: next build into ${BUILD_DIR}`);
    await run(process.execPath, [NEXT_BIN, 'build'], appEnv(databaseUrl));
  } else {
    console.error(`bench: --no-build, using the build in ${BUILD_DIR}`);
  }

  console.error(`bench: filling the catalogue to ${settings.services} services`);
  await run(process.execPath, [TSX_BIN, path.join(ROOT, 'bench', 'seed-at-scale.ts'), '--services', String(settings.services)], appEnv(databaseUrl));

  console.error(`bench: next start on 127.0.0.1:${serverPort}`);
  const base = await startServer(serverPort!, databaseUrl);

  const measurements: Measurement[] = [];
  for (const target of TARGETS) measurements.push(await measure(base, target, settings));

  const report = table(measurements);
  console.log(`\n${settings.duration} s per target, ${settings.connections} connections, ${settings.services} services, ${os.cpus().length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
  console.log(report);

  const finished = new Date();
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${finished.toISOString().replace(/[:.]/g, '-')}.json`);
  const record = {
    finishedAt: finished.toISOString(),
    commit: gitCommit(),
    settings,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), node: process.version },
    results: measurements,
  };
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nresults: ${path.relative(ROOT, file)}`);
}

main()
  .catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
