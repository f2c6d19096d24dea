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
  findStaffMemberById,
  linkIdentity,
  startSession,
  startStaffSession,
  upsertPersonFromClaims,
  upsertStaffMemberFromClaims,
} from './identity-store';

/**
 * What the sign-in callback learned from the identification, for the rest of the same request:
 * the claims, and whether they are a member of staff's (work account) or a resident's.
 */
export type SignInContext = { claims?: IdentificationClaims; staff?: boolean };

// Residents have no e-mail address from the identification; theirs is confirmed in registration.
function toAdapterUser(someone: { id: string; firstNames: string; lastName: string }): AdapterUser {
  return { id: someone.id, name: `${someone.firstNames} ${someone.lastName}`, email: '', emailVerified: null };
}

/** A person or a member of staff by id: the two never share an id (both are random UUIDs). */
async function findAnyone(id: string) {
  return (await findPersonById(id)) ?? (await findStaffMemberById(id));
}

/**
 * Auth.js's storage, on the portal's own tables: people are found by their personal identity
 * code, never by e-mail; staff by their work account's subject. A session row also says how
 * strongly and for whom a resident signed in. Created per request, because the
 * identification's claims travel in `context`.
 */
export function createAdapter(context: SignInContext): Adapter {
  return {
    async createUser() {
      if (!context.claims) throw new Error('No identification to create a person from');
      if (context.staff) return toAdapterUser(await upsertStaffMemberFromClaims(context.claims));
      return toAdapterUser(await upsertPersonFromClaims(context.claims));
    },
    async getUser(id) {
      const someone = await findAnyone(id);
      return someone ? toAdapterUser(someone) : null;
    },
    async getUserByEmail() {
      // An e-mail address never identifies anyone here.
      return null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      // Staff are known by the subject itself; their details are refreshed at every sign-in.
      if (context.staff && context.claims) return toAdapterUser(await upsertStaffMemberFromClaims(context.claims));
      const person = await findPersonByIdentity(provider, providerAccountId);
      if (person) return toAdapterUser(person);
      // The same person may come back with another subject (another identification method).
      if (!context.claims?.national_id) return null;
      const known = await upsertPersonFromClaims(context.claims);
      await linkIdentity(provider, providerAccountId, known.id);
      return toAdapterUser(known);
    },
    async updateUser(user) {
      const someone = await findAnyone(user.id);
      if (!someone) throw new Error('No such person');
      return toAdapterUser(someone);
    },
    async linkAccount(account) {
      // Tokens are not kept: the portal needs nothing from the broker after the sign-in.
      if (context.staff) return;
      await linkIdentity(account.provider, account.providerAccountId, account.userId);
    },
    async createSession(session) {
      if (context.staff) {
        await startStaffSession({ sessionToken: session.sessionToken, staffMemberId: session.userId, expires: session.expires }, context.claims);
      } else {
        await startSession({ sessionToken: session.sessionToken, personId: session.userId, expires: session.expires }, context.claims);
      }
      return session;
    },
    async getSessionAndUser(sessionToken) {
      const db = await getDb();
      const [row] = await db.select().from(sessions).where(eq(sessions.sessionToken, sessionToken)).limit(1);
      if (!row || row.revokedAt) return null;
      const userId = row.personId ?? row.staffMemberId;
      const someone = userId ? await findAnyone(userId) : null;
      if (!userId || !someone) return null;
      const session: AdapterSession = { sessionToken: row.sessionToken, userId, expires: row.expires };
      return { session, user: toAdapterUser(someone) };
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
