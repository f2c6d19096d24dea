/**
 * Lighthouse (12.x: 13 needs Node 22) with Debian's Chromium, through its own command line so
 * that every run gets a fresh browser and profile, as Lighthouse expects. Mobile preset (its
 * default): a mid-range phone with simulated slow 4G and a 4× slower CPU.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT, onCleanUp, stopGroup } from './server';

const LIGHTHOUSE_CLI = path.join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Issue 8's goals, scores out of 100. SEO has none; it is reported all the same. */
export const GOALS: Partial<Record<Category, number>> = { performance: 98, accessibility: 100, 'best-practices': 100 };

/** Lighthouse's own line between a passed and a failed audit. */
const PASS_THRESHOLD = 0.9;

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

export type FailedAudit = {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** Why, where Lighthouse says so (canonical, hreflang) or lists reasons (back/forward cache). */
  explanation?: string;
};

export type LighthouseRun = {
  scores: Record<Category, number | null>;
  /** The simulated metrics behind the performance score, as Lighthouse displays them. */
  metrics: Record<string, string | undefined>;
  /** Audits of each category below Lighthouse's pass line. */
  failed: Record<Category, FailedAudit[]>;
  finalUrl: string;
  runWarnings: string[];
};

type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  explanation?: string;
  details?: { items?: unknown };
};
type Lhr = {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
};

export type LighthouseOptions = { chromePath: string; cookie?: string };

export async function runLighthouse(url: string, options: LighthouseOptions): Promise<LighthouseRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asiointi-lighthouse-'));
  const output = path.join(dir, 'report.json');
  try {
    const args = [
      LIGHTHOUSE_CLI,
      url,
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      // --no-sandbox: containers running as root; the rest keeps Chromium from phoning home mid-run.
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
      '--max-wait-for-load=60000',
    ];
    if (options.cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: options.cookie })}`);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        env: { ...process.env, CHROME_PATH: options.chromePath },
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
      });
      const forget = onCleanUp(() => stopGroup(child));
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-4000);
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        forget();
        if (code === 0) resolve();
        else reject(new Error(`lighthouse ${url} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
      });
    });
    const lhr = JSON.parse(await readFile(output, 'utf8')) as Lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return summarise(lhr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function summarise(lhr: Lhr): LighthouseRun {
  const scores = {} as Record<Category, number | null>;
  const failed = {} as Record<Category, FailedAudit[]>;
  for (const category of CATEGORIES) {
    const found = lhr.categories[category];
    scores[category] = found?.score == null ? null : Math.round(found.score * 100);
    failed[category] = (found?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((audit): audit is Audit => audit !== undefined)
      // Informative, manual and not-applicable audits have no score and never fail.
      .filter((audit) => (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings') && audit.score !== null && audit.score < PASS_THRESHOLD)
      .map((audit) => {
        // Only table-like details list items; other detail types have none, or not as an array.
        const items: unknown = audit.details?.items;
        const reasons = (Array.isArray(items) ? (items as Array<{ reason?: unknown }>) : []).map((item) => item?.reason).filter((reason): reason is string => typeof reason === 'string');
        const explanation = audit.explanation || (reasons.length > 0 ? reasons.join('; ') : undefined);
        return { id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}), ...(explanation ? { explanation } : {}) };
      });
  }
  const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue]));
  return { scores, metrics, failed, finalUrl: lhr.finalDisplayedUrl, runWarnings: lhr.runWarnings };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The run whose performance score is the median one, for its audits and metrics. */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
