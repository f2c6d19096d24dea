/**
 * What the bad-input property tests share: input a careless or hostile client could send, a
 * record of every row the database writes while one case runs, and the check that an error a
 * person is shown exists in Finnish, Swedish and English.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import fi from '@/messages/fi.json';
import sv from '@/messages/sv.json';
import en from '@/messages/en.json';
import type { TestDatabase } from '../../support/test-database';

/*
 * How many generated cases each property runs. The whole bad-input suite runs 10,000 cases
 * (tests/integration/bad-input/*.test.ts, see the counts there); a target that refuses before
 * the database is reached is cheap and runs more of them.
 */
export const BAD_INPUT_TOTAL_CASES = 10_000;

/**
 * `runs` scaled by BAD_INPUT_SCALE (default 1): 0.1 for a quick look while changing a test,
 * 10 for a long search before a release. The counts in the files are what CI runs.
 */
export function scaled(runs: number): number {
  const scale = Number(process.env.BAD_INPUT_SCALE ?? 1);
  return Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

// ---------------------------------------------------------------------------------------------
// Input

/** Text that has broken web applications before: control characters, invisible and directional characters, lone surrogates, markup, SQL, paths. */
const nastyPieces = [
  '\u0000',
  '\u0007',
  '\b',
  '\n',
  '\r\n',
  '\t',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u2066',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '𐐀',
  '🐕‍🦺',
  'å',
  'ÄÖ',
  'e\u0301',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  "'); drop table persons; --",
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '%2e%2e%2f',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  '//evil.example',
  'https://evil.example/',
  '/\\evil.example',
  ' ',
  '',
];

/** Numbers, dates and ids where the form expects something sensible. */
const wrongValues = [
  '0',
  '-1',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  '9007199254740993',
  '99999999999999999999999',
  '2147483648',
  '100000',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '31.02.2026',
  '29.02.2025',
  '24.12.2026 25.61',
  '9999-12-31T23:59',
  '1970-01-01T00:00',
  'true',
  'false',
  'null',
  'undefined',
  '[]',
  '{}',
  'on',
  'yes',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-4000-8000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  '1000000',
  '100001',
  ' 100001 ',
  '１００００１',
];

/** Long text: past every limit of a field, up to a large one that must not take the server down. */
const longText = fc.oneof(
  fc.constant('x'.repeat(2_001)),
  fc.constant('å'.repeat(4_001)),
  fc.constant('a'.repeat(100_000)),
  fc.nat({ max: 70 }).map((n) => '🐕'.repeat(n * 100)),
);

/** Any text a client could send in a field. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  // U+0000 on its own and inside text: PostgreSQL refuses it in any query parameter.
  { weight: 1, arbitrary: fc.constantFrom('\u0000', 'Hei\u0000', '\u0000\u0000x') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...nastyPieces), { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join('')) },
  { weight: 3, arbitrary: fc.constantFrom(...wrongValues) },
  { weight: 1, arbitrary: longText },
);

/** Text that is usually plausible for a field, with something wrong often enough. */
export function fieldValue(plausible: readonly string[]): fc.Arbitrary<string> {
  if (plausible.length === 0) return nastyText;
  return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...plausible) }, { weight: 3, arbitrary: nastyText });
}

/** A file part of any bytes under any name, where a form expects text or a file. */
export const anyFile: fc.Arbitrary<File> = fc
  .record({ bytes: fc.uint8Array({ maxLength: 64 }), name: fc.oneof(nastyText, fc.constantFrom('a.pdf', 'x.exe', 'kuva.png', '')) })
  .map(({ bytes, name }) => new File([bytes], name.slice(0, 300), { type: 'application/octet-stream' }));

/** Names a form could carry besides its own, including the keys that have polluted prototypes. */
const extraNames = ['__proto__', 'constructor', 'prototype', '__proto__[admin]', 'constructor.prototype.admin', 'toString', 'hasOwnProperty', '$ACTION_ID_x', 'a'.repeat(500), '', '\u0000'];

export type FieldSpec = Record<string, readonly string[]>;

/**
 * A form post: each of the form's fields missing, empty, plausible, nasty, repeated or a file,
 * and names the form does not have.
 */
export function formDataOf(fields: FieldSpec, fixed: Record<string, fc.Arbitrary<string>> = {}): fc.Arbitrary<FormData> {
  const part = (plausible: readonly string[]) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<undefined>(undefined) },
      { weight: 6, arbitrary: fieldValue(plausible).map((value) => [value]) },
      { weight: 1, arbitrary: fc.array(fieldValue(plausible), { minLength: 2, maxLength: 3 }) },
      { weight: 1, arbitrary: anyFile.map((file) => [file]) },
    );
  const own = fc.record(Object.fromEntries(Object.entries(fields).map(([name, plausible]) => [name, part(plausible)])));
  const fixedParts = fc.record(fixed);
  const extras = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...extraNames), fc.string({ maxLength: 12 })), fc.oneof(nastyText, anyFile)), { maxLength: 3 });
  return fc.tuple(own, fixedParts, extras).map(([values, fixedValues, extra]) => {
    const data = new FormData();
    for (const [name, list] of Object.entries(values)) for (const value of (list as (string | File)[] | undefined) ?? []) data.append(name, value);
    for (const [name, value] of Object.entries(fixedValues)) data.set(name, value as string);
    for (const [name, value] of extra) data.append(name, value);
    return printable(data);
  });
}

