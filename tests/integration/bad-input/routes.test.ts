/**
 * Bad input to every route handler of the portal's own pages and APIs (the sign-in routes and
 * the test identification service are in auth.test.ts): generated addresses, parameters,
 * headers and bodies — JSON of any shape with __proto__ keys, forms with fields missing,
 * repeated or too long, files where text belongs, binary noise, the wrong content type, foreign
 * origins, other people's items and files. No answer is a 5xx or an exception; a refusal a
 * person sees is in Finnish, Swedish and English (the backend API's, for machines, is an RFC 9457
 * problem with a detail); nothing is written for a refusal, and what is accepted is valid.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { divisions, formAttachments, formDrafts, formSubmissions, informationRequests, persons, profiles, sessions, staffMembers, submissionFiles, submissionMessages } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { createCaseSystem } from '@/lib/api/case-systems';
import { encryptPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { LocalDiskStorage } from '@/lib/attachments/local-disk-storage';
import { newAttachmentKey } from '@/lib/attachments/storage';
import type { FormDefinition } from '@/lib/forms/definition';
import { latestDefinition } from '@/lib/forms/queries';
import { checkAnswers } from '@/lib/forms/schema';
import { readFlash } from '@/lib/matters/flash';
import { pdfSample } from '../../fixtures/attachments/samples';
import { callAs, NotFound, Redirected, residentCaller, staffCaller, type Caller } from '../../support/callers';
import { makeSentItem, personOwner, type SentItem } from '../../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { anyBody, anyFile, anyJson, formDataOf, meaningful, nastyText, printable, recordWrites, scaled, takeWrites, untranslated, type Write } from './support';

vi.mock('next/headers', async () => (await import('../../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../../support/callers')).navigationModule);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'fi' }));
let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage: Storage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new Storage(directory) };
});

const origin = 'http://localhost:3000';
let database: TestDatabase;
let dog: FormDefinition;

/** The resident whose item, draft and files the routes are pointed at, and the official of its division. */
let owner: Caller;
let officialCaller: Caller;
let item: SentItem;
let otherItem: SentItem;
let requestId: string;
let draftId: string;
let otherDraftId: string;
let fileIds: string[];
let apiKey: string;

// ---------------------------------------------------------------------------------------------
// Requests

type Body = { body: string | Uint8Array | FormData | undefined; type: string | undefined };

/** Headers a browser, a script or another site's page would send. */
const requestHeaders = fc.record({
  site: fc.constantFrom('same-origin', 'same-origin', 'same-origin', 'cross-site', 'none', undefined),
  origin: fc.constantFrom(undefined, origin, 'https://evil.example', 'null', 'not a url'),
  length: fc.constantFrom(undefined, undefined, '0', '-1', '99999999999', 'abc'),
});

function requestOf(url: string, method: string, body: Body, headers: { site?: string; origin?: string; length?: string }, extra: Record<string, string> = {}): NextRequest {
  const list = new Headers(extra);
  if (body.type) list.set('content-type', body.type);
  if (headers.site) list.set('sec-fetch-site', headers.site);
  if (headers.origin) list.set('origin', headers.origin);
  list.set('host', 'localhost:3000');
  const hasBody = method !== 'GET' && body.body !== undefined;
  const request = new NextRequest(url, { method, headers: list, body: hasBody ? (body.body as BodyInit) : undefined });
  // A declared length the body does not have: what a hand-written client may send.
  if (headers.length !== undefined) request.headers.set('content-length', headers.length);
  return request;
}

const locale = fc.constantFrom('fi', 'sv', 'en', 'fi', 'de', '', '__proto__', '..');
const params = <T extends Record<string, string>>(values: T) => ({ params: Promise.resolve(values) });

/** A form the reply or complement page could post, or any other body. */
const postedBody = (fields: Parameters<typeof formDataOf>[0]): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 4, arbitrary: formDataOf(fields).map((form) => ({ body: form, type: undefined })) },
    { weight: 1, arbitrary: anyBody },
  );

// ---------------------------------------------------------------------------------------------
// Answers

type Outcome = { response: Response } | { redirect: string } | { notFound: true };

async function answerOf(run: () => Promise<Response>): Promise<Outcome> {
  try {
    return { response: await run() };
  } catch (error) {
    if (error instanceof Redirected) return { redirect: error.url };
    if (error instanceof NotFound) return { notFound: true };
    throw error;
  }
}

const cookieJar = (response: Response) => {
  const jar = new Map(response.headers.getSetCookie().map((cookie) => [cookie.split('=')[0]!, cookie.split(';')[0]!.split('=').slice(1).join('=')]));
  return { get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined) };
};

