/**
 * `npm run bench`: builds the app, serves it with `npm start`'s server on a throw-away PostgreSQL, and
 * loads each target with autocannon, one after another, against the same server. See README.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Instance, type Options, type Result } from 'autocannon';
import { AutosaveLoad, captureAutosave, type AutosaveCheck } from './autosave';
import { demoCatalogue } from '@/db/seed/demo-catalogue';
import { FOLDER_PATH, fillFolder } from './folder';
import { SendLoad, captureSend, type SendCheck } from './send';
import { RESULTS_DIR, ROOT, cleanUp, cleanUpOnSignals, gitCommit, onCleanUp, positiveOption, startBenchServer } from './server';

type Target = {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Each request's own path, for a target whose requests must differ; `path` is the first. */
  nextPath?: () => string;
};

/** What every page is compared with: the machine's floor and the framework's floor. */
const FLOORS = {
  static: { name: 'static', path: '/favicon.svg' },
  floor: { name: 'floor', path: '/fi/layout-floor' },
  // The same floor timed again after the pages: the ratios use the mean of the two, so that a
  // slow or fast moment of the machine during one timing does not tilt every ratio.
  floorAgain: { name: 'floor (again)', path: '/fi/layout-floor' },
  // What any POST costs on this server: a route handler that parses a small JSON body (no database).
  post: { name: 'post floor', path: '/api/bench/post-floor', method: 'POST' },
} as const satisfies Record<string, Target>;

/** The post floor's body: about the size of an autosave's. */
const POST_FLOOR_BODY = JSON.stringify({ slug: 'dog-declaration', page: 0, draftId: '00000000-0000-0000-0000-000000000000', version: 1, answers: { streetAddress: 'Mittarinkatu 1', postalCode: '00100', postOffice: 'Helsinki' } });

/** The autosave goal: at least this fraction of the post floor's requests per second. */
const AUTOSAVE_GOAL = 0.7;
/** The pages' goals: at least this fraction of a floor's requests per second, with 0 errors. */
const PAGE_GOALS: { target: string; floor: 'floor' | 'static'; share: number }[] = [
  { target: 'catalogue search', floor: 'floor', share: 0.7 },
  { target: 'service page', floor: 'static', share: 0.5 },
  { target: 'folder', floor: 'floor', share: 0.6 },
];

/** The first word of a demo service's Finnish name and a number: the n-th search nobody made before. */
function newSearchPath(n: number): string {
  const model = demoCatalogue[n % demoCatalogue.length]!;
  const word = (model.content.name.fi ?? model.slug).split(/\s+/)[0]!;
  return `/fi/e-services?${new URLSearchParams({ q: `${word} ${1 + Math.floor(n / demoCatalogue.length)}` })}`;
}

function newSearches(): () => string {
  let n = 1;
  return () => newSearchPath(n++);
}

/** The pages measured. A feature adds its pages here as `{ name, path }`. */
const PAGES: Target[] = [
  { name: 'front', path: '/fi' },
  // A search a resident makes: full-text and typo-tolerant matching over the whole catalogue.
  { name: 'catalogue search', path: '/fi/e-services?q=koira' },
  // Searches nobody made in the last minute, so none is answered from the catalogue read cache:
  // the name of one of the made-up services, a different one each time ("Koiraveroilmoitus 17").
  { name: 'catalogue search (new)', path: newSearchPath(0), nextPath: newSearches() },
  // Anonymous, so served from the page cache (proxy.ts, app/cached/).
  { name: 'service page', path: '/fi/e-services/dog-declaration' },
];

const TARGETS: Target[] = [FLOORS.static, FLOORS.floor, ...PAGES, FLOORS.floorAgain, FLOORS.post];

const BUILD_DIR = '.next-bench';

type Settings = {
  duration: number;
  connections: number;
  warmup: number;
  services: number;
  build: boolean;
  chromium: string;
  /** Only these targets (and the floors they are compared with); all when empty. */
  only: string[];
  cpuProfileDir?: string;
  /** After the measurements, keep the server and its database up until Ctrl-C, to look closer. */
  hold: boolean;
};

