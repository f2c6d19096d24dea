import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import postgres from 'postgres';
import { findResident } from '../../lib/test-idp/test-people';
import { expect, test } from '../e2e/fixtures';
import { fillAndSendDogDeclaration, signInHere, type DogDeclaration } from '../e2e/forms-support';
import { signInAsStaff } from '../e2e/staff-sign-in';
import { INSTANCE_HEADER } from './round-robin-proxy';
import { ROOT, instanceUrl, recordCheck, topologyState } from './topology';

/*
 * The production topology in use (start-topology.ts starts it): two app instances behind one
 * address, one job worker, one PostgreSQL. Each step pins its requests to an instance with the
 * proxy's header, and checks in the answers' same header which instance served them. The steps
 * run in order and share the resident's browser context, as one person's day would.
 */
test.describe.configure({ mode: 'serial' });

const state = topologyState();
const sql = postgres(state.databaseUrl, { max: 2, onnotice: () => {} });
test.afterAll(async () => {
  await sql.end();
});

// Nobody else uses this database: the benchmark's test person will do.
const resident = findResident('mikko-mittari')!;
const person = { userId: resident.bank.userId, code: resident.bank.code, mobile: resident.mobile.phone.replace(/^\+358/, '0') };
const fullName = `${resident.givenName} ${resident.familyName}`;

type Instance = 1 | 2;
const pin = (instance: Instance) => ({ [INSTANCE_HEADER]: String(instance) });

async function onInstance(page: Page, instance: Instance) {
  await page.setExtraHTTPHeaders(pin(instance));
}

/** Opens `path` on `instance` and checks that instance answered. */
async function open(page: Page, instance: Instance, path: string) {
  await onInstance(page, instance);
  const response = await page.goto(path);
  expect(response?.headers()[INSTANCE_HEADER], `${path} served by instance ${instance}`).toBe(String(instance));
  return response;
}

function dog(index: number): DogDeclaration {
  return { email: 'mikko.mittari@example.fi', streetAddress: `Instanssinkuja ${index}`, dogName: `Kaksonen ${index}`, microchip: `2460981000${String(index).padStart(5, '0')}` };
}

async function itemNumbersOfResident(): Promise<number[]> {
  const rows = await sql<{ item_number: string }[]>`
    select s.item_number::text from form_submissions s join profiles p on p.person_id = s.owner_person_id
    where p.mobile = ${resident.mobile.phone} order by s.item_number`;
  return rows.map((row) => Number(row.item_number));
}

function check(name: string, result: string, began: number) {
  recordCheck(state.checksFile, { check: name, result, ms: Date.now() - began });
}

let page: Page;
let draftItem = '';

test('a resident signs in on instance 1 and the session works on instance 2', async ({ browser }) => {
  const began = Date.now();
  page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await open(page, 1, '/en/forms/dog-declaration');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=/);
  await signInHere(page, person);
  await expect(page.getByRole('heading', { level: 2, name: '1/4 Owner information' })).toBeVisible();
  check('sign-in through the test identification service on instance 1', 'signed in, registered', began);

  const second = Date.now();
  await open(page, 2, '/en/profile');
  await expect(page.getByRole('main').getByText(fullName)).toBeVisible();
  // Text messages chosen on instance 2: the notification later goes to his phone.
  await open(page, 2, '/en/profile/edit');
  await page.getByRole('checkbox', { name: 'Text message' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/en\/profile\?saved=1$/);
  await open(page, 1, '/en/profile');
  await expect(page.getByText('Text message', { exact: true })).toBeVisible();
  check('the same session cookie on instance 2', `profile shows ${fullName}; saved there, read on 1`, second);
});

