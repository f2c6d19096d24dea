/**
 * `npm run bench:browser`: what the browser gets. Builds the app, serves it as `npm run bench`
 * does (bench/server.ts), then measures first-load JavaScript per page against the bare layout
 * page and runs Lighthouse on the main pages, signed out and signed in. See bench/README.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Cookie } from '@playwright/test';
import { measureFirstLoad, type BrowserPage, type FirstLoad } from './first-load-js';
import { CATEGORIES, GOALS, median, medianRun, runLighthouse, type Category, type LighthouseRun } from './lighthouse';
import { RESULTS_DIR, ROOT, cleanUp, cleanUpOnSignals, gitCommit, gitDirty, onCleanUp, positiveOption, startBenchServer } from './server';
import { BENCH_PERSON_ID, cookieHeader, signIn } from './sign-in';

type Target = BrowserPage & {
  /** Also run Lighthouse on it. */
  lighthouse: boolean;
  /** The first-load goal that applies (issue 8 item 3, issue 5). */
  goal: 'floor' | 'public' | 'wizard' | 'none';
};

/** The framework's floor: the normal layout and a heading, no data (app/[locale]/(bench)). */
const FLOOR: Target = { name: 'floor', path: '/fi/layout-floor', signedIn: false, lighthouse: false, goal: 'floor' };

const TARGETS: Target[] = [
  FLOOR,
  { name: 'front', path: '/fi', signedIn: false, lighthouse: true, goal: 'public' },
  { name: 'catalogue', path: '/fi/e-services', signedIn: false, lighthouse: true, goal: 'public' },
  { name: 'catalogue search', path: '/fi/e-services?q=koira', signedIn: false, lighthouse: false, goal: 'public' },
  // Anonymous, so served from the page cache (next.config.ts rewrites, app/cached/).
  { name: 'service page', path: '/fi/e-services/dog-declaration', signedIn: false, lighthouse: true, goal: 'public' },
  { name: 'sign-in', path: '/fi/sign-in', signedIn: false, lighthouse: false, goal: 'public' },
  { name: 'folder', path: '/fi/folder', signedIn: true, lighthouse: true, goal: 'none' },
  // The first step of the wizard; opening it starts (or continues) the person's draft.
  { name: 'form step', path: '/fi/forms/dog-declaration', signedIn: true, lighthouse: true, goal: 'wizard' },
];

/** Public pages at most 10 % more than the floor (issue 8); the wizard at most 60 KiB gzip more (issue 5). */
const PUBLIC_MAX_PERCENT = 10;
const WIZARD_MAX_KIB = 60;

type Settings = { build: boolean; buildDir: string; services: number; runs: number; chromium: string; lighthouse: boolean };

function readSettings(): Settings {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      'build-dir': { type: 'string', default: '.next-bench' },
      services: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '3' },
      chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      'no-lighthouse': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench:browser -- [--no-build] [--build-dir .next-bench] [--runs 3] [--services 1000] [--chromium /usr/bin/chromium] [--no-lighthouse]');
    process.exit(0);
  }
  const buildDir = values['build-dir'];
  // Next's BUILD_DIR is a folder in the project; the .gitignore covers .next*/ only.
  if (!/^\.next[\w-]*$/.test(buildDir)) throw new Error(`--build-dir must be a folder name starting with .next, not "${buildDir}"`);
  if (!existsSync(values.chromium)) throw new Error(`no Chromium at ${values.chromium} (apt-get install chromium, or --chromium <path>)`);
  return {
    build: !values['no-build'],
    buildDir,
    services: positiveOption('services', values.services),
    runs: positiveOption('runs', values.runs),
    chromium: values.chromium,
    lighthouse: !values['no-lighthouse'],
  };
}

