import 'server-only';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { emailConfirmations } from '@/db/schema';
import { env } from '@/lib/env';
import { sendEmail } from '@/lib/email/send-email';
import { confirmationCodeEmail } from '@/lib/email/templates/confirmation-code';
import type { Locale } from '@/lib/i18n/routing';
import { now } from '@/lib/time/clock';

export const CODE_VALIDITY_MS = 30 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;

function hashCode(confirmationId: string, code: string): string {
  return createHmac('sha256', env.AUTH_SECRET).update(`email-confirmation:${confirmationId}:${code}`).digest('hex');
}

/** Sends a new six-digit code to `email` for the person; earlier codes stop working. */
export async function sendConfirmationCode(personId: string, email: string, locale: Locale): Promise<void> {
  const db = await getDb();
  const at = now();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db.transaction(async (tx) => {
    await tx
      .update(emailConfirmations)
      .set({ expiresAt: at })
      .where(and(eq(emailConfirmations.personId, personId), isNull(emailConfirmations.confirmedAt)));
    const [row] = await tx
      .insert(emailConfirmations)
      .values({ personId, email, codeHash: 'pending', expiresAt: new Date(at.getTime() + CODE_VALIDITY_MS), createdAt: at })
      .returning({ id: emailConfirmations.id });
    await tx.update(emailConfirmations).set({ codeHash: hashCode(row!.id, code) }).where(eq(emailConfirmations.id, row!.id));
  });
  await sendEmail({ to: email, ...confirmationCodeEmail({ locale, code }) });
}

/** The address waiting for its code, if any. */
export async function pendingConfirmation(personId: string): Promise<{ email: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ email: emailConfirmations.email, expiresAt: emailConfirmations.expiresAt })
    .from(emailConfirmations)
    .where(and(eq(emailConfirmations.personId, personId), isNull(emailConfirmations.confirmedAt)))
    .orderBy(desc(emailConfirmations.createdAt))
    .limit(1);
  return row && row.expiresAt > now() ? { email: row.email } : null;
}

export type CodeCheck = { result: 'confirmed'; email: string } | { result: 'wrong' | 'expired' | 'tooManyAttempts' | 'none' };

/** Checks a code the person typed against their latest one; five wrong tries use it up. */
export async function checkConfirmationCode(personId: string, code: string): Promise<CodeCheck> {
  const db = await getDb();
  const at = now();
  const [row] = await db
    .select()
    .from(emailConfirmations)
    .where(and(eq(emailConfirmations.personId, personId), isNull(emailConfirmations.confirmedAt)))
    .orderBy(desc(emailConfirmations.createdAt))
    .limit(1);
  if (!row) return { result: 'none' };
  if (row.expiresAt <= at) return { result: 'expired' };
  if (row.attempts >= MAX_CODE_ATTEMPTS) return { result: 'tooManyAttempts' };
  const expected = Buffer.from(row.codeHash, 'hex');
  const given = Buffer.from(hashCode(row.id, code), 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    await db.update(emailConfirmations).set({ attempts: row.attempts + 1 }).where(eq(emailConfirmations.id, row.id));
    return { result: row.attempts + 1 >= MAX_CODE_ATTEMPTS ? 'tooManyAttempts' : 'wrong' };
  }
  await db.update(emailConfirmations).set({ confirmedAt: at }).where(eq(emailConfirmations.id, row.id));
  return { result: 'confirmed', email: row.email };
}