test('a draft begun on instance 1 is continued and sent on instance 2, and is in the folder on instance 1', async () => {
  const began = Date.now();
  await open(page, 1, '/en/forms/dog-declaration?new=1');
  await page.getByLabel('Street address').fill('Luonnoskatu 1');
  // The autosave keeps it as a draft, through instance 1.
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible({ timeout: 30_000 });
  const [draft] = await sql<{ id: string }[]>`select id from form_drafts where answers->>'streetAddress' = 'Luonnoskatu 1'`;
  expect(draft).toBeTruthy();

  await open(page, 2, `/en/forms/dog-declaration?draft=${draft!.id}`);
  await expect(page.getByLabel('Street address')).toHaveValue('Luonnoskatu 1');
  draftItem = await fillAndSendDogDeclaration(page, { ...dog(1), streetAddress: 'Luonnoskatu 1' });

  await open(page, 1, '/en/folder');
  await expect(page.getByRole('listitem').filter({ hasText: draftItem }).first()).toBeVisible();
  check('journey: draft on 1, continued and sent on 2, folder on 1', `item ${draftItem}`, began);
});

test('forms sent on alternate instances, then many at once on both, keep their item numbers unique', async ({}, testInfo) => {
  let began = Date.now();
  const alternate: string[] = [];
  for (const [index, instance] of [[2, 1], [3, 2], [4, 1], [5, 2]] as const) {
    await open(page, instance, '/en/forms/dog-declaration?new=1');
    alternate.push(await fillAndSendDogDeclaration(page, dog(index)));
  }
  expect(new Set(alternate).size).toBe(alternate.length);
  check('4 forms sent alternating 1, 2, 1, 2', alternate.join(', '), began);

  began = Date.now();
  const concurrent = 8;
  const pages = await Promise.all(Array.from({ length: concurrent }, () => page.context().newPage()));
  const sent = await Promise.all(
    pages.map(async (each, index) => {
      await open(each, ((index % 2) + 1) as Instance, '/en/forms/dog-declaration?new=1');
      return fillAndSendDogDeclaration(each, dog(10 + index));
    }),
  ).catch(async (error: unknown) => {
    // Only the test's own page is pictured on a failure: show where each of these stopped, too.
    for (const [index, each] of pages.entries()) {
      if (each.isClosed()) continue;
      const said = await each.locator('h2, [role="alert"], [role="status"]').allInnerTexts().catch(() => []);
      console.log(`form ${index + 1} stopped at ${each.url()}: ${said.join(' | ')}`);
      await testInfo.attach(`form ${index + 1} at ${each.url()}`, { body: await each.screenshot({ fullPage: true }), contentType: 'image/png' }).catch(() => {});
    }
    throw error;
  });
  await Promise.all(pages.map((each) => each.close()));
  const all = [draftItem, ...alternate, ...sent];
  expect(new Set(all).size, `item numbers ${all.join(', ')}`).toBe(all.length);
  // The database agrees: one submission per form sent, each with its own number.
  const stored = await itemNumbersOfResident();
  expect(stored).toEqual([...all].map(Number).sort((a, b) => a - b));
  check(`${concurrent} forms sent at once, 4 on each instance`, `${all.length} items, ${new Set(stored).size} distinct numbers in the database`, began);
});

