/**
 * Who calls a server action in an integration test. The actions read the session cookie through
 * next/headers and answer with Next's redirect and notFound; a test file mocks those modules
 * with the ones below and chooses the caller with `callAs`.
 */
import { randomBytes } from 'node:crypto';
import { persons, sessions, staffMembers } from '@/db/schema';
import type { StaffRole } from '@/db/schema/staff';
import type { TestDatabase } from './test-database';

let currentToken: string | undefined;

export const headersModule = {
  cookies: async () => ({
    get: (name: string) => (name === 'authjs.session-token' && currentToken ? { name, value: currentToken } : undefined),
  }),
  headers: async () => new Headers(),
};

/** What redirect() and notFound() throw here, so a test can tell where the action sent the caller. */
export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirected to ${url}`);
  }
}
export class NotFound extends Error {
  constructor() {
    super('not found');
  }
}

export const navigationModule = {
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  permanentRedirect: (url: string) => {
    throw new Redirected(url);
  },
  notFound: () => {
    throw new NotFound();
  },
};

export type Caller = { token: string; name: string };

const expires = () => new Date(Date.now() + 60 * 60 * 1000);

/** A member of staff with a live session. */
export async function staffCaller(database: TestDatabase, role: StaffRole, firstNames: string, lastName: string): Promise<Caller> {
  const [member] = await database.db
    .insert(staffMembers)
    .values({ subject: `staff-${randomBytes(4).toString('hex')}`, firstNames, lastName, email: `${firstNames.toLowerCase()}@hel.example`, role })
    .returning({ id: staffMembers.id });
  const token = randomBytes(16).toString('hex');
  await database.db.insert(sessions).values({ sessionToken: token, staffMemberId: member!.id, expires: expires(), loa: 'substantial', method: 'work-account' });
  return { token, name: `${firstNames} ${lastName}` };
}

/** A resident who identified strongly, with a live session. */
export async function residentCaller(database: TestDatabase): Promise<Caller> {
  const [person] = await database.db
    .insert(persons)
    .values({ nationalIdHash: randomBytes(16).toString('hex'), nationalIdEncrypted: 'not-a-real-code', firstNames: 'Nils', lastName: 'Nyman' })
    .returning({ id: persons.id });
  const token = randomBytes(16).toString('hex');
  await database.db.insert(sessions).values({ sessionToken: token, personId: person!.id, expires: expires(), loa: 'substantial', method: 'bank:nordea' });
  return { token, name: 'Nils Nyman' };
}

/** The next action runs as `caller`; null is a signed-out caller. */
export function callAs(caller: Caller | null): void {
  currentToken = caller?.token;
}

/** What an action did: where it sent the caller, a 404, or the state it answered with. */
export async function outcome<T>(run: () => Promise<T>): Promise<{ redirect: string } | { notFound: true } | { state: T }> {
  try {
    return { state: await run() };
  } catch (error) {
    if (error instanceof Redirected) return { redirect: error.url };
    if (error instanceof NotFound) return { notFound: true };
    throw error;
  }
}

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
