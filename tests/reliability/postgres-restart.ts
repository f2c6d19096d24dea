/**
 * Scenario 2: PostgreSQL restarts (stopped as a restart stops it, started again seconds later)
 * while the app is under load. The same server process must answer again by itself once the
 * database is back, and meanwhile answer at once: /api/health with 503, and a page with the
 * service-unavailable page (503, plain HTML that shows without JavaScript) once a request has
 * met the outage, or, for the request that meets it first, the portal's own error page; never a
 * hang or a stack trace.
 */
import type { ResidentBrowser } from './browser';
import type { DraftState } from './autosave-kill';
import type { AutosaveClient } from './replay';
import { firstHeading, LEAK, UNAVAILABLE_TITLES } from './page-text';
import { seconds, type Report } from './report';
import { databaseDown, databaseUp, healthyAgain, isRunning, sleep, type App, type Database } from './stack';

const SCENARIO = '2 PostgreSQL restart under load';
/** A page the load reads anonymously: the catalogue search, which asks the database. */
const SEARCH_PAGE = '/en/e-services?q=dog';
/** A page of the signed-in person: the folder, which reads the session and the items. */
const FOLDER_PAGE = '/en/folder';
/** No request may take longer than this, database or not. */
const HANG_MS = 10_000;
/** The app must answer again within this time of the database being back. */
const RECOVERY_MS = 15_000;
/**
 * The portal's error page in English (app/[locale]/error.tsx), or, when the language layout
 * itself could not read the database (the header asks who is signed in), app/global-error.tsx,
 * which says it first in the address's language (English here), then in Finnish and Swedish.
 */
const ERROR_TITLES = ['Something went wrong'];
const ERROR_TEXT = /The page could not be shown\.( Nothing you have saved was lost\.)? Please try again in a moment\./;

type Options = {
  report: Report;
  app: App;
  database: Database;
  client: AutosaveClient;
  browser: ResidentBrowser;
  /** Drafts whose versions scenario 1 left known: the autosave load continues them. */
  drafts: DraftState[];
  /** How long the database stays down. */
  downMs: number;
};

type Outcome = { kind: 'autosave' | 'page'; startedAt: number; endedAt: number; ok: boolean };