test('an official on instance 2 changes the status; the worker sends the notification once', async ({ browser, request }) => {
  let began = Date.now();
  // The official signs in through the proxy's turns: the sign-in's steps land on both instances.
  const context = await browser.newContext({ locale: 'en-GB' });
  const official = await context.newPage();
  await signInAsStaff(official, /Ulla/);
  check('official signs in with requests taking turns between the instances', 'signed in', began);

  began = Date.now();
  await open(official, 2, `/en/matters/${draftItem}`);
  const status = official.getByRole('region', { name: 'Change status' });
  await status.getByLabel('New status').selectOption({ label: 'Received' });
  await status.getByRole('button', { name: 'Change status' }).click();
  await expect(official.getByText('The status was changed.').first()).toBeVisible();

  // A file kept by instance 2 is read by instance 1: the attachments are shared.
  const decisionPdf = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'attachments', 'decision.pdf'));
  const decision = official.getByRole('region', { name: 'Attach a decision' });
  await decision.getByLabel('Decision document').setInputFiles({ name: 'Topology decision.pdf', mimeType: 'application/pdf', buffer: decisionPdf });
  await decision.getByRole('button', { name: 'Attach the decision' }).click();
  const link = official.getByRole('link', { name: /Topology decision\.pdf/ });
  await expect(link).toBeVisible();
  const download = await official.request.get((await link.getAttribute('href'))!, { headers: pin(1) });
  expect(download.headers()[INSTANCE_HEADER]).toBe('1');
  expect(download.status()).toBe(200);
  expect(Buffer.compare(await download.body(), decisionPdf)).toBe(0);
  await context.close();
  check('status change and decision file on instance 2', 'file read back through instance 1, same bytes', began);

  // The events wait for their round on the hour.
  began = Date.now();
  const [owner] = await sql<{ person_id: string }[]>`select person_id from profiles where mobile = ${resident.mobile.phone}`;
  const pending = await sql<{ round_at: Date; notified_at: Date | null }[]>`select round_at, notified_at from pending_notifications where owner_person_id = ${owner!.person_id}`;
  expect(pending.length).toBeGreaterThan(0);
  expect(pending.every((row) => row.notified_at === null)).toBe(true);
  const roundAt = Math.max(...pending.map((row) => row.round_at.getTime()));
  const smsToHim = async () => (await sql`select count(*)::int as n from outbox_messages where channel = 'sms' and recipient = ${resident.mobile.phone}`)[0]!.n as number;
  expect(await smsToHim()).toBe(0);

  try {
    // Both instances' clocks at that round, and both run it at the same moment, as two
    // schedulers might: the rows are taken once, and the worker delivers.
    for (const instance of [1, 2] as const) {
      const moved = await request.post('/api/test/clock', { headers: pin(instance), data: { offsetMs: roundAt + 30_000 - Date.now() } });
      expect(moved.ok()).toBe(true);
    }
    const rounds = await Promise.all([1, 2].map((instance) => request.post('/api/test/notification-round', { headers: pin(instance as Instance) })));
    for (const answer of rounds) expect(answer.ok()).toBe(true);

    await expect.poll(smsToHim, { timeout: 60_000, message: 'the text message is in the outbox' }).toBe(1);
    // Time for a second message, if anything were to send one.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await smsToHim()).toBe(1);
    const after = await sql`select count(*)::int as n from pending_notifications where owner_person_id = ${owner!.person_id} and notified_at is null`;
    expect(after[0]!.n).toBe(0);
    const jobs = await sql`select state from pgboss.job where name = 'notifications.deliver' and data->>'personId' = ${owner!.person_id} and data->>'channel' = 'sms'`;
    expect(jobs.map((job) => job.state)).toEqual(['completed']);
    // The instances only enqueue (JOBS_IN_APP=false): the worker sent it.
    const workerLines = readFileSync(state.workerLog, 'utf8').split('\n').filter((line) => line.includes('notification delivery') && line.includes(owner!.person_id) && line.includes('"channel":"sms"'));
    expect(workerLines.filter((line) => line.includes('"outcome":"sent"'))).toHaveLength(1);
  } finally {
    for (const instance of [1, 2] as const) await request.post('/api/test/clock', { headers: pin(instance), data: { offsetMs: 0 } });
  }
  check('round run on both instances at once; worker delivers', '1 text message in the outbox, 1 completed job, sent by the worker', began);
});

test('instance 2 on SIGTERM: not ready at once, requests in flight answered, then it exits', async () => {
  const began = Date.now();
  const [, pid] = state.instancePids;
  const inFlight = Array.from({ length: 12 }, () => fetch(`${instanceUrl(2)}/en/e-services?q=koira`).then((response) => response.status));
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.kill(pid!, 'SIGTERM');
  // Within its five seconds of shutdown delay: still answering, but not ready.
  const [ready, live] = await Promise.all([fetch(`${instanceUrl(2)}/api/ready`), fetch(`${instanceUrl(2)}/api/live`)]);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ status: 'not-ready', reason: 'shutting-down' });
  expect(live.status).toBe(200);
  expect(await Promise.all(inFlight)).toEqual(Array.from({ length: 12 }, () => 200));
  const alive = () => {
    try {
      process.kill(pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  await expect.poll(alive, { timeout: 20_000 }).toBe(false);
  // Instance 1 serves on.
  expect((await fetch(`${instanceUrl(1)}/api/ready`)).status).toBe(200);
  check('instance 2 on SIGTERM', '/api/ready 503 at once, /api/live 200, 12 requests in flight answered 200, exited', began);
});