type Judge = (outcome: Outcome, writes: Write[]) => Promise<string[]>;

const wroteNothing = (writes: Write[], why: string) => (writes.length ? [`${why}, but wrote ${writes.map((write) => `${write.op} ${write.tbl}`).join(', ')}`] : []);
const onlyTables = (writes: Write[], tables: string[]) => {
  const other = writes.filter((write) => !tables.includes(write.tbl));
  return other.length ? [`wrote ${other.map((write) => `${write.op} ${write.tbl}`).join(', ')}, which it should not`] : [];
};
const status = (outcome: Outcome) => ('response' in outcome ? outcome.response.status : 'redirect' in outcome ? 303 : 404);
const serverError = (outcome: Outcome) => (status(outcome) >= 500 ? [`answered ${status(outcome)}`] : []);

/** A form post of a resident or an official: a 303 back with "sent" (valid rows), with a flash of translated problems (nothing written), a sign-in, or a 404. */
function flashJudge(form: string, sentParam: RegExp, tables: string[], valid: (write: Write) => string | null = () => null): Judge {
  return async (outcome, writes) => {
    const failures = serverError(outcome);
    if (!('response' in outcome)) return [...failures, ...wroteNothing(writes, 'refused')];
    const { response } = outcome;
    if (response.status === 404) return [...failures, ...wroteNothing(writes, 'answered 404')];
    if (response.status !== 303) return [...failures, `answered ${response.status}, not a 303 back or a 404`];
    const location = new URL(response.headers.get('location') ?? '', origin);
    if (location.origin !== origin) failures.push(`sent the person off the portal to ${location.href}`);
    const flashId = location.searchParams.get('flash');
    if (flashId) {
      const flash = readFlash(cookieJar(response), form, flashId);
      if (!flash) return [...failures, 'answered with a flash that cannot be read'];
      const problems = Object.values(flash.problems).flat();
      if (problems.length === 0) failures.push('refused without a message');
      for (const problem of problems) {
        const missing = untranslated(problem.key, problem.values);
        if (missing) failures.push(missing);
      }
      return [...failures, ...wroteNothing(writes, 'refused')];
    }
    if (sentParam.test(location.search)) return [...failures, ...onlyTables(writes, tables), ...writes.map(valid).filter((problem): problem is string => problem !== null)];
    // To sign in or register first.
    return [...failures, ...wroteNothing(writes, `sent to ${location.pathname}`)];
  };
}

/** A download: the file to whom it belongs, 404 to everyone else, a sign-in for nobody signed in. */
const downloadJudge =
  (tables: string[] = []): Judge =>
  async (outcome, writes) => [...serverError(outcome), ...(status(outcome) === 200 ? onlyTables(writes, tables) : wroteNothing(writes, `answered ${status(outcome)}`))];

/** The backend API: 2xx with valid rows, or an RFC 9457 problem that says what is wrong, and nothing written. */
function apiJudge(tables: string[]): Judge {
  return async (outcome, writes) => {
    const failures = serverError(outcome);
    if (!('response' in outcome)) return [...failures, `answered with a page's ${JSON.stringify(outcome)}`];
    const { response } = outcome;
    if (response.status < 300) return [...failures, ...onlyTables(writes, tables)];
    if (!(response.headers.get('content-type') ?? '').startsWith('application/problem+json')) failures.push(`answered ${response.status} as ${response.headers.get('content-type')}, not a problem`);
    const problem = (await response.json().catch(() => ({}))) as { title?: unknown; detail?: unknown; status?: unknown };
    if (typeof problem.title !== 'string' || !problem.title || typeof problem.detail !== 'string' || !problem.detail) failures.push(`a problem without a title and detail: ${JSON.stringify(problem)}`);
    if (problem.status !== response.status) failures.push(`a problem whose status ${String(problem.status)} is not the answer's ${response.status}`);
    return [...failures, ...wroteNothing(writes, `answered ${response.status}`)];
  };
}

/** Anything below 500, and nothing written. */
const plainJudge: Judge = async (outcome, writes) => [...serverError(outcome), ...wroteNothing(writes, `answered ${status(outcome)}`)];

// ---------------------------------------------------------------------------------------------
// The routes

type Target = { covers: string[]; runs: number; input: () => fc.Arbitrary<unknown>; call: (input: never) => Promise<Response>; judge: Judge; caller?: () => Caller | null };

/**
 * A path parameter as Next hands it over: decoded from the address's UTF-8, so never a lone
 * surrogate (an address whose %-escapes are not UTF-8 is refused before any route runs).
 */
