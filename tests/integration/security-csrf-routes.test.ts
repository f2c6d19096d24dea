/**
 * No other site can make a signed-in person's browser change something through a route handler.
 * Every POST, PUT, PATCH and DELETE handler under app/ is found from the file system and is
 * either tried here — posted with the owner's session (the official's, for the back office) from
 * Origin https://evil.example (once as an older browser sends it, once with Sec-Fetch-Site as a
 * current one does): refused, nothing changed; the same post from the portal's own origin goes through — or named with the reason it
 * needs no Origin check. A new handler fails the first test until it is one or the other.
 * Server actions, which Next guards itself, are posted from a foreign Origin in
 * tests/e2e/security-journey.spec.ts.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { divisions, formAttachments, formDefinitions, formDrafts, formSubmissions, informationRequests, profiles, sessions, staffMembers, submissionComplements, submissionMessages } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { pdfSample, pngSample } from '../fixtures/attachments/samples';
import { callAs, residentCaller, staffCaller, type Caller } from '../support/callers';
import { makeSentItem, personOwner, type SentItem } from '../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'fi' }));
let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

const ORIGIN = 'http://localhost:3000';
/** How a post from another site arrives: from an older browser (Origin only) and a current one. */
const foreignHeaders: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }];
const ownHeaders = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' };

/**
 * State-changing handlers that need no Origin check of their own, and why. Everything else must
 * be in `checked` below.
 */
const EXEMPT: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^app\/api\/v1\//,
    reason: "the case systems' API: a caller is known only by the API key in its Authorization header, which a browser never adds by itself; the session cookie counts for nothing there (tested below)",
  },
  {
    pattern: /^app\/api\/auth\/\[\.\.\.nextauth\]\/route\.ts POST$/,
    reason: "Auth.js: its sign-in and sign-out posts need its own CSRF token (a double-submit cookie another site cannot read; tested below), and the broker's callback comes from the broker's site by design, bound to this browser by state, nonce and PKCE",
  },
  { pattern: /^app\/api\/test\//, reason: 'test hooks of the end-to-end server (its clock, a notification round): 404 unless APP_ENV=test' },
  { pattern: /^app\/api\/bench\/post-floor\/route\.ts POST$/, reason: "the benchmark's floor: reads a body, changes nothing, and is 404 in production" },
  {
    pattern: /^app\/test-idp\//,
    reason: 'the test identification service stands for the national one outside the portal and never runs in production; a sign-in it finishes still needs the state, nonce and PKCE cookies of the sign-in the portal started',
  },
];

let database: TestDatabase;
let owner: Caller;
/** The official of the item's division, for the back office's route. */
let official: Caller;
let item: SentItem;
let requestId: string;
let draftId: string;
let grantsDraftId: string | undefined;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'csrf-routes-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  owner = await residentCaller(database);
  const [session] = await database.db.select({ personId: sessions.personId }).from(sessions).where(eq(sessions.sessionToken, owner.token));
  const personId = session!.personId!;
  await database.db.insert(profiles).values({ personId, consentedAt: new Date(), mobile: '+358401234567', registeredAt: new Date() });
  item = await makeSentItem(database, personOwner(personId));
  const [urban] = await database.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, 'urban-environment'));
  official = await staffCaller(database, 'official', 'Ulla', 'Ympäristö');
  await database.db.update(staffMembers).set({ divisionId: urban!.id }).where(eq(staffMembers.firstNames, 'Ulla'));
  // The city has written, so the owner may reply; and asked for the dog's name, so they may complement.
  await database.db.insert(submissionMessages).values({ submissionId: item.id, author: 'official', divisionId: urban!.id, body: 'Kertokaa koiran nimi.' });
  await database.db.update(formSubmissions).set({ status: 'information_requested' }).where(eq(formSubmissions.id, item.id));
  const [request] = await database.db
    .insert(informationRequests)
    .values({ submissionId: item.id, divisionId: urban!.id, fieldNames: ['dogName'], attachmentsRequested: false, message: 'Koiran nimi?' })
    .returning({ id: informationRequests.id });
  requestId = request!.id;
  const [definition] = await database.db.select({ id: formDefinitions.id }).from(formDefinitions).where(eq(formDefinitions.slug, 'dog-declaration')).limit(1);
  const [draft] = await database.db.insert(formDrafts).values({ definitionId: definition!.id, formSlug: 'dog-declaration', ownerPersonId: personId, answers: {} }).returning({ id: formDrafts.id });
  draftId = draft!.id;
});

