/**
 * The pending sign-in, carried from screen to screen as a signed, short-lived JWT, so that the
 * service keeps no state of its own until it hands out a code. It is signed with a key derived
 * from AUTH_SECRET, so no one can write "identified" into it without passing a screen.
 */
import { createHash } from 'node:crypto';
import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import { z } from 'zod';
import { now } from '@/lib/time/clock';
import { testIdpConfig } from './config';
import { testBanks } from './banks';

export const TICKET_LIFETIME_SECONDS = 10 * 60;
const TICKET_AUDIENCE = 'test-idp-ticket';
// A label of its own, so that the derived key differs from every other use of AUTH_SECRET.
const KEY_LABEL = 'asiointi/test-idp/ticket-signing-key/v1:';

export const testIdpLocales = ['fi', 'sv', 'en'] as const;
export type TestIdpLocale = (typeof testIdpLocales)[number];

const bankIds = testBanks.map((bank) => bank.id) as [string, ...string[]];

const requestSchema = z.object({
  clientId: z.string(),
  redirectUri: z.string(),
  state: z.string().optional(),
  nonce: z.string().optional(),
  codeChallenge: z.string(),
  scope: z.string(),
});

const identifiedSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('resident'),
    personId: z.string(),
    method: z.enum(['bank', 'mobile', 'card']),
    bank: z.enum(bankIds).optional(),
    organisation: z.string().optional(),
    authTime: z.number().int(),
  }),
  z.object({ kind: z.literal('staff'), personId: z.string(), authTime: z.number().int() }),
]);

/** A step begun but not finished: the phone was asked, a card was chosen, a representative picked. */
const pendingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mobile'), personId: z.string(), numberCode: z.string() }),
  z.object({ kind: z.literal('card'), personId: z.string() }),
  z.object({ kind: z.literal('corporate'), personId: z.string() }),
]);

const ticketSchema = z.object({
  request: requestSchema,
  locale: z.enum(testIdpLocales),
  pending: pendingSchema.optional(),
  identified: identifiedSchema.optional(),
});

export type AuthorizationRequest = z.infer<typeof requestSchema>;
export type Identified = z.infer<typeof identifiedSchema>;
export type PendingStep = z.infer<typeof pendingSchema>;
export type Ticket = z.infer<typeof ticketSchema>;

function signingKey(): Uint8Array {
  return new Uint8Array(createHash('sha256').update(KEY_LABEL + testIdpConfig.ticketSecretSource()).digest());
}

export function epochSeconds(date: Date = now()): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * Signs a ticket. A ticket made from an earlier one keeps that one's expiry, so that walking
 * back and forth between screens never stretches the ten minutes.
 */
export async function signTicket(ticket: Ticket, expiresAt?: number): Promise<string> {
  const issuedAt = epochSeconds();
  return new SignJWT({ tck: ticket })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(testIdpConfig.issuer())
    .setAudience(TICKET_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt ?? issuedAt + TICKET_LIFETIME_SECONDS)
    .sign(signingKey());
}

export type VerifiedTicket = Ticket & { expiresAt: number };

/** The ticket, or null when it is missing, forged, altered or older than ten minutes. */
export async function readTicket(token: string | null | undefined): Promise<VerifiedTicket | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, signingKey(), {
      algorithms: ['HS256'],
      issuer: testIdpConfig.issuer(),
      audience: TICKET_AUDIENCE,
      currentDate: now(),
    });
    const parsed = ticketSchema.safeParse(payload.tck);
    if (!parsed.success || typeof payload.exp !== 'number') return null;
    return { ...parsed.data, expiresAt: payload.exp };
  } catch {
    return null;
  }
}

/** The next step's ticket: same request and expiry, with what this step learnt. */
export async function continueTicket(ticket: VerifiedTicket, changes: Partial<Pick<Ticket, 'locale' | 'pending' | 'identified'>>): Promise<string> {
  const { expiresAt, ...rest } = ticket;
  return signTicket({ ...rest, ...changes }, expiresAt);
}

/** The language of a ticket that can no longer be trusted (expired or altered), for its error page only. */
export function unverifiedTicketLocale(token: string): TestIdpLocale {
  try {
    const locale = (decodeJwt(token) as { tck?: { locale?: unknown } }).tck?.locale;
    return testIdpLocales.find((candidate) => candidate === locale) ?? 'fi';
  } catch {
    return 'fi';
  }
}