type Measurement = {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  requests: number;
  /** Connection errors, timeouts, responses outside 2xx and, for autosave, refused saves. */
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
      chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      only: { type: 'string', default: '' },
      'cpu-prof': { type: 'string' },
      hold: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench -- [--duration s] [--connections n] [--warmup s] [--services n] [--no-build] [--chromium /usr/bin/chromium] [--only "folder,catalogue search"] [--cpu-prof dir] [--hold]');
    process.exit(0);
  }
  return {
    duration: positiveOption('duration', values.duration),
    connections: positiveOption('connections', values.connections),
    warmup: positiveOption('warmup', values.warmup),
    services: positiveOption('services', values.services),
    build: !values['no-build'],
    chromium: values.chromium,
    only: values.only
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    cpuProfileDir: values['cpu-prof'],
    hold: values.hold,
  };
}

/** A target is measured when no --only was given, when it is named, or when it is a floor. */
function wanted(settings: Settings, name: string): boolean {
  return settings.only.length === 0 || settings.only.includes(name) || Object.values(FLOORS).some((floor) => floor.name === name);
}

let running: Instance | undefined;
onCleanUp(() => running?.stop());

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

async function load(url: string, settings: Settings, duration: number, extra: Partial<Options> = {}): Promise<{ result: Result; latencies: number[] }> {
  // autocannon's own percentiles have no p95 and whole milliseconds only, so keep every latency.
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: settings.connections, duration, timeout: 10, ...extra });
  running = instance;
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  running = undefined;
  return { result, latencies };
}

function summary(target: Target, result: Result, latencies: number[], loadAverageBefore: number, refused = 0): Measurement {
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    path: target.path,
    method: target.method ?? 'GET',
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      max: latencies.at(-1) ?? Number.NaN,
    },
    requests: result.requests.sent,
    failures: result.errors + result.timeouts + result.non2xx + refused,
    loadAverageBefore,
  };
}

function loadOptions(target: Target): Partial<Options> {
  const options: Partial<Options> =
    target.method === 'POST' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: POST_FLOOR_BODY } : target.headers ? { headers: target.headers } : {};
  if (target.nextPath) {
    const nextPath = target.nextPath;
    options.requests = [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }];
  }
  return options;
}

/**
 * One pass of load over every target before any is timed: otherwise the first targets are timed
 * while the server's JIT is still compiling the code that all pages share, and the floor, timed
 * first, comes out low.
 */
async function warmAll(base: string, targets: Target[], settings: Settings): Promise<void> {
  console.error(`bench: warming every target up, ${settings.warmup} s each`);
  for (const target of targets) await load(base + target.path, settings, settings.warmup, loadOptions(target));
}

async function measure(base: string, target: Target, settings: Settings): Promise<Measurement> {
  const url = base + target.path;
  const post = loadOptions(target);
  const probe = await fetch(url, { redirect: 'manual', method: post.method, headers: post.headers, body: post.body as string | undefined });
  await probe.arrayBuffer();
  if (!probe.ok) throw new Error(`${target.name} (${target.path}) answered ${probe.status}; fix it before measuring`);

  console.error(`bench: ${target.name}: warming up ${settings.warmup} s, then ${settings.duration} s with ${settings.connections} connections`);
  await load(url, settings, settings.warmup, post);
  const loadAverageBefore = os.loadavg()[0]!;
  const { result, latencies } = await load(url, settings, settings.duration, post);
  return summary(target, result, latencies, loadAverageBefore);
}

/**
 * Autosave: the browser's request replayed (bench/autosave.ts), one draft per connection. A save
 * refused (stale version, ended session) counts as an error though it is answered 200; after the
 * warm-up and after the run, every draft in the database must be as its last acknowledged save left it.
 */
async function measureAutosave(autosave: AutosaveLoad, base: string, settings: Settings): Promise<{ measurement: Measurement; check: AutosaveCheck }> {
  const target: Target = { name: 'autosave', path: autosave.path, method: 'POST' };
  console.error(`bench: autosave: ${settings.connections} drafts, warming up ${settings.warmup} s, then ${settings.duration} s with ${settings.connections} connections`);
  await autosave.startDrafts(settings.connections);
  await load(base + autosave.path, settings, settings.warmup, autosave.options());
  const warmupRefused = autosave.refused;
  const afterWarmup = await autosave.check();
  const loadAverageBefore = os.loadavg()[0]!;
  const { result, latencies } = await load(base + autosave.path, settings, settings.duration, autosave.options());
  const refused = autosave.refused;
  const check = await autosave.check();
  if (warmupRefused > 0 || afterWarmup.mismatches.length > 0) console.error(`bench: autosave warm-up: ${warmupRefused} saves refused, ${afterWarmup.mismatches.length} drafts not as acknowledged`);
  return { measurement: summary(target, result, latencies, loadAverageBefore, refused), check };
}