afterAll(async () => {
  await database?.dispose();
  await rm(directory, { recursive: true, force: true });
});

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
/** A draft of the arts and culture grants, whose last page has attachment fields; made at its first use. */
async function grantsDraft(): Promise<{ id: string; version: number }> {
  if (!grantsDraftId) {
    const [dogDraft] = await database.db.select({ ownerPersonId: formDrafts.ownerPersonId }).from(formDrafts).where(eq(formDrafts.id, draftId));
    const [definition] = await database.db.select({ id: formDefinitions.id }).from(formDefinitions).where(eq(formDefinitions.slug, 'arts-culture-grants')).limit(1);
    const [draft] = await database.db.insert(formDrafts).values({ definitionId: definition!.id, formSlug: 'arts-culture-grants', ownerPersonId: dogDraft!.ownerPersonId, answers: {} }).returning({ id: formDrafts.id });
    grantsDraftId = draft!.id;
  }
  const [draft] = await database.db.select({ id: formDrafts.id, version: formDrafts.version }).from(formDrafts).where(eq(formDrafts.id, grantsDraftId));
  return draft!;
}
const itemParams = () => ({ params: Promise.resolve({ locale: 'fi', itemNumber: String(item.itemNumber) }) });
const rows = async (table: typeof submissionMessages | typeof submissionComplements) => (await database.db.select({ n: count() }).from(table))[0]!.n;

type Check = {
  /** Posts as the owner with these extra headers. */
  post: (headers: Record<string, string>) => Promise<Response>;
  /** What the post would change, read before and after. */
  footprint: () => Promise<unknown>;
  /** The answer a foreign post gets. */
  refusedWith: number;
};

/** `file METHOD` → how to try it. */
const checked: Record<string, Check> = {
  'app/api/forms/autosave/route.ts POST': {
    post: async (headers) => {
      const { POST } = await import('@/app/api/forms/autosave/route');
      const [draft] = await database.db.select({ version: formDrafts.version }).from(formDrafts).where(eq(formDrafts.id, draftId));
      const body = JSON.stringify({ slug: 'dog-declaration', draftId, version: draft!.version, page: 0, answers: { lastName: 'Vieras' } });
      return POST(new NextRequest(`${ORIGIN}/api/forms/autosave`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }));
    },
    footprint: async () => (await database.db.select({ answers: formDrafts.answers, version: formDrafts.version }).from(formDrafts).where(eq(formDrafts.id, draftId)))[0],
    refusedWith: 403,
  },
  'app/api/forms/attachments/route.ts POST': {
    post: async (headers) => {
      const { POST } = await import('@/app/api/forms/attachments/route');
      const draft = await grantsDraft();
      const file = new File([new Uint8Array(pdfSample())], 'budjetti.pdf', { type: 'application/pdf' });
      const body = form({ slug: 'arts-culture-grants', draftId: draft.id, version: String(draft.version), page: '2', intent: 'upload:budget', budget__file: file });
      return POST(new NextRequest(`${ORIGIN}/api/forms/attachments`, { method: 'POST', body, headers }));
    },
    footprint: async () => ({ files: (await database.db.select({ n: count() }).from(formAttachments))[0]!.n, draft: await grantsDraft() }),
    refusedWith: 403,
  },
  'app/api/session/route.ts POST': {
    post: async (headers) => (await import('@/app/api/session/route')).POST(new NextRequest(`${ORIGIN}/api/session`, { method: 'POST', headers })),
    footprint: async () => (await database.db.select({ lastActivityAt: sessions.lastActivityAt }).from(sessions).where(eq(sessions.sessionToken, owner.token)))[0],
    refusedWith: 403,
  },
  'app/api/preferences/text-size/route.ts POST': {
    post: async (headers) => {
      const response = await (await import('@/app/api/preferences/text-size/route')).POST(new NextRequest(`${ORIGIN}/api/preferences/text-size`, { method: 'POST', body: form({ size: '150', returnTo: '/fi' }), headers }));
      lastTextSizeCookies = response.headers.getSetCookie();
      return response;
    },
    // What it changes is the browser's cookie: the answer sets it or not.
    footprint: async () => lastTextSizeCookies.length,
    refusedWith: 403,
  },
  'app/[locale]/(resident)/folder/[itemNumber]/messages/reply/route.ts POST': {
    post: async (headers) =>
      (await import('@/app/[locale]/(resident)/folder/[itemNumber]/messages/reply/route')).POST(
        new Request(`${ORIGIN}/fi/folder/${item.itemNumber}/messages/reply`, { method: 'POST', body: form({ body: 'Musti on sen nimi.' }), headers }),
        itemParams(),
      ),
    footprint: () => rows(submissionMessages),
    refusedWith: 404,
  },
  'app/[locale]/(resident)/folder/[itemNumber]/complement/send/route.ts POST': {
    post: async (headers) =>
      (await import('@/app/[locale]/(resident)/folder/[itemNumber]/complement/send/route')).POST(
        new Request(`${ORIGIN}/fi/folder/${item.itemNumber}/complement/send`, { method: 'POST', body: form({ requestId, dogName: 'Musti', files: new File([new Uint8Array(pngSample())], 'musti.png') }), headers }),
        itemParams(),
      ),
    footprint: () => rows(submissionComplements),
    refusedWith: 404,
  },
  'app/[locale]/(staff)/matters/[itemNumber]/messages/route.ts POST': {
    // The official of the item's division posts (the back office's message form).
    post: async (headers) => {
      callAs(official);
      return (await import('@/app/[locale]/(staff)/matters/[itemNumber]/messages/route')).POST(
        new Request(`${ORIGIN}/fi/matters/${item.itemNumber}/messages`, { method: 'POST', body: form({ message: 'Kiitos, saimme vastauksen.', files: new File([new Uint8Array(pngSample())], 'kuitti.png') }), headers }),
        itemParams(),
      );
    },
    footprint: () => rows(submissionMessages),
    refusedWith: 404,
  },
};
let lastTextSizeCookies: string[] = [];

