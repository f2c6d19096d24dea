/**
 * Bad input to signing in and out: the sign-in server actions, Auth.js's routes and the built-in
 * test identification service, against an identity broker at the edge that the test runs, plus
 * the test environment's clock and notification-round routes. Generated return addresses,
 * paths, queries, bodies, tickets, codes and tokens: no answer is a 5xx or an exception, no
 * return address leads off the portal, and nothing but a sign-in's own bookkeeping is written.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { startFakeIdentityBroker, type FakeIdentityBroker } from '../../support/fake-identity-broker';
import type { TestDatabase } from '../../support/test-database';
import { anyBody, formDataOf, meaningful, nastyText, recordWrites, scaled, takeWrites, type Write } from './support';

/** The request the actions run in: its client address and the cookies Auth.js sets. */
const context = vi.hoisted(() => ({ address: '203.0.113.1', token: undefined as string | undefined, set: [] as { name: string; value: string }[] }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (name === 'authjs.session-token' && context.token ? { name, value: context.token } : undefined),
    getAll: () => (context.token ? [{ name: 'authjs.session-token', value: context.token }] : []),
    has: (name: string) => name === 'authjs.session-token' && Boolean(context.token),
    set: (name: string, value: string) => context.set.push({ name, value }),
    delete: (name: string) => context.set.push({ name, value: '' }),
  }),
  headers: async () => new Headers({ host: 'localhost:3000', 'x-forwarded-for': context.address, ...(context.token ? { cookie: `authjs.session-token=${context.token}` } : {}) }),
}));
vi.mock('next/navigation', async () => (await import('../../support/callers')).navigationModule);
const page = vi.hoisted(() => ({ locale: 'fi' }));
vi.mock('next-intl/server', () => ({ getLocale: async () => page.locale }));

const origin = 'http://localhost:3000';
let broker: FakeIdentityBroker;
let database: TestDatabase;

beforeAll(async () => {
  broker = await startFakeIdentityBroker();
  // lib/env.ts reads the environment when first imported: the broker, and the test environment's routes.
  vi.stubEnv('OIDC_ISSUER', broker.issuer);
  vi.stubEnv('PUBLIC_URL', origin);
  vi.stubEnv('APP_ENV', 'test');
  vi.resetModules();
  const { createTestDatabase } = await import('../../support/test-database');
  database = await createTestDatabase();
  // The notification round enqueues through the process's queue (lib/jobs/process-queue.ts),
  // which would open the app's configured database: here it is the test's own, enqueue-only.
  const { startJobQueue } = await import('@/lib/jobs/queue');
  const { jobDefinitions } = await import('@/lib/jobs/definitions');
  queueHolder.asiointiJobQueue = startJobQueue({ database: { location: database.location, db: database.db }, definitions: jobDefinitions(), work: false });
  await recordWrites(database);
}, 120_000);

const queueHolder = globalThis as typeof globalThis & { asiointiJobQueue?: Promise<{ stop: () => Promise<void> }> };

afterAll(async () => {
  await (await queueHolder.asiointiJobQueue)?.stop();
  queueHolder.asiointiJobQueue = undefined;
  (await import('@/lib/time/clock')).setClockOffset(0);
  await database?.dispose();
  await broker?.close();
  vi.unstubAllEnvs();
});

type Outcome = { response: Response } | { redirect: string } | { notFound: true };

async function answerOf(run: () => Promise<Response | void>): Promise<Outcome> {
  const { Redirected, NotFound } = await import('../../support/callers');
  try {
    const response = await run();
    return response ? { response } : { notFound: true };
  } catch (error) {
    if (error instanceof Redirected) return { redirect: error.url };
    if (error instanceof NotFound) return { notFound: true };
    throw error;
  }
}

/** Where a sign-in may send the browser: the portal itself, or the identity broker's or test service's sign-in page. */
function allowedDestination(location: string): boolean {
  const url = new URL(location, origin);
  return url.origin === origin || url.href.startsWith(`${broker.issuer}/authorize?`);
}

/** Cookies that say where to go after signing in must name the portal. */
function returnCookieProblems(): string[] {
  return context.set.filter((cookie) => /callback-url/.test(cookie.name) && cookie.value !== '' && new URL(decodeURIComponent(cookie.value), origin).origin !== origin).map((cookie) => `set ${cookie.name} to ${cookie.value}`);
}