/**
 * Send: the Send button's post replayed (bench/send.ts), each request with a complete draft never
 * sent before. An answer that does not lead to the sent page counts as an error; afterwards each
 * answered draft must have exactly one submission and every item number must be unique.
 */
async function measureSend(send: SendLoad, base: string, settings: Settings): Promise<{ measurement: Measurement; check: SendCheck }> {
  const target: Target = { name: 'send', path: send.path, method: 'POST' };
  console.error(`bench: send: copying the complete draft, warming up ${settings.warmup} s, then ${settings.duration} s with ${settings.connections} connections`);
  await send.makeDrafts();
  await load(base + send.path, settings, settings.warmup, send.options());
  const loadAverageBefore = os.loadavg()[0]!;
  const { result, latencies } = await load(base + send.path, settings, settings.duration, send.options());
  // A server action's redirect may be a 303, which autocannon counts outside 2xx: only answers
  // that do not lead to the sent page are errors here.
  const measurement = summary(target, { ...result, non2xx: 0 }, latencies, loadAverageBefore, send.refused);
  return { measurement, check: await send.check() };
}

// ---- The report.

function ratio(value: number, floor: number | undefined): string {
  if (floor === undefined || !Number.isFinite(value) || !Number.isFinite(floor) || floor === 0) return '–';
  return (value / floor).toFixed(2);
}

/** The framework floor the ratios use: the mean of its two timings. */
function meanOf(first: Measurement | undefined, again: Measurement | undefined): { requestsPerSecond: number; latencyMs: { p50: number } } | undefined {
  if (!first || !again) return first ?? again;
  return { requestsPerSecond: (first.requestsPerSecond + again.requestsPerSecond) / 2, latencyMs: { p50: (first.latencyMs.p50 + again.latencyMs.p50) / 2 } };
}

