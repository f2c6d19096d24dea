/**
 * Scenario 4: a server starts while PostgreSQL is down (a host rebooted, the database not up
 * yet). It must come up anyway, say it is not ready, and answer every page at once with the
 * service-unavailable page in the address's language, as plain HTML a browser without
 * JavaScript shows too; then, once the database is back, become ready by itself and serve the
 * portal, without a restart.
 */
import { firstHeading, LEAK, UNAVAILABLE_TITLES } from './page-text';
import { seconds, type Report } from './report';
import { databaseDown, databaseUp, healthyAgain, isRunning, startApp, stopApp, type AppSettings, type Database } from './stack';

const SCENARIO = '4 start while PostgreSQL is down';
/** The app tries the database every 10 s: it must be ready within this time of the database being back. */
const RECOVERY_MS = 30_000;
const HANG_MS = 10_000;
/** Each address, and the heading it must begin with. */
const PAGES = [
  { path: '/fi', heading: UNAVAILABLE_TITLES.fi },
  { path: '/sv/e-services', heading: UNAVAILABLE_TITLES.sv },
  // An anonymous service description, which the production server answers before Next.
  { path: '/en/e-services/dog-declaration', heading: UNAVAILABLE_TITLES.en },
] as const;

type Options = { report: Report; database: Database; settings: AppSettings };

type Answer = { status: number; body: string; ms: number };

async function get(url: string): Promise<Answer> {
  const started = performance.now();
  return fetch(url, { signal: AbortSignal.timeout(HANG_MS) })
    .then(async (response) => ({ status: response.status, body: await response.text(), ms: performance.now() - started }))
    .catch((error: unknown) => ({ status: 0, body: String(error), ms: performance.now() - started }));
}

export async function startWithoutDatabase({ report, database, settings }: Options): Promise<void> {
  await databaseDown(database);
  console.error('reliability: PostgreSQL is down; starting a server on it');
  const app = await startApp(settings, { waitFor: 'live' });
  try {
    const ready = await get(`${app.loadBase}/api/ready`);
    report.add(SCENARIO, 'the server comes up, but says it is not ready (/api/ready 503)', ready.status === 503 && isRunning(app), `up in ${seconds(app.startMs)}; /api/ready ${ready.status} ${ready.body.slice(0, 60)}`);

    const seen: string[] = [];
    let clean = true;
    for (const { path, heading } of PAGES) {
      const answer = await get(app.loadBase + path);
      const shown = firstHeading(answer.body);
      const fine = answer.status === 503 && shown === heading && answer.body.includes('(09) 310 88800') && !LEAK.test(answer.body) && answer.ms < HANG_MS;
      if (!fine) clean = false;
      seen.push(`${path}: ${answer.status} "${shown}" in ${seconds(answer.ms)}`);
    }
    report.add(SCENARIO, 'every page answers at once with the unavailable page in its language, without JavaScript', clean, seen.join('; '));

    await databaseUp(database);
    const upAt = performance.now();
    const backMs = await healthyAgain(app.loadBase, upAt, RECOVERY_MS * 2);
    // Ready, and the pages are the portal's again.
    let pagesBack = backMs !== undefined;
    const after: string[] = [];
    for (const path of ['/en/e-services', '/en/e-services/dog-declaration']) {
      const answer = await get(app.loadBase + path);
      if (answer.status !== 200 || !answer.body.includes('Dog declaration')) pagesBack = false;
      after.push(`${path}: ${answer.status}`);
    }
    report.add(
      SCENARIO,
      `once PostgreSQL is up, the same process becomes ready and serves the portal within ${seconds(RECOVERY_MS)}`,
      pagesBack && backMs! <= RECOVERY_MS && isRunning(app),
      `healthy after ${backMs === undefined ? 'never' : seconds(backMs)}; ${after.join('; ')}`,
    );
  } finally {
    await stopApp(app);
  }
}