const bookkeeping = ['sessions', 'test_idp_codes', 'test_idp_keys', 'sign_ins'];
function judge(outcome: Outcome, writes: Write[], allowed: string[] = bookkeeping): string[] {
  const failures: string[] = [];
  const status = 'response' in outcome ? outcome.response.status : 'redirect' in outcome ? 303 : 404;
  if (status >= 500) failures.push(`answered ${status}`);
  const location = 'redirect' in outcome ? outcome.redirect : 'response' in outcome ? outcome.response.headers.get('location') : null;
  if (location && !allowedDestination(location)) failures.push(`sent the browser to ${location}`);
  failures.push(...returnCookieProblems());
  const other = writes.filter((write) => !allowed.includes(write.tbl));
  if (other.length) failures.push(`wrote ${other.map((write) => `${write.op} ${write.tbl}`).join(', ')}`);
  return failures;
}

const address = fc.constantFrom('203.0.113.1', '203.0.113.2', '2001:db8::1', 'not an address', '', '1.1.1.1, 10.0.0.1');
const returnTo = fc.oneof(fc.constantFrom('/fi/profile', '/en/forms/dog-declaration', 'https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/fi/staff'), nastyText);

type Target = {
  covers: string[];
  runs: number;
  input: () => fc.Arbitrary<unknown>;
  call: (input: never) => Promise<Response | void>;
  allowed?: string[];
  after?: () => Promise<void>;
};

/** The addresses of Auth.js the portal's pages and the broker use. */
const authPaths = ['signin', 'signin/city', 'callback/city', 'signout', 'session', 'csrf', 'providers', 'error'];

/** Requests with bodies and queries of any kind, to `path` under the origin. */
function request(path: string, method: string, body: { body: string | Uint8Array | FormData | undefined; type: string | undefined }, headers: Record<string, string> = {}): NextRequest {
  const list = new Headers(headers);
  if (body.type) list.set('content-type', body.type);
  return new NextRequest(`${origin}${path}`, { method, headers: list, body: method === 'GET' ? undefined : (body.body as BodyInit | undefined) });
}

