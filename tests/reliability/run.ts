/**
 * `npm run test:reliability`: breaks a production server and its PostgreSQL on purpose and
 * checks that nothing acknowledged is lost and that the portal comes back by itself. See the
 * README's "Quality" section.
 *
 *   1. kill -9 of the server during 200 concurrent autosaves, then a restart: every
 *      acknowledged save is in the database.
 *   2. PostgreSQL restarted under load: /api/health says 503 and a person sees the portal's
 *      error page meanwhile, and the same server answers again by itself once it is back.
 *   3. 50 concurrent sends of one draft: one submission, one item number.
 *   4. A second server started while PostgreSQL is down: not ready, every page the translated
 *      unavailable page at once, and ready by itself once the database is back.
 *
 * It builds into .next-reliability (or uses a build: --no-build --build-dir .next-e2e), starts a
 * throw-away PostgreSQL (.ci/throwaway-postgres.sh) and `npm start`'s server (server.mjs) on it,
 * signs the bench person in with Debian's Chromium and replays the requests the browser sent.
 * Prints one table on stdout; exits 1 when a check fails. Everything it started is stopped,
 * also on failure and Ctrl-C. Not part of `npm run test:unit` (vitest.config.ts leaves tests/reliability out).
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, cleanUp, cleanUpOnSignals, freePorts, positiveOption } from '../../bench/server';
import { autosaveKill } from './autosave-kill';
import { ResidentBrowser } from './browser';
import { concurrentSend } from './concurrent-send';
import { startWithoutDatabase } from './start-without-database';
import { postgresRestart } from './postgres-restart';
import { AutosaveClient } from './replay';
import { Report, seconds } from './report';
import { startApp, startDatabase, type App } from './stack';
import { chromiumPath } from '../support/chromium';

function readSettings() {
  const { values } = parseArgs({
    options: {
      'build-dir': { type: 'string', default: '.next-reliability' },
      'no-build': { type: 'boolean', default: false },
      drafts: { type: 'string', default: '200' },
      sends: { type: 'string', default: '50' },
      chromium: { type: 'string', default: chromiumPath() },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run test:reliability -- [--no-build] [--build-dir .next-reliability] [--drafts 200] [--sends 50] [--chromium /usr/bin/chromium-headless-shell]');
    process.exit(0);
  }
  return {
    buildDir: values['build-dir'],
    build: !values['no-build'],
    drafts: positiveOption('drafts', values.drafts),
    sends: positiveOption('sends', values.sends),
    chromium: values.chromium,
  };
}

async function main(): Promise<boolean> {
  const settings = readSettings();
  const suiteStarted = performance.now();
  const report = new Report();
  const [databasePort, appPort, secondAppPort] = await freePorts(3);
  const logFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'asiointi-reliability-')), 'server.log');

  console.error(`reliability: throw-away PostgreSQL on 127.0.0.1:${databasePort}`);
  const database = await startDatabase(databasePort!);
  await buildApp({ buildDir: settings.buildDir, build: settings.build, services: 0 }, database.url);
  const appSettings = { buildDir: settings.buildDir, port: appPort!, databaseUrl: database.url, logFile };
  console.error(`reliability: node server.mjs on port ${appPort}, its log in ${logFile}`);
  let app: App = await startApp(appSettings);

  const browser = await ResidentBrowser.open(settings.chromium, app.browserBase);
  try {
    const captured = await browser.capture();
    const client = new AutosaveClient(captured.autosave, app.browserBase, app.loadBase);
    const setupMs = performance.now() - suiteStarted;

    let drafts;
    try {
      ({ app, drafts } = await autosaveKill({ report, client, app, restart: () => startApp(appSettings), databaseUrl: database.url, drafts: settings.drafts, maxLoadMs: 30_000 }));
    } catch (error) {
      report.broke('1 kill -9 during autosaves', error);
    }
    if (drafts) {
      try {
        await postgresRestart({ report, app, database, client, browser, drafts, downMs: 5000 });
      } catch (error) {
        report.broke('2 PostgreSQL restart under load', error);
      }
    } else {
      report.add('2 PostgreSQL restart under load', 'the scenario ran', false, 'not run: scenario 1 left no drafts');
    }
    try {
      await concurrentSend({ report, app, send: captured.send, databaseUrl: database.url, sends: settings.sends });
    } catch (error) {
      report.broke('3 concurrent sends of one draft', error);
    }
    // Last: it takes the database down under the first server too.
    try {
      await startWithoutDatabase({ report, database, settings: { ...appSettings, port: secondAppPort! } });
    } catch (error) {
      report.broke('4 start while PostgreSQL is down', error);
    }

    console.log(report.table());
    console.log(`\n${report.passed ? 'All checks passed' : 'FAILED'}: ${report.checks.filter((check) => check.ok).length}/${report.checks.length} checks; ` +
      `${seconds(performance.now() - suiteStarted)} in all (${seconds(setupMs)} to start the database and the server and sign in). Server log: ${logFile}`);
    return report.passed;
  } finally {
    await browser.close();
  }
}

cleanUpOnSignals();
main()
  .then(async (passed) => {
    await cleanUp();
    process.exit(passed ? 0 : 1);
  })
  .catch(async (error: unknown) => {
    console.error('reliability: stopped:', error);
    await cleanUp();
    process.exit(1);
  });
