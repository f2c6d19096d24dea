import 'server-only';
/**
 * Wrong bank codes and wrong PINs lock the user id or the card for a while, as a bank or a card
 * issuer would: five wrong tries in fifteen minutes, then no tries at all until the fifteen
 * minutes are over. The counters are in the database, so the lock holds on every app instance.
 */
import { consumeRateLimit, secondsUntilAllowed, type RateLimit } from '@/lib/rate-limit/consume';

export const WRONG_CODE_LIMIT: RateLimit = { limit: 5, windowSeconds: 15 * 60 };

export type Credential = { kind: 'bank'; userId: string } | { kind: 'card'; personId: string };

function keyOf(credential: Credential): string {
  return credential.kind === 'bank' ? `test-idp:bank-user:${credential.userId}` : `test-idp:card:${credential.personId}`;
}

/** Whole minutes until the user id or card may be tried again; 0 when it is not locked. */
export async function minutesLocked(credential: Credential): Promise<number> {
  const seconds = await secondsUntilAllowed(keyOf(credential), WRONG_CODE_LIMIT);
  return Math.ceil(seconds / 60);
}

/** Counts a wrong code; returns the minutes of the lock it caused, or 0 while tries remain. */
export async function recordWrongCode(credential: Credential): Promise<number> {
  await consumeRateLimit(keyOf(credential), WRONG_CODE_LIMIT);
  return minutesLocked(credential);
}
