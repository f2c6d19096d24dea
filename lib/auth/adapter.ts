import 'server-only';
import { eq } from 'drizzle-orm';
import type { Adapter, AdapterSession, AdapterUser } from 'next-auth/adapters';
import { getDb } from '@/db';
import { sessions } from '@/db/schema';
import type { IdentificationClaims } from './claims';
import {
  deleteSessionByToken,
  findPersonById,
  findPersonByIdentity,
  linkIdentity,
  startSession,
  upsertPersonFromClaims,
  type StoredPerson,
} from './identity-store';

/** What the sign-in callback learned from the identification, for the rest of the same request. */
export type SignInContext = { claims?: IdentificationClaims };

// Residents have no e-mail address from the identification; theirs is confirmed in registration.
function toAdapterUser(person: StoredPerson): AdapterUser {
  return { id: person.id, name: `${person.firstNames} ${person.lastName}`, email: '', emailVerified: null };
}

/**
 * Auth.js's storage, on the portal's own tables: people are found by their personal identity
 * code, never by e-mail, and a session row also says how strongly and for whom the person signed in.
 * Created per request, because the identification's claims travel in `context`.
 */
export function createAdapter(context: SignInContext): Adapter {
  return {
    async createUser() {
      if (!context.claims) throw new Error('No identification to create a person from');
      return toAdapterUser(await upsertPersonFromClaims(context.claims));
    },
    async getUser(id) {
      const person = await findPersonById(id);
      return person ? toAdapterUser(person) : null;
    },
    async getUserByEmail() {
      // An e-mail address never identifies anyone here.
      return null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const person = await findPersonByIdentity(provider, providerAccountId);
      if (person) return toAdapterUser(person);
      // The same person may come back with another subject (another identification method).
      if (!context.claims?.national_id) return null;
      const known = await upsertPersonFromClaims(context.claims);
      await linkIdentity(provider, providerAccountId, known.id);
      return toAdapterUser(known);
    },
    async updateUser(user) {
      const person = await findPersonById(user.id);
      if (!person) throw new Error('No such person');
      return toAdapterUser(person);
    },
    async linkAccount(account) {
      // Tokens are not kept: the portal needs nothing from the broker after the sign-in.
      await linkIdentity(account.provider, account.providerAccountId, account.userId);
    },
    async createSession(session) {
      await startSession({ sessionToken: session.sessionToken, personId: session.userId, expires: session.expires }, context.claims);
      return session;
    },
    async getSessionAndUser(sessionToken) {
      const db = await getDb();
      const [row] = await db.select().from(sessions).where(eq(sessions.sessionToken, sessionToken)).limit(1);
      if (!row || row.revokedAt) return null;
      const person = await findPersonById(row.personId);
      if (!person) return null;
      const session: AdapterSession = { sessionToken: row.sessionToken, userId: row.personId, expires: row.expires };
      return { session, user: toAdapterUser(person) };
    },
    async updateSession(session) {
      const db = await getDb();
      if (session.expires) await db.update(sessions).set({ expires: session.expires }).where(eq(sessions.sessionToken, session.sessionToken));
      return null;
    },
    async deleteSession(sessionToken) {
      await deleteSessionByToken(sessionToken);
    },
  };
}