const query = fc.oneof(
  fc.dictionary(fc.constantFrom('client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'ui_locales', 'code', 'error', 'callbackUrl', 't', 'lang', 'returnTo', '__proto__'), nastyText, { maxKeys: 6 }),
  fc.constant({ client_id: 'asiointi', redirect_uri: `${origin}/api/auth/callback/city`, response_type: 'code', scope: 'openid profile', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', state: 's', nonce: 'n' }),
).map((values) => `?${new URLSearchParams(values as Record<string, string>).toString()}`);

/** A valid ticket of the test service (as its identify screen has it) or something else. */
async function ticketNow(): Promise<string> {
  const { authorizeParams } = await import('../../support/test-idp-client');
  const { GET } = await import('@/app/test-idp/authorize/route');
  const response = await GET(new Request(`${origin}/test-idp/authorize?${authorizeParams()}`));
  return new URL(response.headers.get('location') ?? '/', origin).searchParams.get('t') ?? '';
}
let ticket = '';

function targets(): Target[] {
  const idp = '@/app/test-idp';
  return [
    {
      covers: ['lib/auth/actions.ts#startSignIn'],
      runs: 120,
      input: () => fc.record({ form: formDataOf({ returnTo: ['/fi/profile'] }, { returnTo }), address, locale: fc.constantFrom('fi', 'sv', 'en') }),
      call: async ({ form, address: from, locale }: { form: FormData; address: string; locale: string }) => {
        context.address = from;
        page.locale = locale;
        return (await import('@/lib/auth/actions')).startSignIn(form);
      },
    },
    {
      covers: ['lib/auth/actions.ts#startStaffSignIn'],
      runs: 100,
      input: () => fc.record({ form: formDataOf({ returnTo: ['/fi/matters'] }, { returnTo }), address, locale: fc.constantFrom('fi', 'sv', 'en') }),
      call: async ({ form, address: from, locale }: { form: FormData; address: string; locale: string }) => {
        context.address = from;
        page.locale = locale;
        return (await import('@/lib/auth/actions')).startStaffSignIn(form);
      },
    },
    {
      covers: ['lib/auth/actions.ts#endSession'],
      runs: 80,
      input: () => fc.record({ token: fc.oneof(fc.constant(undefined), nastyText.map((text) => text.replace(/[^\x21-\x7e]/g, '') || 'x')), locale: fc.constantFrom('fi', 'sv', 'en') }),
      call: async ({ token, locale }: { token: string | undefined; locale: string }) => {
        context.token = token;
        page.locale = locale;
        try {
          return await (await import('@/lib/auth/actions')).endSession();
        } finally {
          context.token = undefined;
        }
      },
    },
    {
      covers: ['app/api/auth/[...nextauth]/route.ts#GET', 'app/api/auth/[...nextauth]/route.ts#POST'],
      runs: 400,
      input: () =>
        fc.record({
          method: fc.constantFrom('GET', 'POST'),
          path: fc.oneof(fc.constantFrom(...authPaths, 'verify-request', 'webauthn-options/city', 'nothing', 'callback/nothing', '..%2F..%2Fetc'), nastyText.map((text) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')))),
          query,
          body: fc.oneof(anyBody, fc.record({ csrfToken: nastyText, callbackUrl: returnTo }).map((fields) => ({ body: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' }))),
          address,
        }),
      call: async ({ method, path, query: search, body, address: from }: { method: 'GET' | 'POST'; path: string; query: string; body: { body: string | undefined; type: string | undefined }; address: string }) => {
        const route = await import('@/app/api/auth/[...nextauth]/route');
        const handler = route[method] as (request: NextRequest) => Promise<Response>;
        return handler(request(`/api/auth/${path}${search}`, method, body, { 'x-forwarded-for': from }));
      },
    },
    // The test identification service.
    { covers: ['app/test-idp/.well-known/openid-configuration/route.ts#GET'], runs: 20, input: () => query, call: async (search: string) => (await import(`${idp}/.well-known/openid-configuration/route`)).GET(request(`/test-idp/.well-known/openid-configuration${search}`, 'GET', { body: undefined, type: undefined })) },
    { covers: ['app/test-idp/jwks/route.ts#GET'], runs: 20, input: () => query, call: async (search: string) => (await import(`${idp}/jwks/route`)).GET(request(`/test-idp/jwks${search}`, 'GET', { body: undefined, type: undefined })) },
    {
      covers: ['app/test-idp/authorize/route.ts#GET', 'app/test-idp/authorize/route.ts#POST'],
      runs: 200,
      input: () => fc.record({ method: fc.constantFrom('GET', 'POST'), query, body: anyBody }),
      call: async ({ method, query: search, body }: { method: 'GET' | 'POST'; query: string; body: { body: string | undefined; type: string | undefined } }) => {
        const route = await import(`${idp}/authorize/route`);
        return method === 'GET' ? route.GET(request(`/test-idp/authorize${search}`, 'GET', body)) : route.POST(request('/test-idp/authorize', 'POST', { body: search.slice(1), type: 'application/x-www-form-urlencoded' }));
      },
    },
    {
      covers: ['app/test-idp/cancel/route.ts#GET', 'app/test-idp/language/route.ts#GET'],
      runs: 120,
      input: () => fc.record({ which: fc.constantFrom('cancel', 'language'), ticket: fc.oneof(fc.constant('valid'), nastyText), lang: fc.oneof(fc.constantFrom('fi', 'sv', 'en'), nastyText), to: nastyText }),
      call: async ({ which, ticket: t, lang, to }: { which: string; ticket: string; lang: string; to: string }) => {
        const search = new URLSearchParams({ t: t === 'valid' ? ticket : t, lang, to, returnTo: to }).toString();
        return (await import(`${idp}/${which}/route`)).GET(request(`/test-idp/${which}?${search}`, 'GET', { body: undefined, type: undefined }));
      },
    },
    {
      covers: ['app/test-idp/submit/[step]/route.ts#POST'],
      runs: 250,
      input: () =>
        fc.record({
          step: fc.oneof(fc.constantFrom('bank', 'mobile', 'card', 'card-pin', 'corporate', 'organisation', 'staff', 'identify', 'success', '__proto__', 'constructor', 'toString'), nastyText),
          form: formDataOf({ bank: ['nordea', 'op', 'x'], userId: ['11111111', '0'], code: ['1111', '0000'], phone: ['0401234567'], certificate: ['x'], pin: ['1234'], person: ['x'], organisation: ['x'], account: ['x'] }, { t: fc.oneof(fc.constant('valid'), nastyText) }),
        }),
      call: async ({ step, form }: { step: string; form: FormData }) => {
        if (form.get('t') === 'valid') form.set('t', ticket);
        return (await import(`${idp}/submit/[step]/route`)).POST(new Request(`${origin}/test-idp/submit/x`, { method: 'POST', body: form }), { params: Promise.resolve({ step }) });
      },
    },
    {
      covers: ['app/test-idp/token/route.ts#POST'],
      runs: 150,
      input: () =>
        fc.record({
          body: fc.oneof(
            fc.dictionary(fc.constantFrom('grant_type', 'code', 'redirect_uri', 'code_verifier', 'client_id', 'client_secret', '__proto__'), nastyText, { maxKeys: 6 }).map((fields) => ({ body: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' })),
            anyBody,
          ),
          auth: fc.oneof(fc.constant(''), nastyText.map((text) => `Basic ${Buffer.from(text).toString('base64')}`), fc.constantFrom('Basic', 'Basic !!!', 'Bearer x')),
        }),
      call: async ({ body, auth }: { body: { body: string | undefined; type: string | undefined }; auth: string }) => (await import(`${idp}/token/route`)).POST(request('/test-idp/token', 'POST', body, auth ? { authorization: auth } : {})),
    },
    {
      covers: ['app/test-idp/userinfo/route.ts#GET', 'app/test-idp/userinfo/route.ts#POST'],
      runs: 100,
      input: () => fc.record({ method: fc.constantFrom('GET', 'POST'), auth: fc.oneof(fc.constant(''), nastyText.map((text) => `Bearer ${text.replace(/[^\x21-\x7e]/g, '')}`), fc.constantFrom('Bearer', 'Bearer a.b.c', 'Basic x')), body: anyBody }),
      call: async ({ method, auth, body }: { method: 'GET' | 'POST'; auth: string; body: { body: string | undefined; type: string | undefined } }) => (await import(`${idp}/userinfo/route`))[method](request('/test-idp/userinfo', method, body, auth ? { authorization: auth } : {})),
    },
    // The test environment's routes (404 elsewhere).
    {
      covers: ['app/api/test/clock/route.ts#POST'],
      runs: 35,
      input: () => fc.oneof(fc.record({ offsetMs: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 8.64e15, -8.64e15)) }).map((value) => ({ body: JSON.stringify(value), type: 'application/json' })), anyBody),
      call: async (body: { body: string | undefined; type: string | undefined }) => (await import('@/app/api/test/clock/route')).POST(request('/api/test/clock', 'POST', body)),
      after: async () => (await import('@/lib/time/clock')).setClockOffset(0),
    },
    {
      covers: ['app/api/test/notification-round/route.ts#POST'],
      runs: 5,
      input: () => fc.constant(null),
      call: async () => (await import('@/app/api/test/notification-round/route')).POST(),
      allowed: [...bookkeeping, 'pending_notifications'],
    },
  ];
}

describe('bad input to signing in and out, and to the test environment', () => {
  for (const target of targets().filter((entry) => !process.env.BAD_INPUT_ONLY || entry.covers.some((covers) => covers.includes(process.env.BAD_INPUT_ONLY!)))) {
    it(`${target.covers.join(', ')}: ${target.runs} requests, none answered with a 5xx or an exception or sent off the portal`, async () => {
      ticket = await ticketNow();
      await takeWrites(database);
      await fc.assert(
        fc.asyncProperty(target.input(), async (input) => {
          context.set = [];
          try {
            const outcome = await answerOf(() => target.call(input as never));
            const failures = judge(outcome, meaningful(await takeWrites(database)), target.allowed);
            if (failures.length) throw new Error(failures.join('\n'));
          } finally {
            await target.after?.();
          }
        }),
        { numRuns: scaled(target.runs) },
      );
      // Hundreds of cases: far longer than one ordinary test, however busy the machine.
    }, 180_000);
  }
});