const asParam = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const itemNumberParam = () => fc.oneof(fc.constantFrom(String(item.itemNumber), String(otherItem.itemNumber), String(item.itemNumber + 1_000_000), '0', '-1', '1e5', '100000000000000000000'), nastyText.map(asParam));
const fileIdParam = () => fc.oneof(fc.constantFrom(...fileIds, '00000000-0000-4000-8000-000000000000'), nastyText.map(asParam));
/** Who calls: mostly the owner, sometimes nobody, someone with a made-up session, or the official. */
const anyCaller = () => fc.constantFrom<Caller | null>(owner, owner, owner, null, { token: 'made-up-token', name: 'nobody' }, officialCaller);

function targets(): Target[] {
  return [
    {
      covers: ['app/[locale]/(resident)/folder/[itemNumber]/messages/reply/route.ts#POST'],
      runs: 400,
      input: () => fc.record({ locale, itemNumber: itemNumberParam(), body: postedBody({ body: ['Kiitos, tässä todistus.', ''], returnTo: ['/fi/folder?page=2', 'https://evil.example/'], files: [] }), headers: requestHeaders, caller: anyCaller() }),
      call: async ({ locale: language, itemNumber, body, headers, caller }: { locale: string; itemNumber: string; body: Body; headers: never; caller: Caller | null }) => {
        callAs(caller);
        const { POST } = await import('@/app/[locale]/(resident)/folder/[itemNumber]/messages/reply/route');
        return POST(requestOf(`${origin}/${language}/folder/${itemNumber}/messages/reply`, 'POST', body, headers), params({ locale: language, itemNumber }));
      },
      judge: flashJudge('reply', /reply=sent/, ['submission_messages', 'submission_files', 'submission_events', 'form_submissions'], (write) => (write.tbl === 'submission_messages' && (String(write.row.body).trim() === '' || [...String(write.row.body)].length > 4000) ? `a reply of ${[...String(write.row.body)].length} characters` : null)),
    },
    {
      covers: ['app/[locale]/(resident)/folder/[itemNumber]/complement/send/route.ts#POST'],
      runs: 400,
      input: () =>
        fc.record({
          locale,
          itemNumber: itemNumberParam(),
          body: postedBody({ requestId: [requestId, '00000000-0000-4000-8000-000000000000'], dogName: ['Musti'], colour: ['musta'], files: [] }),
          headers: requestHeaders,
          caller: anyCaller(),
        }),
      call: async ({ locale: language, itemNumber, body, headers, caller }: { locale: string; itemNumber: string; body: Body; headers: never; caller: Caller | null }) => {
        callAs(caller);
        const { POST } = await import('@/app/[locale]/(resident)/folder/[itemNumber]/complement/send/route');
        return POST(requestOf(`${origin}/${language}/folder/${itemNumber}/complement/send`, 'POST', body, headers), params({ locale: language, itemNumber }));
      },
      judge: flashJudge('complement', /sent=1/, ['submission_complements', 'submission_files', 'submission_events', 'form_submissions', 'information_requests'], (write) =>
        write.tbl === 'submission_complements' && !checkAnswers(dog, write.row.answers, { mode: 'draft' }).ok ? `complement answers ${JSON.stringify(write.row.answers).slice(0, 200)} do not pass the form's rules` : null,
      ),
    },
    {
      covers: ['app/[locale]/(staff)/matters/[itemNumber]/messages/route.ts#POST'],
      runs: 300,
      input: () =>
        fc.record({
          locale,
          itemNumber: itemNumberParam(),
          body: postedBody({ message: ['Lähettäkää rokotustodistus.', ''], files: [] }),
          headers: requestHeaders,
          caller: fc.constantFrom<Caller | null>(officialCaller, officialCaller, officialCaller, owner, null, { token: 'made-up-token', name: 'nobody' }),
        }),
      call: async ({ locale: language, itemNumber, body, headers, caller }: { locale: string; itemNumber: string; body: Body; headers: never; caller: Caller | null }) => {
        callAs(caller);
        const { POST } = await import('@/app/[locale]/(staff)/matters/[itemNumber]/messages/route');
        return POST(requestOf(`${origin}/${language}/matters/${itemNumber}/messages`, 'POST', body, headers), params({ locale: language, itemNumber }));
      },
      judge: flashJudge('message-form', /done=message/, ['submission_messages', 'submission_files', 'submission_events', 'form_submissions', 'pending_notifications', 'audit_entries'], (write) =>
        write.tbl === 'submission_messages' && (String(write.row.body).trim() === '' || [...String(write.row.body)].length > 4000) ? `a message of ${[...String(write.row.body)].length} characters` : null,
      ),
    },
    {
      covers: ['app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route.ts#GET'],
      runs: 250,
      input: () => fc.record({ locale, itemNumber: itemNumberParam(), fileId: fileIdParam(), caller: anyCaller() }),
      call: async ({ locale: language, itemNumber, fileId, caller }: { locale: string; itemNumber: string; fileId: string; caller: Caller | null }) => {
        callAs(caller);
        const { GET } = await import('@/app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route');
        return GET(new Request(`${origin}/`), params({ locale: language, itemNumber, fileId }));
      },
      judge: downloadJudge(),
    },
    {
      covers: ['app/[locale]/(staff)/matters/[itemNumber]/files/[fileId]/route.ts#GET'],
      runs: 200,
      input: () => fc.record({ locale, itemNumber: itemNumberParam(), fileId: fileIdParam(), caller: fc.constantFrom<Caller | null>(officialCaller, officialCaller, owner, null) }),
      call: async ({ locale: language, itemNumber, fileId, caller }: { locale: string; itemNumber: string; fileId: string; caller: Caller | null }) => {
        callAs(caller);
        const { GET } = await import('@/app/[locale]/(staff)/matters/[itemNumber]/files/[fileId]/route');
        return GET(new Request(`${origin}/`), params({ locale: language, itemNumber, fileId }));
      },
      judge: downloadJudge(['submission_access_log']),
    },
    {
      covers: ['app/api/forms/autosave/route.ts#POST'],
      runs: 450,
      input: () =>
        fc.record({
          body: fc.oneof(
            {
              weight: 4,
              arbitrary: fc
                .record({
                  slug: fc.oneof(fc.constantFrom('dog-declaration', 'dog-declaration', 'no-such-form', '__proto__'), nastyText),
                  // Mostly the caller's own draft, so that the save itself is reached.
                  draftId: fc.oneof({ weight: 3, arbitrary: fc.constant(draftId) }, { weight: 1, arbitrary: fc.constantFrom(null, otherDraftId, '00000000-0000-4000-8000-000000000000') }, { weight: 1, arbitrary: nastyText }),
                  version: fc.oneof(fc.constantFrom(null, 1, 2, 0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1.5), fc.integer(), fc.maxSafeInteger()),
                  page: fc.oneof(fc.constantFrom(0, 1, 2, 3, 99, -1, 0.5), fc.integer()),
                  answers: fc.oneof(
                    fc.dictionary(fc.constantFrom('dogName', 'breed', 'colour', 'microchip', 'dateOfBirth', 'lastName', 'contactBy', 'owners', '__proto__', 'constructor'), fc.oneof(nastyText, fc.array(nastyText, { maxLength: 3 }), anyJson), { maxKeys: 5 }),
                    anyJson,
                  ),
                }, { requiredKeys: [] })
                .map((value) => ({ body: JSON.stringify(value), type: 'application/json' })),
            },
            { weight: 1, arbitrary: anyBody },
          ),
          headers: requestHeaders,
          caller: anyCaller(),
        }),
      call: async ({ body, headers, caller }: { body: Body; headers: never; caller: Caller | null }) => {
        callAs(caller);
        const { POST } = await import('@/app/api/forms/autosave/route');
        return POST(requestOf(`${origin}/api/forms/autosave`, 'POST', body, headers));
      },
      judge: async (outcome, writes) => {
        const failures = serverError(outcome);
        if (!('response' in outcome)) return [...failures, `answered ${JSON.stringify(outcome)}`];
        const answer = (await outcome.response.json().catch(() => null)) as { status?: string; fieldErrors?: Record<string, string> } | null;
        // Each status is one the wizard's autosave tells the person about (FormWizard.autosave) or stops at.
        const known = ['saved', 'invalid', 'notFound', 'conflict', 'expired', 'sent', 'forbidden', 'tooLarge', 'invalidRequest'];
        if (!answer || !known.includes(answer.status ?? '')) return [...failures, `answered ${JSON.stringify(answer)}`];
        if (answer.status === 'invalid') {
          for (const key of Object.values(answer.fieldErrors ?? {})) {
            const missing = untranslated(key);
            if (missing) failures.push(missing);
          }
        }
        if (answer.status !== 'saved') return [...failures, ...wroteNothing(writes, `answered ${answer.status}`)];
        return [
          ...failures,
          ...onlyTables(writes, ['form_drafts']),
          ...writes.map((write) => (checkAnswers(dog, write.row.answers, { mode: 'draft' }).ok ? null : `saved answers ${JSON.stringify(write.row.answers).slice(0, 200)} that do not pass the form's rules`)).filter((problem): problem is string => problem !== null),
        ];
      },
    },
    {
      covers: ['app/api/forms/attachments/route.ts#POST'],
      runs: 150,
      input: () =>
        fc.record({
          body: fc.oneof(
            {
              weight: 4,
              arbitrary: fc
                .tuple(
                  formDataOf({ budget: [], otherAttachments: [], projectName: ['Kesäkonsertit'] }),
                  fc.record({
                    // Mostly the grants' attachments page of a new draft, so that the file is reached.
                    slug: fc.oneof({ weight: 4, arbitrary: fc.constant('arts-culture-grants') }, { weight: 1, arbitrary: fc.constantFrom('dog-declaration', 'no-such-form', '__proto__') }, { weight: 1, arbitrary: nastyText }),
                    draftId: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(draftId, otherDraftId, '00000000-0000-4000-8000-000000000000') }, { weight: 1, arbitrary: nastyText }),
                    version: fc.oneof(fc.constantFrom('', '1', '2', '0', '-1', '1.5', '99999999999'), nastyText),
                    page: fc.oneof({ weight: 3, arbitrary: fc.constant('2') }, { weight: 1, arbitrary: fc.constantFrom('0', '3', '99', '-1', '0.5', '') }, { weight: 1, arbitrary: nastyText }),
                    intent: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('upload:budget', 'upload:otherAttachments') }, { weight: 1, arbitrary: fc.constantFrom('upload:', 'upload:projectName', 'upload:__proto__', 'save', '') }, { weight: 1, arbitrary: nastyText }),
                    file: fc.oneof({ weight: 2, arbitrary: fc.constant<'pdf' | 'none'>('pdf') }, { weight: 1, arbitrary: fc.constant<'pdf' | 'none'>('none') }, { weight: 2, arbitrary: anyFile }),
                  }),
                )
                .map(([data, fields]) => {
                  for (const name of ['slug', 'draftId', 'version', 'page', 'intent'] as const) data.set(name, fields[name]);
                  const field = fields.intent.startsWith('upload:') ? fields.intent.slice('upload:'.length) : 'budget';
                  const file = fields.file === 'pdf' ? new File([new Uint8Array(pdfSample())], 'talousarvio.pdf', { type: 'application/pdf' }) : fields.file === 'none' ? null : fields.file;
                  if (file) data.set(`${field}__file`, file);
                  return { body: printable(data), type: undefined };
                }),
            },
            { weight: 1, arbitrary: anyBody },
          ),
          // Mostly the owner from the portal's own page, so that the upload itself is reached.
          headers: fc.oneof({ weight: 2, arbitrary: fc.constant({ site: 'same-origin' }) }, { weight: 1, arbitrary: requestHeaders }),
          caller: fc.oneof({ weight: 2, arbitrary: fc.constant(owner) }, { weight: 1, arbitrary: anyCaller() }),
        }),
      call: async ({ body, headers, caller }: { body: Body; headers: never; caller: Caller | null }) => {
        callAs(caller);
        const { POST } = await import('@/app/api/forms/attachments/route');
        return POST(requestOf(`${origin}/api/forms/attachments`, 'POST', body, headers));
      },
      judge: async (outcome, writes) => {
        const failures = serverError(outcome);
        if (!('response' in outcome)) return [...failures, `answered ${JSON.stringify(outcome)}`];
        const answer = (await outcome.response.json().catch(() => null)) as { status?: string; fieldErrors?: Record<string, string>; errorValues?: Record<string, Record<string, unknown>> } | null;
        // Each status is one the wizard tells the person about beside the field or stops at.
        const known = ['added', 'refused', 'invalid', 'notFound', 'conflict', 'expired', 'sent', 'forbidden', 'tooLarge', 'invalidRequest'];
        if (!answer || !known.includes(answer.status ?? '')) return [...failures, `answered ${JSON.stringify(answer)}`];
        for (const [field, key] of Object.entries(answer.fieldErrors ?? {})) {
          const missing = untranslated(key, answer.errorValues?.[field]);
          if (missing) failures.push(missing);
        }
        // The page's answers are saved before the file is looked at; only an attached file is stored.
        if (answer.status === 'added') return [...failures, ...onlyTables(writes, ['form_drafts', 'form_attachments'])];
        if (answer.status === 'refused') return [...failures, ...onlyTables(writes, ['form_drafts'])];
        return [...failures, ...wroteNothing(writes, `answered ${answer.status}`)];
      },
    },
    {
      covers: ['app/api/preferences/text-size/route.ts#POST'],
      runs: 200,
      input: () => fc.record({ body: fc.oneof(formDataOf({ size: ['normal', 'large', 'larger'], returnTo: ['/fi', 'https://evil.example/', '//evil.example'] }).map((form) => ({ body: form, type: undefined })), anyBody), headers: requestHeaders }),
      call: async ({ body, headers }: { body: Body; headers: never }) => {
        const { POST } = await import('@/app/api/preferences/text-size/route');
        return POST(requestOf(`${origin}/api/preferences/text-size`, 'POST', body, headers));
      },
      judge: async (outcome, writes) => {
        const failures = await plainJudge(outcome, writes);
        if ('response' in outcome && outcome.response.status === 303) {
          const location = new URL(outcome.response.headers.get('location') ?? '', origin);
          if (location.origin !== origin) failures.push(`sent the person off the portal to ${location.href}`);
        }
        return failures;
      },
    },
    {
      covers: ['app/api/session/route.ts#GET', 'app/api/session/route.ts#POST'],
      runs: 150,
      input: () => fc.record({ method: fc.constantFrom('GET', 'POST'), body: anyBody, headers: requestHeaders, caller: anyCaller() }),
      call: async ({ method, body, headers, caller }: { method: 'GET' | 'POST'; body: Body; headers: never; caller: Caller | null }) => {
        callAs(caller);
        const route = await import('@/app/api/session/route');
        const request = requestOf(`${origin}/api/session`, method, body, headers);
        return method === 'GET' ? route.GET() : (route.POST as (request: Request) => Promise<Response>)(request);
      },
      judge: plainJudge,
    },
    {
      covers: ['app/api/my-data/route.ts#GET'],
      runs: 80,
      input: () => anyCaller(),
      call: async (caller: Caller | null) => {
        callAs(caller);
        return (await import('@/app/api/my-data/route')).GET();
      },
      judge: plainJudge,
    },
    {
      covers: ['app/api/health/route.ts#GET'],
      runs: 30,
      input: () => fc.constant(null),
      call: async () => (await import('@/app/api/health/route')).GET(),
      judge: plainJudge,
    },
    {
      covers: ['app/api/live/route.ts#GET'],
      runs: 20,
      input: () => fc.constant(null),
      call: async () => (await import('@/app/api/live/route')).GET(),
      judge: plainJudge,
    },
    {
      covers: ['app/api/ready/route.ts#GET'],
      runs: 30,
      input: () => fc.constant(null),
      call: async () => (await import('@/app/api/ready/route')).GET(),
      judge: plainJudge,
    },
    {
      covers: ['app/api/bench/post-floor/route.ts#POST'],
      runs: 150,
      input: () => fc.record({ body: anyBody, headers: requestHeaders }),
      call: async ({ body, headers }: { body: Body; headers: never }) => (await import('@/app/api/bench/post-floor/route')).POST(requestOf(`${origin}/api/bench/post-floor`, 'POST', body, headers)),
      judge: plainJudge,
    },
    {
      covers: ['app/api/v1/openapi.json/route.ts#GET'],
      runs: 20,
      input: () => fc.constant(null),
      call: async () => (await import('@/app/api/v1/openapi.json/route')).GET(),
      judge: plainJudge,
    },
    // The backend API, with the dog declarations' case system's key (and sometimes a wrong one).
    ...apiTargets(),
  ];
}

