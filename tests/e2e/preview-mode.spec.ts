import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { identifyWithBank, signInFromSignInPage } from './identification';

/*
 * A preview deployment as a reviewer meets it: the end-to-end build (no new build: APP_ENV is
 * read when the server starts, not when it is built) started with APP_ENV=preview and nothing
 * else but where to listen, with a temporary folder of its own as the system's (TMPDIR). It must
 * come up seeded, with test sign-in, the outbox and the Preview marker, and write nothing into
 * the checkout's .data. Its own server, so the other tests' database is not touched.
 */

const port = Number(process.env.E2E_PORT ?? 3100) + 1;
const previewURL = `http://localhost:${port}`;
const buildDir = process.env.E2E_BUILD_DIR ?? '.next-e2e';
// The end-to-end servers' own folders and logs (.data/e2e-<port>, .data/e2e-<port>.log) change
// while this runs.
const otherServersData = /^e2e-\d+(\.log)?$/;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: previewURL });

let server: ChildProcess | undefined;
let serverErrors = '';
let temporaryFolder = '';
let dataBefore: string[] = [];

/** Every file and folder under .data with its size and time, the other test servers' aside. */
async function listDataFolder(): Promise<string[]> {
  const found: string[] = [];
  async function walk(folder: string, depth: number) {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (depth === 0 && otherServersData.test(entry.name)) continue;
      const full = path.join(folder, entry.name);
      const info = await stat(full).catch(() => null);
      found.push(`${full} ${info?.size ?? '?'} ${info?.mtimeMs ?? '?'}`);
      if (entry.isDirectory()) await walk(full, depth + 1);
    }
  }
  await walk('.data', 0);
  return found.sort();
}

async function waitUntilReady(deadline: number) {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the preview server stopped:\n${serverErrors}`);
    const answer = await fetch(`${previewURL}/api/health`).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the preview server did not answer in time:\n${serverErrors}`);
}

test.beforeAll(async () => {
  test.setTimeout(150_000);
  dataBefore = await listDataFolder();
  temporaryFolder = await mkdtemp(path.join(os.tmpdir(), 'asiointi-preview-e2e-'));
  // Not the test runner's environment: a preview must need nothing but APP_ENV. BUILD_DIR names
  // the build to start and PUBLIC_URL the port, which on a host of its own are the defaults.
  // NODE_ENV=production is what server.mjs would set by itself, starting Next's production mode.
  const previewEnvironment = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    APP_ENV: 'preview',
    BUILD_DIR: buildDir,
    PUBLIC_URL: previewURL,
    TMPDIR: temporaryFolder,
    NEXT_TELEMETRY_DISABLED: '1',
  } as const;
  const child = spawn(process.execPath, ['server.mjs', '--port', String(port)], { env: previewEnvironment, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (chunk: Buffer) => {
    serverErrors += chunk.toString();
  });
  server = child;
  await waitUntilReady(Date.now() + 140_000);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const stopped = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
  }
  if (temporaryFolder) await rm(temporaryFolder, { recursive: true, force: true });
});

/** The strip above the page that carries the marker, in the page's language. */
const previewStrip = (page: Page, marker: string) => page.getByRole('note').filter({ has: page.getByText(marker, { exact: true }) });

test('a preview shows the demo catalogue and says Preview on every page, on a phone and a desktop', async ({ page }, testInfo) => {
  await page.goto('/fi');
  await expect(previewStrip(page, 'Esikatselu').getByText('Esikatselu', { exact: true })).toBeVisible();
  await expect(previewStrip(page, 'Esikatselu')).toContainText('Tunnistautuminen on testi');

  await page.goto('/en/e-services');
  await expect(page.getByRole('heading', { level: 2, name: '32 e-services' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Dog declaration' })).toBeVisible();
  const strip = previewStrip(page, 'Preview');
  const marker = strip.getByText('Preview', { exact: true });
  await expect(marker).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('preview-1280.png') });
  await expectNoAxeViolations(page);

  // On a phone the strip is part of the page: it moves the page down and covers nothing.
  await page.setViewportSize({ width: 320, height: 700 });
  await expect(marker).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await strip.evaluate((note) => getComputedStyle(note).position)).toBe('static');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('preview-390.png') });

  await page.goto('/sv/e-services');
  await expect(previewStrip(page, 'Förhandsvisning')).toBeVisible();
});

test('test sign-in works: the demo person identifies at the test service and is greeted by name', async ({ page }) => {
  await page.goto('/en/sign-in');
  await signInFromSignInPage(page);
  await expect(page.getByText('Preview', { exact: true })).toBeVisible();
  await identifyWithBank(page, '11111111', '1111');
  await expect(page.getByRole('heading', { level: 1, name: 'Register for the e-services' })).toBeVisible();
  await expect(page.getByText('Welcome, Portaalia Nordea Testaaja.')).toBeVisible();
});

test('the outbox page answers, and the strip links to it', async ({ page }) => {
  await page.goto('/en');
  await previewStrip(page, 'Preview').getByRole('link', { name: 'Outbox' }).click();
  await expect(page).toHaveURL(/\/en\/outbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
});

test('search engines are asked to stay away from a preview', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Disallow: \/$/m);
  expect(robots).not.toContain('Allow: /');
});

test('the preview wrote nothing under .data in the checkout', async () => {
  expect(server?.exitCode, serverErrors).toBeNull();
  expect(await listDataFolder()).toEqual(dataBefore);
});