describe('route handlers that change something', () => {
  it('are each checked here or named with the reason they need no Origin check', async () => {
    const found: string[] = [];
    for (const file of await routeFiles('app')) {
      const source = await readFile(file, 'utf8');
      for (const [, method] of source.matchAll(/^export (?:async function|const) (POST|PUT|PATCH|DELETE)\b/gm)) found.push(`${file} ${method}`);
    }
    expect(found.length).toBeGreaterThan(10);
    const unaccounted = found.filter((handler) => !(handler in checked) && !EXEMPT.some(({ pattern }) => pattern.test(handler)));
    expect(unaccounted, 'state-changing route handlers with no CSRF check in this test').toEqual([]);
    // And nothing here is stale.
    for (const handler of Object.keys(checked)) expect(found).toContain(handler);
  });

  for (const [handler, check] of Object.entries(checked)) {
    it(`${handler} refuses a post from another site with the person's cookies, and takes the same post from the portal's own pages`, async () => {
      callAs(owner);
      for (const headers of foreignHeaders) {
        const before = await check.footprint();
        const response = await check.post(headers);
        expect(response.status, JSON.stringify(headers)).toBe(check.refusedWith);
        expect(await check.footprint()).toEqual(before);
      }
      const before = await check.footprint();
      const response = await check.post(ownHeaders);
      expect(response.status, response.headers.get('location') ?? '').toBeLessThan(400);
      expect(await check.footprint()).not.toEqual(before);
    });
  }
});

describe('the exempt handlers', () => {
  it("the case systems' API answers a post from another site with the person's session 401, whatever the Origin", async () => {
    callAs(owner);
    const { POST } = await import('@/app/api/v1/submissions/[itemNumber]/messages/route');
    const before = await rows(submissionMessages);
    const response = await POST(
      new NextRequest(`${ORIGIN}/api/v1/submissions/${item.itemNumber}/messages`, {
        method: 'POST',
        body: JSON.stringify({ body: 'Hei' }),
        headers: { 'content-type': 'application/json', cookie: `authjs.session-token=${owner.token}`, ...foreignHeaders[1] },
      }),
      { params: Promise.resolve({ itemNumber: String(item.itemNumber) }) },
    );
    expect(response.status).toBe(401);
    expect(await rows(submissionMessages)).toBe(before);
  });

  it("Auth.js's sign-out from another site, without the CSRF token, leaves the session; with the token it ends it", async () => {
    const { GET, POST } = await import('@/app/api/auth/[...nextauth]/route');
    const live = async () => (await database.db.select({ n: count() }).from(sessions).where(eq(sessions.sessionToken, owner.token)))[0]!.n;
    const cookie = `authjs.session-token=${owner.token}`;
    const signOut = (body: Record<string, string>, headers: Record<string, string>) =>
      POST(new NextRequest(`${ORIGIN}/api/auth/signout`, { method: 'POST', body: new URLSearchParams(body), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } }) as never);

    await signOut({ callbackUrl: '/fi' }, { cookie, ...foreignHeaders[1] });
    expect(await live()).toBe(1);

    const csrf = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { cookie } }) as never);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    await signOut({ callbackUrl: '/fi', csrfToken }, { cookie: `${cookie}; ${csrfCookie}`, ...ownHeaders });
    expect(await live()).toBe(0);
  });
});

async function routeFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await routeFiles(full)));
    else if (entry.name === 'route.ts') found.push(full);
  }
  return found;
}