const authorization = () => fc.oneof({ weight: 6, arbitrary: fc.constant(`Bearer ${apiKey}`) }, { weight: 1, arbitrary: fc.constantFrom('', 'Bearer', 'Bearer asi_x_y', `Basic ${apiKey}`, `Bearer ${apiKey}x`, `bearer ${apiKey}`) }, { weight: 1, arbitrary: nastyText.map((text) => `Bearer ${text.replace(/[\r\n\u0000]/g, '')}`) });

function apiTargets(): Target[] {
  const v1 = '@/app/api/v1/submissions';
  type Call = { itemNumber: string; fileId: string; body: Body; auth: string; query: string };
  const input = (body: fc.Arbitrary<Body>) => () =>
    fc.record({
      itemNumber: itemNumberParam(),
      fileId: fileIdParam(),
      body,
      auth: authorization(),
      query: fc.oneof(fc.constantFrom('', '?status=sent', '?limit=0', '?limit=101', '?limit=abc', '?cursor=x', '?since=2026-02-30', '?sort=__proto__', '?service=dog-declaration&limit=5'), nastyText.map((text) => `?${new URLSearchParams({ [text.slice(0, 10) || 'q']: text }).toString()}`)),
    });
  const request = (call: Call, pathname: string, method = 'GET') => {
    let auth = call.auth;
    try {
      new Headers({ authorization: auth });
    } catch {
      auth = 'Bearer not-a-header-value';
    }
    return requestOf(`${origin}/api/v1${pathname}${call.query}`, method, call.body, { site: undefined, origin: undefined, length: undefined }, { authorization: auth });
  };
  const jsonOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
    fc.oneof({ weight: 3, arbitrary: fc.record(fields, { requiredKeys: [] }).map((value) => ({ body: JSON.stringify(value), type: 'application/json' })) }, { weight: 1, arbitrary: anyBody });
  const messageForm = formDataOf({ body: ['Hei, päätös on tehty.'], files: [] }).map((form) => ({ body: form, type: undefined as string | undefined }));
  return [
    {
      covers: ['app/api/v1/submissions/route.ts#GET'],
      runs: 200,
      input: input(fc.constant({ body: undefined, type: undefined })),
      call: async (call: Call) => (await import(`${v1}/route`)).GET(request(call, '/submissions'), params({})),
      judge: apiJudge([]),
    },
    {
      covers: ['app/api/v1/submissions/[itemNumber]/route.ts#GET'],
      runs: 200,
      input: input(fc.constant({ body: undefined, type: undefined })),
      call: async (call: Call) => (await import(`${v1}/[itemNumber]/route`)).GET(request(call, `/submissions/${encodeURIComponent(call.itemNumber)}`), params({ itemNumber: call.itemNumber })),
      judge: apiJudge(['submission_access_log', 'pending_notifications']),
    },
    {
      covers: ['app/api/v1/submissions/[itemNumber]/attachments/[attachmentId]/route.ts#GET'],
      runs: 200,
      input: input(fc.constant({ body: undefined, type: undefined })),
      call: async (call: Call) =>
        (await import(`${v1}/[itemNumber]/attachments/[attachmentId]/route`)).GET(request(call, `/submissions/${encodeURIComponent(call.itemNumber)}/attachments/${encodeURIComponent(call.fileId)}`), params({ itemNumber: call.itemNumber, attachmentId: call.fileId })),
      judge: apiJudge(['submission_access_log']),
    },
    {
      covers: ['app/api/v1/submissions/[itemNumber]/status/route.ts#POST'],
      runs: 200,
      input: input(jsonOf({ status: fc.oneof(fc.constantFrom('received', 'processing', 'decided', 'cancelled', 'sent', 'information_requested'), nastyText, anyJson) })),
      call: async (call: Call) => (await import(`${v1}/[itemNumber]/status/route`)).POST(request(call, `/submissions/${encodeURIComponent(call.itemNumber)}/status`, 'POST'), params({ itemNumber: call.itemNumber })),
      judge: apiJudge(['form_submissions', 'submission_events', 'pending_notifications', 'audit_entries']),
    },
    {
      covers: ['app/api/v1/submissions/[itemNumber]/messages/route.ts#POST'],
      runs: 250,
      input: input(fc.oneof(jsonOf({ body: fc.oneof(fc.constant('Hei.'), nastyText, anyJson) }), messageForm)),
      call: async (call: Call) => (await import(`${v1}/[itemNumber]/messages/route`)).POST(request(call, `/submissions/${encodeURIComponent(call.itemNumber)}/messages`, 'POST'), params({ itemNumber: call.itemNumber })),
      judge: apiJudge(['form_submissions', 'submission_events', 'pending_notifications', 'audit_entries', 'submission_messages', 'submission_files']),
    },
    {
      covers: ['app/api/v1/submissions/[itemNumber]/decisions/route.ts#POST'],
      runs: 200,
      input: input(fc.oneof(formDataOf({ file: [] }).map((form) => ({ body: form, type: undefined as string | undefined })), anyBody)),
      call: async (call: Call) => (await import(`${v1}/[itemNumber]/decisions/route`)).POST(request(call, `/submissions/${encodeURIComponent(call.itemNumber)}/decisions`, 'POST'), params({ itemNumber: call.itemNumber })),
      judge: apiJudge(['form_submissions', 'submission_events', 'pending_notifications', 'audit_entries', 'submission_files']),
    },
    {
      covers: ['app/api/v1/submissions/[itemNumber]/information-requests/route.ts#POST'],
      runs: 220,
      input: input(
        jsonOf({
          fieldNames: fc.oneof(fc.array(fc.oneof(fc.constantFrom('dogName', 'breed', 'vaccination', '__proto__'), nastyText), { maxLength: 4 }), anyJson),
          attachmentsRequested: fc.oneof(fc.boolean(), anyJson),
          message: fc.oneof(fc.constant('Kertokaa lisää.'), nastyText, anyJson),
        }),
      ),
      call: async (call: Call) => (await import(`${v1}/[itemNumber]/information-requests/route`)).POST(request(call, `/submissions/${encodeURIComponent(call.itemNumber)}/information-requests`, 'POST'), params({ itemNumber: call.itemNumber })),
      judge: apiJudge(['form_submissions', 'submission_events', 'pending_notifications', 'audit_entries', 'information_requests', 'submission_messages']),
    },
  ];
}

