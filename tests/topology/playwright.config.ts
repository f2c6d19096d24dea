import { defineConfig, devices } from '@playwright/test';
import { PUBLIC_URL } from './topology';
import { chromiumPath } from '../support/chromium';

/**
 * `npm run test:topology`: the production topology (two app instances behind one address, one
 * job worker, one PostgreSQL) started by start-topology.ts, and a resident and an official using
 * it in Debian's Chromium. One test file, its steps in order, one browser worker.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  globalSetup: './start-topology.ts',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // The setup builds when there is no build yet; the steps fill and send a dozen forms on two cores.
  globalTimeout: 20 * 60_000,
  timeout: 4 * 60_000,
  expect: { timeout: 15_000 },
  outputDir: process.env.TOPOLOGY_OUTPUT_DIR ?? '../../test-results/topology',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: PUBLIC_URL,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    // A page that is stuck fails its step within a minute, so that the test can say where it stopped.
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