/** A form whose counterexample fast-check prints as its fields, not as [object FormData]. */
export function printable(data: FormData): FormData {
  const shown = () =>
    JSON.stringify([...data.entries()].map(([name, value]) => [name, typeof value === 'string' ? (value.length > 200 ? `${value.slice(0, 200)}… (${value.length} characters)` : value) : `File ${JSON.stringify((value as File).name)} of ${(value as File).size} bytes`]));
  return Object.assign(data, { [fc.toStringMethod]: shown });
}

/** JSON of any shape, with the prototype keys and non-JSON numbers a hand-written client might send. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** A request body: JSON (valid or not), a form, binary noise or nothing. */
export const anyBody: fc.Arbitrary<{ body: string | Uint8Array | FormData | undefined; type: string | undefined }> = fc.oneof(
  anyJson.map((value) => ({ body: JSON.stringify(value) ?? 'undefined', type: 'application/json' })),
  nastyText.map((text) => ({ body: text, type: 'application/json' })),
  formDataOf({ body: [], status: [], file: [] }).map((form) => ({ body: form, type: undefined })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ body: bytes, type: 'multipart/form-data; boundary=x' })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ body: bytes, type: 'application/x-www-form-urlencoded' })),
  nastyText.map((text) => ({ body: text, type: 'text/plain' })),
  fc.constant({ body: undefined, type: undefined }),
);

// ---------------------------------------------------------------------------------------------
// What the database wrote

/**
 * Installs a trigger on every table of the portal's schema that copies each written row into
 * bad_input.writes, so that a case can tell exactly what it wrote (or that it wrote nothing).
 */
export async function recordWrites(database: TestDatabase): Promise<void> {
  await database.db.execute(sql.raw('create schema if not exists bad_input'));
  await database.db.execute(sql.raw('create table if not exists bad_input.writes (id bigserial primary key, tbl text not null, op text not null, row jsonb not null)'));
  await database.db.execute(
    sql.raw(`create or replace function bad_input.log() returns trigger language plpgsql as $$
      begin
        if TG_OP = 'DELETE' then
          insert into bad_input.writes (tbl, op, row) values (TG_TABLE_NAME, TG_OP, to_jsonb(OLD));
        else
          insert into bad_input.writes (tbl, op, row) values (TG_TABLE_NAME, TG_OP, to_jsonb(NEW));
        end if;
        return null;
      end $$`),
  );
  const tables = await database.db.execute<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  for (const { name } of rowsOf<{ name: string }>(tables)) {
    await database.db.execute(sql.raw(`create trigger bad_input_log after insert or update or delete on public."${name}" for each row execute function bad_input.log()`));
  }
}

export type Write = { tbl: string; op: string; row: Record<string, unknown> };

/** The rows written since the last call, and forgets them. */
export async function takeWrites(database: TestDatabase): Promise<Write[]> {
  const result = await database.db.execute<Write>(sql`delete from bad_input.writes returning tbl, op, row`);
  return rowsOf(result);
}

/** Writes that are bookkeeping of any request rather than what the input asked for: a session's last activity, rate limits. */
export function meaningful(writes: Write[]): Write[] {
  return writes.filter((write) => !(write.tbl === 'sessions' && write.op === 'UPDATE') && write.tbl !== 'rate_limits');
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

// ---------------------------------------------------------------------------------------------
// Translated errors

const catalogues = { fi, sv, en } as const;

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

/**
 * Why the message `key` (a full key, "Namespace.path") cannot be shown in every language with
 * `values`, or null when it can: it must be a non-empty text in fi, sv and en, and format with
 * the values given (when the answer carries them; otherwise the page supplies its own).
 */
export function untranslated(key: string, values?: Record<string, unknown>): string | null {
  for (const [locale, messages] of Object.entries(catalogues)) {
    const text = lookup(messages, key);
    if (typeof text !== 'string' || text.trim() === '') return `${key} is not a message in ${locale}`;
    if (values) {
      const problems: string[] = [];
      const t = createTranslator({ locale, messages: messages as never, onError: (error) => problems.push(error.message) });
      const formatted = (t as unknown as (key: string, values: unknown) => string)(key, values);
      if (problems.length || !formatted.trim()) return `${key} does not format in ${locale} with ${JSON.stringify(values)}: ${problems.join('; ')}`;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// What the app has

/** Every file under `directory`. */
export async function filesUnder(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else found.push(full);
  }
  return found;
}

/** Every exported server action, as "lib/…/actions.ts#name". */
export async function serverActions(): Promise<string[]> {
  const found: string[] = [];
  for (const directory of ['lib', 'app', 'components']) {
    for (const file of await filesUnder(path.join(process.cwd(), directory))) {
      if (!/\.tsx?$/.test(file)) continue;
      const source = await readFile(file, 'utf8');
      if (!/^['"]use server['"]/.test(source.trimStart())) continue;
      const relative = path.relative(process.cwd(), file);
      for (const [, name] of source.matchAll(/^export (?:async )?function (\w+)/gm)) found.push(`${relative}#${name}`);
      for (const [, name] of source.matchAll(/^export const (\w+)/gm)) found.push(`${relative}#${name}`);
    }
  }
  return found.sort();
}

/** Every route handler, as "app/…/route.ts#METHOD". */
export async function routeHandlers(): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(path.join(process.cwd(), 'app'))) {
    if (!/route\.tsx?$/.test(file)) continue;
    const source = await readFile(file, 'utf8');
    const relative = path.relative(process.cwd(), file);
    for (const [, method] of source.matchAll(/^export (?:async function|const|function) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/gm)) found.push(`${relative}#${method}`);
  }
  return found.sort();
}
