import 'server-only';
/**
 * Authorization codes: handed to the portal once identification is done, redeemable once,
 * within a minute, by the same client with the same redirect address and the PKCE verifier.
 * Only a SHA-256 hash of a code is stored, so the table alone lets no one redeem one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { getDb } from '@/db';
import { testIdpCodes } from '@/db/schema';
import { now } from '@/lib/time/clock';
import { claimsFor, type PersonClaims } from './claims';
import { testIdpConfig } from './config';
import type { VerifiedTicket } from './ticket';

export const CODE_LIFETIME_MS = 60_000;
// Used and expired codes are kept a while for userinfo, then cleared as new ones are issued.
const CODE_RETENTION_MS = 24 * 60 * 60 * 1000;

export function sha256Base64Url(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/**
 * Issues a code for a finished identification and gives the address to send the browser to.
 * Called by the "Continue to the service" button; null when the ticket holds no identification.
 */
export async function issueAuthorizationCode(ticket: VerifiedTicket): Promise<string | null> {
  if (!ticket.identified) return null;
  const claims = claimsFor(ticket.identified);
  if (!claims) return null;
  const code = randomBytes(32).toString('base64url');
  const issuedAt = now();
  const db = await getDb();
  await db.delete(testIdpCodes).where(lt(testIdpCodes.expiresAt, new Date(issuedAt.getTime() - CODE_RETENTION_MS)));
  await db.insert(testIdpCodes).values({
    codeHash: sha256Base64Url(code),
    clientId: ticket.request.clientId,
    redirectUri: ticket.request.redirectUri,
    codeChallenge: ticket.request.codeChallenge,
    nonce: ticket.request.nonce ?? null,
    claims,
    expiresAt: new Date(issuedAt.getTime() + CODE_LIFETIME_MS),
    createdAt: issuedAt,
  });
  return authorizationResponse(ticket.request.redirectUri, { code, state: ticket.request.state });
}

/** The client's redirect address with the answer in its query, and this issuer named (RFC 9207). */
export function authorizationResponse(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  url.searchParams.set('iss', testIdpConfig.issuer());
  return url.toString();
}

export type RedeemedCode = { codeHash: string; clientId: string; nonce: string | null; claims: PersonClaims };

type RedeemInput = { code: string; clientId: string; redirectUri: string | null; codeVerifier: string | null };

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

/**
 * Redeems a code for an authenticated client. The code is marked used before anything else is
 * checked, so a code that was tried wrongly once cannot be tried again.
 */
export async function redeemAuthorizationCode(input: RedeemInput): Promise<RedeemedCode | null> {
  const codeHash = sha256Base64Url(input.code);
  const db = await getDb();
  const [row] = await db
    .update(testIdpCodes)
    .set({ usedAt: now() })
    .where(and(eq(testIdpCodes.codeHash, codeHash), isNull(testIdpCodes.usedAt)))
    .returning();
  if (!row) return null;
  if (row.expiresAt.getTime() <= now().getTime()) return null;
  if (row.clientId !== input.clientId) return null;
  if (input.redirectUri !== row.redirectUri) return null;
  if (!input.codeVerifier || !VERIFIER.test(input.codeVerifier)) return null;
  if (sha256Base64Url(input.codeVerifier) !== row.codeChallenge) return null;
  return { codeHash, clientId: row.clientId, nonce: row.nonce, claims: row.claims as PersonClaims };
}

/** The claims behind an access token, while its code's row is kept. */
export async function claimsOfRedeemedCode(codeHash: string): Promise<PersonClaims | null> {
  const db = await getDb();
  const [row] = await db.select({ claims: testIdpCodes.claims, usedAt: testIdpCodes.usedAt }).from(testIdpCodes).where(eq(testIdpCodes.codeHash, codeHash)).limit(1);
  return row?.usedAt ? (row.claims as PersonClaims) : null;
}