async function storedFile(): Promise<{ storageKey: string; size: number }> {
  const bytes = new Uint8Array(pdfSample());
  const storageKey = newAttachmentKey();
  await new LocalDiskStorage(directory).put(storageKey, bytes, { contentType: 'application/pdf' });
  return { storageKey, size: bytes.byteLength };
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'bad-input-routes-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  const definition = (await latestDefinition('dog-declaration'))!;
  dog = definition.definition;

  owner = await residentCaller(database);
  const [session] = await database.db.select({ personId: sessions.personId }).from(sessions).where(eq(sessions.sessionToken, owner.token));
  const personId = session!.personId!;
  // My data's download decrypts the code.
  await database.db.update(persons).set({ nationalIdEncrypted: encryptPersonalIdentityCode('120587-9318') }).where(eq(persons.id, personId));
  await database.db.insert(profiles).values({ personId, consentedAt: new Date(), registeredAt: new Date(), mobile: '+358401234567' });
  item = await makeSentItem(database, personOwner(personId));
  const other = await residentCaller(database);
  const [otherSession] = await database.db.select({ personId: sessions.personId }).from(sessions).where(eq(sessions.sessionToken, other.token));
  otherItem = await makeSentItem(database, personOwner(otherSession!.personId!));

  const [urban] = await database.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, 'urban-environment'));
  const [message] = await database.db.insert(submissionMessages).values({ submissionId: item.id, author: 'official', divisionId: urban!.id, body: 'Lähettäkää rokotustodistus.' }).returning({ id: submissionMessages.id });
  const [cityFile] = await database.db
    .insert(submissionFiles)
    .values({ submissionId: item.id, ...(await storedFile()), fileName: 'päätös.pdf', contentType: 'application/pdf', purpose: 'message', messageId: message!.id, author: 'official', divisionId: urban!.id })
    .returning({ id: submissionFiles.id });
  const [attachment] = await database.db.insert(formAttachments).values({ draftId: item.draftId, fieldName: 'vaccination', ...(await storedFile()), fileName: 'rokotus.pdf', contentType: 'application/pdf' }).returning({ id: formAttachments.id });
  const [request] = await database.db
    .insert(informationRequests)
    .values({ submissionId: item.id, divisionId: urban!.id, fieldNames: ['dogName', 'colour'], attachmentsRequested: true, message: 'Koiran nimi ja väri?' })
    .returning({ id: informationRequests.id });
  requestId = request!.id;
  await database.db.update(formSubmissions).set({ status: 'information_requested' }).where(eq(formSubmissions.id, item.id));
  fileIds = [cityFile!.id, attachment!.id];
  const [draft] = await database.db.insert(formDrafts).values({ definitionId: definition.id, formSlug: 'dog-declaration', ownerPersonId: personId, answers: {} }).returning({ id: formDrafts.id });
  draftId = draft!.id;
  const [otherDraft] = await database.db.insert(formDrafts).values({ definitionId: definition.id, formSlug: 'dog-declaration', ownerPersonId: otherSession!.personId!, answers: {} }).returning({ id: formDrafts.id });
  otherDraftId = otherDraft!.id;

  officialCaller = await staffCaller(database, 'official', 'Ulla', 'Ympäristö');
  const [staffSession] = await database.db.select({ staffMemberId: sessions.staffMemberId }).from(sessions).where(eq(sessions.sessionToken, officialCaller.token));
  await database.db.update(staffMembers).set({ divisionId: urban!.id }).where(eq(staffMembers.id, staffSession!.staffMemberId!));
  ({ key: apiKey } = await createCaseSystem(database.db, { slug: 'koirat', name: 'Koirarekisteri', divisionSlug: 'urban-environment', serviceSlugs: ['dog-declaration'] }));
  await recordWrites(database);
}, 120_000);

afterAll(async () => {
  await database?.dispose();
  await rm(directory, { recursive: true, force: true });
});

describe('bad input to every route handler', () => {
  for (const target of targets().filter((entry) => !process.env.BAD_INPUT_ONLY || entry.covers.some((covers) => covers.includes(process.env.BAD_INPUT_ONLY!)))) {
    it(`${target.covers.join(', ')}: ${target.runs} requests, none answered with a 5xx or an exception, refusals translated, nothing written for them`, async () => {
      await takeWrites(database);
      await fc.assert(
        fc.asyncProperty(target.input(), async (input) => {
          const outcome = await answerOf(() => target.call(input as never));
          const writes = meaningful(await takeWrites(database));
          const failures = await target.judge(outcome, writes);
          if (failures.length) throw new Error(failures.join('\n'));
        }),
        { numRuns: scaled(target.runs) },
      );
      // Hundreds of cases: far longer than one ordinary test, however busy the machine.
    }, 180_000);
  }
});