function table(measurements: Measurement[]): string {
  const byName = new Map(measurements.map((m) => [m.name, m]));
  const staticFloor = byName.get(FLOORS.static.name);
  const layoutFloor = meanOf(byName.get(FLOORS.floor.name), byName.get(FLOORS.floorAgain.name));
  const postFloor = byName.get(FLOORS.post.name);
  const header = ['target', 'path', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'req/s÷static', 'req/s÷floor', 'req/s÷post floor', 'p50÷static', 'p50÷floor'];
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
    // Only POSTs are compared with the POST floor.
    m.method === 'POST' ? ratio(m.requestsPerSecond, postFloor?.requestsPerSecond) : '–',
    ratio(m.latencyMs.p50, staticFloor?.latencyMs.p50),
    ratio(m.latencyMs.p50, layoutFloor?.latencyMs.p50),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  // Text columns to the left, figures to the right.
  const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const settings = readSettings();
  cleanUpOnSignals();
  const { loadBase: base, browserBase, databaseUrl, peakMemoryBytes } = await startBenchServer({
    buildDir: BUILD_DIR,
    build: settings.build,
    services: settings.services,
    cpuProfileDir: settings.cpuProfileDir,
  });

  // Before any load, so that the sign-in is not timed out by a busy server.
  let autosave: AutosaveLoad | undefined;
  let send: SendLoad | undefined;
  if (existsSync(settings.chromium)) {
    console.error(`bench: signing the bench person in and taking the request of the wizard's autosave`);
    autosave = new AutosaveLoad(await captureAutosave(settings.chromium, browserBase), base, browserBase, databaseUrl);
    if (wanted(settings, 'send')) {
      console.error(`bench: filling a whole dog declaration and taking the post of its Send button`);
      send = new SendLoad(await captureSend(settings.chromium, browserBase), browserBase, base, databaseUrl);
    }
  } else {
    console.error(`bench: no Chromium at ${settings.chromium} (apt-get install chromium, or --chromium <path>): autosave, send and folder are not measured`);
  }

  const targets = [...TARGETS];
  if (autosave) {
    // The bench person's folder, with as many items as a long-time resident's, read with their session.
    const items = await fillFolder(databaseUrl);
    console.error(`bench: the bench person's folder holds ${items} items`);
    targets.splice(targets.indexOf(FLOORS.floorAgain), 0, { name: 'folder', path: FOLDER_PATH, headers: { cookie: autosave.cookie } });
  }

  const timed = targets.filter((target) => wanted(settings, target.name));
  await warmAll(base, timed.filter((target) => target !== FLOORS.floorAgain), settings);
  const measurements: Measurement[] = [];
  for (const target of timed) measurements.push(await measure(base, target, settings));
  let autosaveCheck: AutosaveCheck | undefined;
  if (autosave && wanted(settings, 'autosave')) {
    const { measurement, check } = await measureAutosave(autosave, base, settings);
    measurements.push(measurement);
    autosaveCheck = check;
  }

  // Last: it leaves the bench person with thousands of drafts, which the folder lists.
  let sendCheck: SendCheck | undefined;
  if (send) {
    const { measurement, check } = await measureSend(send, base, settings);
    measurements.push(measurement);
    sendCheck = check;
  }

  const report = table(measurements);
  console.log(`\n${settings.duration} s per target, ${settings.connections} connections, ${settings.services} services, ${os.cpus().length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
  console.log(report);
  const peakMemory = peakMemoryBytes();
  if (peakMemory !== undefined) console.log(`\nserver's peak resident memory: ${(peakMemory / 2 ** 20).toFixed(0)} MiB`);
  const floorRow = meanOf(
    measurements.find((m) => m.name === FLOORS.floor.name),
    measurements.find((m) => m.name === FLOORS.floorAgain.name),
  );
  const staticRow = measurements.find((m) => m.name === FLOORS.static.name);
  console.log(`\nreq/s÷floor and p50÷floor are against the mean of the two timings of the floor.`);
  for (const goal of PAGE_GOALS) {
    const row = measurements.find((m) => m.name === goal.target);
    const floor = goal.floor === 'static' ? staticRow : floorRow;
    if (!row || !floor) continue;
    const share = row.requestsPerSecond / floor.requestsPerSecond;
    const met = share >= goal.share && row.failures === 0;
    console.log(`${goal.target}: ${share.toFixed(2)}× the ${goal.floor === 'static' ? 'static file' : 'framework floor'}'s req/s (goal ≥ ${goal.share.toFixed(2)}), ${row.failures} errors, p95 ${row.latencyMs.p95.toFixed(1)} ms: goal ${met ? 'met' : 'NOT met'}`);
  }
  const autosaveRow = measurements.find((m) => m.name === 'autosave');
  const postFloorRow = measurements.find((m) => m.name === FLOORS.post.name);
  if (autosaveRow && postFloorRow && autosaveCheck) {
    const share = autosaveRow.requestsPerSecond / postFloorRow.requestsPerSecond;
    const met = share >= AUTOSAVE_GOAL && autosaveRow.failures === 0 && autosaveCheck.mismatches.length === 0;
    console.log(`\nautosave: ${share.toFixed(2)}× the post floor's req/s (goal ≥ ${AUTOSAVE_GOAL.toFixed(2)}), ${autosaveRow.failures} errors, p95 ${autosaveRow.latencyMs.p95.toFixed(1)} ms: goal ${met ? 'met' : 'NOT met'}`);
    console.log(`autosave: ${autosaveCheck.drafts} drafts, ${autosaveCheck.acknowledged} saves acknowledged (warm-up included), ${autosaveCheck.landedUnanswered} more cut off by the end of a run but saved; ${autosaveCheck.mismatches.length === 0 ? 'every acknowledged save is in the database' : `${autosaveCheck.mismatches.length} drafts NOT as acknowledged:`}`);
    for (const mismatch of autosaveCheck.mismatches) console.log(`  ${mismatch}`);
  }

  if (sendCheck) {
    const sendRow = measurements.find((m) => m.name === 'send');
    console.log(`\nsend: ${sendCheck.answered} sends answered with the sent page, ${sendCheck.submitted} of those drafts with exactly one submission, ${sendCheck.duplicateItemNumbers} item numbers given twice${sendRow ? `, ${sendRow.failures} errors` : ''}`);
    for (const problem of sendCheck.problems) console.log(`  ${problem}`);
  }

  const finished = new Date();
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${finished.toISOString().replace(/[:.]/g, '-')}.json`);
  const record = {
    finishedAt: finished.toISOString(),
    commit: gitCommit(),
    settings,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), node: process.version },
    results: measurements,
    serverPeakMemoryBytes: peakMemory,
    autosaveCheck,
    sendCheck,
  };
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nresults: ${path.relative(ROOT, file)}`);

  if (settings.hold) {
    console.log(`\nholding (Ctrl-C ends): the server at ${base}, DATABASE_URL=${databaseUrl}`);
    if (autosave) console.log(`the bench person's cookie: ${autosave.cookie}`);
    await new Promise(() => {});
  }
}

main()
  .catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