export async function postgresRestart(options: Options): Promise<void> {
  const { report, app, client } = options;
  const pid = app.process.pid;
  const outcomes: Outcome[] = [];
  let stopped = false;

  const autosaveLoop = async (draft: DraftState, index: number) => {
    for (let round = 1; !stopped; round++) {
      const startedAt = performance.now();
      const text = `Katkokatu ${index + 1} ${round}`;
      const answer = await client.save(draft.draftId, draft.version, text, HANG_MS * 2);
      const ok = answer.kind === 'saved' && answer.version === draft.version + 1;
      if (ok) Object.assign(draft, { version: draft.version + 1, text });
      outcomes.push({ kind: 'autosave', startedAt, endedAt: performance.now(), ok });
      // As the wizard does after a failed save: a moment's pause before the next try.
      if (!ok) await sleep(250);
    }
  };
  const pageLoop = async () => {
    while (!stopped) {
      const startedAt = performance.now();
      let ok = false;
      try {
        const response = await fetch(app.loadBase + SEARCH_PAGE, { signal: AbortSignal.timeout(HANG_MS * 2) });
        ok = response.ok && (await response.text()).includes('</html>');
      } catch {
        ok = false;
      }
      outcomes.push({ kind: 'page', startedAt, endedAt: performance.now(), ok });
      if (!ok) await sleep(250);
    }
  };
  const load = Promise.all([...options.drafts.slice(0, 16).map(autosaveLoop), ...Array.from({ length: 4 }, pageLoop)]);

  try {
    // The load runs a while first: 20 answered requests, or 15 s on a busy machine.
    const loadStarted = performance.now();
    while (outcomes.filter((outcome) => outcome.ok).length < 20 && performance.now() - loadStarted < 15_000) await sleep(50);
    const beforeDown = outcomes.length;
    await databaseDown(options.database);
    const downAt = performance.now();
    console.error(`reliability: PostgreSQL is down (${beforeDown} requests before)`);

    // What the health check and a person see while it is down.
    const healthStarted = performance.now();
    const health = await fetch(`${app.loadBase}/api/health`, { signal: AbortSignal.timeout(HANG_MS) })
      .then(async (response) => ({ status: response.status, body: await response.text() }))
      .catch((error: unknown) => ({ status: 0, body: String(error) }));
    const healthMs = performance.now() - healthStarted;
    let healthStatus: string | undefined;
    try {
      healthStatus = (JSON.parse(health.body) as { status?: string }).status;
    } catch {
      healthStatus = undefined;
    }
    report.add(
      SCENARIO,
      'while PostgreSQL is down, /api/health answers 503 {"status":"error"} at once',
      health.status === 503 && healthStatus === 'error' && healthMs < HANG_MS,
      `${health.status} ${healthStatus ?? health.body.slice(0, 60)} in ${seconds(healthMs)}`,
    );

    const seen: string[] = [];
    const withoutScript: string[] = [];
    let clean = true;
    let plain = true;
    for (const path of [FOLDER_PAGE, SEARCH_PAGE]) {
      const look = await options.browser.look(path);
      const raw = await fetch(app.loadBase + path, { headers: { cookie: cookieOf(options.browser) }, signal: AbortSignal.timeout(HANG_MS) })
        .then(async (response) => ({ status: response.status, body: await response.text() }))
        .catch((error: unknown) => ({ status: 0, body: String(error) }));
      const errorPage = ERROR_TITLES.includes(look.heading) && ERROR_TEXT.test(look.text) && look.text.includes(ERROR_TITLES[0]!);
      const unavailablePage = look.heading === UNAVAILABLE_TITLES.en && look.status === 503;
      const fine = (errorPage || unavailablePage) && raw.status >= 500;
      const leaks = LEAK.test(look.text) || LEAK.test(raw.body);
      if (!fine || leaks || look.ms > HANG_MS) clean = false;
      seen.push(`${path}: ${raw.status} "${look.heading}" in ${seconds(look.ms)}${leaks ? ', LEAKS internals' : ''}`);
      // The load has met the outage by now: what a browser without JavaScript gets is in the HTML itself.
      const heading = firstHeading(raw.body);
      if (raw.status !== 503 || heading !== UNAVAILABLE_TITLES.en) plain = false;
      withoutScript.push(`${path}: ${raw.status} "${heading}"`);
    }
    report.add(SCENARIO, `while it is down, a person sees "${UNAVAILABLE_TITLES.en}" or the portal's error page, no hang, no stack trace`, clean, seen.join('; '));
    report.add(SCENARIO, 'once a request has met the outage, pages answer 503 with the unavailable page in the HTML itself (no JavaScript needed)', plain, withoutScript.join('; '));

    const waited = performance.now() - downAt;
    if (waited < options.downMs) await sleep(options.downMs - waited);
    await databaseUp(options.database);
    const upAt = performance.now();
    const downFor = upAt - downAt;
    console.error(`reliability: PostgreSQL is up again after ${seconds(downFor)}`);

    // Recovery: the first healthy answer, and the first successful autosave and page of the load started after the database was back.
    const healthBackMs = await healthyAgain(app.loadBase, upAt, RECOVERY_MS * 2);
    await sleep(3000);
    const firstOk = (kind: Outcome['kind']) => {
      const first = outcomes.filter((outcome) => outcome.kind === kind && outcome.ok && outcome.startedAt >= upAt).sort((a, b) => a.endedAt - b.endedAt)[0];
      return first ? first.endedAt - upAt : undefined;
    };
    const autosaveBackMs = firstOk('autosave');
    const pageBackMs = firstOk('page');
    stopped = true;
    await load;

    // Once back, it stays back: every request started a second after the first success succeeds.
    const recoveredAt = upAt + Math.max(healthBackMs ?? Infinity, autosaveBackMs ?? Infinity, pageBackMs ?? Infinity);
    const afterwards = outcomes.filter((outcome) => outcome.startedAt > recoveredAt + 1000);
    const failedAfterwards = afterwards.filter((outcome) => !outcome.ok).length;
    const duringOutage = outcomes.filter((outcome) => outcome.startedAt >= downAt && outcome.startedAt < upAt);
    // A request that meets the outage must be answered promptly; the others show what the machine manages.
    const took = (list: Outcome[]) => Math.max(0, ...list.map((outcome) => outcome.endedAt - outcome.startedAt));
    const longestDown = took(outcomes.filter((outcome) => outcome.endedAt >= downAt && outcome.startedAt < upAt));
    const longest = took(outcomes);
    const sameProcess = isRunning(app) && app.process.pid === pid;
    const within = (ms: number | undefined) => ms !== undefined && ms <= RECOVERY_MS;
    report.add(
      SCENARIO,
      `the same server process answers again by itself within ${seconds(RECOVERY_MS)} of PostgreSQL being back`,
      sameProcess && within(healthBackMs) && within(autosaveBackMs) && within(pageBackMs) && afterwards.length > 0 && failedAfterwards === 0,
      `down ${seconds(downFor)}; back after: health ${fmt(healthBackMs)}, autosave ${fmt(autosaveBackMs)}, page ${fmt(pageBackMs)}; ` +
        `${failedAfterwards}/${afterwards.length} failed afterwards${sameProcess ? '' : '; the server process is gone'}`,
    );
    report.add(
      SCENARIO,
      `no request hangs: each one the outage meets is answered within ${seconds(HANG_MS)}`,
      longestDown <= HANG_MS,
      `${outcomes.length} requests (16 autosave and 4 search loops), ${duringOutage.filter((outcome) => !outcome.ok).length} failed while it was down; longest then ${seconds(longestDown)}, of all ${seconds(longest)}`,
    );
  } finally {
    stopped = true;
    await load;
  }
}

const fmt = (ms: number | undefined) => (ms === undefined ? 'never' : seconds(ms));

function cookieOf(browser: ResidentBrowser): string {
  return browser.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}
