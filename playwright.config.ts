import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/support/chromium';

/**
 * End-to-end tests drive Debian's Chromium against a production build (`npm run test:e2e`
 * builds into .next-e2e first) serving a fresh embedded database with the demo data.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// Another build directory and port let two test runs share a checkout.
const buildDir = process.env.E2E_BUILD_DIR ?? '.next-e2e';
const dataDir = `.data/e2e-${port}`;
// Everything the server prints during the run, which tests/e2e/server-log-check.ts reads after the
// last test for personal identity codes.
const serverLog = `.data/e2e-${port}.log`;
process.env.E2E_SERVER_LOG = serverLog;
// Specs that move the server's clock (/api/test/clock).
const serverClockSpecs = /[\\/](session-clock|notifications)\.spec\.ts$/;
const serverEnv = {
  APP_ENV: 'test',
  BUILD_DIR: buildDir,
  DATA_DIR: dataDir,
  SEED_DEMO_DATA: 'true',
  // Info, not just warnings: the log check after the tests should see every line a production
  // server at its default level would write.
  LOG_LEVEL: 'info',
  NEXT_TELEMETRY_DISABLED: '1',
  PUBLIC_URL: baseURL,
  // Every browser of the suite signs in from the same address, a few hundred times in a few
  // minutes on a fast machine: past the default 60 in five minutes, tests would meet the waiting
  // page at random. The limit itself is tested in tests/integration/sign-in-rate-limit.test.ts.
  SIGN_IN_LIMIT_PER_ADDRESS: '100000',
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // A first sign-in with registration and several accessibility scans takes 15–20 s on a
  // 2-core machine; the margin is for a machine that is busy with something else as well.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'fi-FI',
    // Recording a trace of every test, kept or not, made the suite about a third slower on two
    // cores; E2E_TRACE=on keeps one for each failed test. A failure's screenshot and its page
    // snapshot (error-context.md) are kept either way.
    trace: process.env.E2E_TRACE === 'on' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], locale: 'fi-FI' }, testIgnore: [serverClockSpecs, /editor-.*\.spec\.ts/] },
    // Editors change the catalogue every other test reads: their tests run after the others.
    { name: 'editors', use: { ...devices['Desktop Chrome'], locale: 'fi-FI' }, testMatch: /editor-.*\.spec\.ts/, dependencies: ['chromium'] },
    // Moving the server's clock would end the other tests' sessions: these run alone, last, and
    // one at a time, since each moves the clock of the other.
    { name: 'server clock', use: { ...devices['Desktop Chrome'], locale: 'fi-FI' }, testMatch: serverClockSpecs, dependencies: ['chromium', 'editors'], workers: 1 },
  ],
  globalTeardown: './tests/e2e/server-log-check.ts',
  webServer: {
    // A fresh database every run, so the tests see exactly the demo data.
    // The production server, as `npm start` runs it. Its log lines (stdout) go to the log file
    // only; what it prints on stderr goes there and to this run's output.
    command: `rm -rf ${dataDir} ${serverLog} && mkdir -p .data && node server.mjs --port ${port} 2>&1 >>${serverLog} | tee -a ${serverLog} >&2`,
    url: `${baseURL}/api/health`,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