// ---- Tables.

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function formatTable(header: string[], rows: string[][], textColumns: number): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((cell, column) => (column < textColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

type Verdict = { goal: string; met: boolean | undefined };

function firstLoadVerdict(target: Target, load: FirstLoad, floor: FirstLoad): Verdict {
  const extra = load.gzipBytes - floor.gzipBytes;
  if (target.goal === 'public') return { goal: `≤ +${PUBLIC_MAX_PERCENT} %`, met: extra <= (floor.gzipBytes * PUBLIC_MAX_PERCENT) / 100 };
  if (target.goal === 'wizard') return { goal: `≤ +${WIZARD_MAX_KIB} KiB`, met: extra <= WIZARD_MAX_KIB * 1024 };
  return { goal: '–', met: undefined };
}

function firstLoadTable(loads: Array<{ target: Target; load: FirstLoad }>, floor: FirstLoad): string {
  const header = ['page', 'path', 'scripts', 'KiB gzip', 'KiB raw', 'KiB wire', 'inline KiB', 'RSC req', '+KiB gzip', '+%', 'goal', 'met'];
  const rows = loads.map(({ target, load }) => {
    const extra = load.gzipBytes - floor.gzipBytes;
    const verdict = firstLoadVerdict(target, load, floor);
    return [
      target.name + (target.signedIn ? ' *' : ''),
      target.path,
      String(load.scripts.length),
      kib(load.gzipBytes),
      kib(load.rawBytes),
      kib(load.transferredBytes),
      kib(load.inlineScriptBytes),
      String(load.rscRequests),
      target.goal === 'floor' ? '–' : `${extra >= 0 ? '+' : ''}${kib(extra)}`,
      target.goal === 'floor' ? '–' : `${extra >= 0 ? '+' : ''}${((extra / floor.gzipBytes) * 100).toFixed(1)}`,
      verdict.goal,
      verdict.met === undefined ? '' : verdict.met ? 'yes' : 'NO',
    ];
  });
  return formatTable(header, rows, 2);
}

/** The scripts a page loads that the floor does not, biggest first: where its extra weight is. */
function extraScripts(load: FirstLoad, floor: FirstLoad): string[] {
  const floorScripts = new Set(floor.scripts.map((script) => new URL(script.url).pathname));
  return load.scripts
    .filter((script) => !floorScripts.has(new URL(script.url).pathname))
    .map((script) => `    ${kib(script.gzipBytes).padStart(6)} KiB gzip  ${new URL(script.url).pathname}`);
}

type LighthouseResult = { target: Target; runs: LighthouseRun[]; medianScores: Record<Category, number | null>; representative: LighthouseRun };

function lighthouseTable(results: LighthouseResult[]): string {
  const header = ['page', 'path', ...CATEGORIES.map((category) => (GOALS[category] ? `${category} (≥${GOALS[category]})` : category)), 'perf runs', 'LCP', 'TBT', 'CLS'];
  const rows = results.map(({ target, runs, medianScores, representative }) => [
    target.name + (target.signedIn ? ' *' : ''),
    target.path,
    ...CATEGORIES.map((category) => {
      const score = medianScores[category];
      const goal = GOALS[category];
      return score === null ? '–' : `${score}${goal !== undefined && score < goal ? ' ✗' : ''}`;
    }),
    runs.map((run) => run.scores.performance ?? '–').join('/'),
    representative.metrics['largest-contentful-paint'] ?? '–',
    representative.metrics['total-blocking-time'] ?? '–',
    representative.metrics['cumulative-layout-shift'] ?? '–',
  ]);
  return formatTable(header, rows, 2);
}

function failedAudits(results: LighthouseResult[]): string[] {
  const lines: string[] = [];
  for (const { target, medianScores, representative } of results) {
    for (const category of CATEGORIES) {
      const goal = GOALS[category];
      const score = medianScores[category];
      // SEO has no goal; its failures are listed all the same when it is under 100.
      if (score === null || score >= (goal ?? 100)) continue;
      lines.push(`${target.name} — ${category} ${score} (${goal === undefined ? 'no goal' : `goal ${goal}`}):`);
      const audits = representative.failed[category];
      if (audits.length === 0) lines.push('    (no single audit below the pass line: the score is the sum of near-misses)');
      for (const audit of audits) {
        const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
        lines.push(`    ${audit.title}${value}${audit.explanation ? ` (${audit.explanation.replace(/\s+/g, ' ').slice(0, 200)})` : ''}`);
      }
    }
  }
  return lines;
}

// ---- The run.

async function main() {
  cleanUpOnSignals();
  const settings = readSettings();
  const { browserBase: base } = await startBenchServer({ buildDir: settings.buildDir, build: settings.build, services: settings.services });

  const browser = await chromium.launch({
    executablePath: settings.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  onCleanUp(() => browser.close());

  let cookies: Cookie[] = [];
  if (TARGETS.some((target) => target.signedIn)) {
    console.error(`bench: signing in as ${BENCH_PERSON_ID}`);
    cookies = await signIn(browser, base, '/fi/folder');
  }

  // The signed-in pages exist only once their features are in: skip the ones that answer 404.
  const targets: Target[] = [];
  for (const target of TARGETS) {
    const probe = await fetch(base + target.path, { redirect: 'manual', headers: target.signedIn ? { cookie: cookieHeader(cookies) } : {} });
    await probe.arrayBuffer();
    if (probe.status === 404 && target !== FLOOR) console.error(`bench: ${target.name} (${target.path}) answers 404 in this checkout; skipped`);
    else targets.push(target);
  }

  const loads: Array<{ target: Target; load: FirstLoad }> = [];
  for (const target of targets) {
    console.error(`bench: first-load JavaScript of ${target.name}`);
    // Twice: the first visit also warms the server (and fills the page cache), the second counts.
    await measureFirstLoad(browser, base, target, cookies);
    loads.push({ target, load: await measureFirstLoad(browser, base, target, cookies) });
  }
  const floor = loads.find(({ target }) => target === FLOOR)!.load;

  const lighthouse: LighthouseResult[] = [];
  if (settings.lighthouse) {
    for (const target of targets.filter((candidate) => candidate.lighthouse)) {
      const runs: LighthouseRun[] = [];
      for (let run = 1; run <= settings.runs; run++) {
        console.error(`bench: lighthouse ${target.name}, run ${run}/${settings.runs}`);
        const result = await runLighthouse(base + target.path, { chromePath: settings.chromium, cookie: target.signedIn ? cookieHeader(cookies) : undefined });
        const landed = new URL(result.finalUrl);
        if (landed.pathname !== new URL(base + target.path).pathname) throw new Error(`lighthouse on ${target.name} ended at ${landed.pathname}, not ${target.path}`);
        runs.push(result);
      }
      const medianScores = Object.fromEntries(
        CATEGORIES.map((category) => {
          const scores = runs.map((run) => run.scores[category]).filter((score): score is number => score !== null);
          return [category, scores.length === 0 ? null : Math.round(median(scores))];
        }),
      ) as Record<Category, number | null>;
      lighthouse.push({ target, runs, medianScores, representative: medianRun(runs) });
    }
  }
  await browser.close();

  const commit = gitCommit();
  const dirty = gitDirty();
  console.log(`\nFirst-load JavaScript, fresh cache, desktop Chromium; * = signed in. Differences against ${FLOOR.name} (${FLOOR.path}).`);
  console.log(`commit ${commit ?? '?'}${dirty ? ' with uncommitted changes in the build' : ''}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
  console.log(firstLoadTable(loads, floor));
  // Where a page's extra weight is: the scripts it loads that the floor does not, biggest first.
  const extras = loads.filter(({ target }) => target !== FLOOR).map(({ target, load }) => ({ target, lines: extraScripts(load, floor) })).filter(({ lines }) => lines.length > 0);
  if (extras.length > 0) console.log('\nScripts beyond the floor\'s:');
  for (const { target, lines } of extras) {
    console.log(`  ${target.name}:`);
    for (const line of lines) console.log(line);
  }

  if (settings.lighthouse) {
    console.log(`\nLighthouse ${settings.runs}× per page, mobile preset (simulated throttling), median scores; ✗ = under the goal; LCP/TBT/CLS of the median run.\n`);
    console.log(lighthouseTable(lighthouse));
    const failures = failedAudits(lighthouse);
    if (failures.length > 0) console.log(`\nAudits below the pass line where a score misses its goal (median run):\n${failures.join('\n')}`);
    // Lighthouse's own doubts about the run, such as a CPU slower than it expects: they qualify the performance scores.
    const warnings = [...new Set(lighthouse.flatMap(({ runs }) => runs.flatMap((run) => run.runWarnings)))];
    if (warnings.length > 0) console.log(`\nLighthouse warned:\n${warnings.map((warning) => `    ${warning.replace(/\s+/g, ' ')}`).join('\n')}`);
  }

  const finished = new Date();
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `browser-${finished.toISOString().replace(/[:.]/g, '-')}.json`);
  const record = {
    finishedAt: finished.toISOString(),
    commit,
    uncommittedChanges: dirty,
    settings,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), node: process.version, loadAverage: os.loadavg() },
    goals: { publicMaxPercent: PUBLIC_MAX_PERCENT, wizardMaxKiB: WIZARD_MAX_KIB, lighthouse: GOALS },
    firstLoad: loads.map(({ target, load }) => ({ ...load, goal: firstLoadVerdict(target, load, floor) })),
    lighthouse: lighthouse.map(({ target, runs, medianScores }) => ({ name: target.name, path: target.path, signedIn: target.signedIn, medianScores, runs })),
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
