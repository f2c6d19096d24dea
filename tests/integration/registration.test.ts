import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { outboxMessages, persons, sessions, signIns } from '@/db/schema';
import { upsertPersonFromClaims, startSession } from '@/lib/auth/identity-store';
import { identificationClaimsSchema } from '@/lib/auth/claims';
import { decryptPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { checkConfirmationCode, sendConfirmationCode } from '@/lib/registration/email-confirmation';
import { findProfile, saveRegistration, adoptConfirmedEmail } from '@/lib/registration/profile-store';
import { contactDetailsSchema, registrationSchema } from '@/lib/registration/schema';
import { setClockOffset } from '@/lib/time/clock';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});
afterEach(() => setClockOffset(0));

const claims = identificationClaimsSchema.parse({
  sub: 'subject-1',
  given_name: 'Portaalia Nordea',
  family_name: 'Testaaja',
  national_id: '210281-9988',
  amr: ['suomi_fi', 'bank'],
  bank: 'nordea',
  loa: 'substantial',
});

/** The code in the newest message to `to`, as the person would read it from the e-mail. */
async function codeFromOutbox(to: string): Promise<string> {
  const [latest] = await database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, to)).orderBy(desc(outboxMessages.createdAt)).limit(1);
  const code = /\b(\d{6})\b/.exec(latest?.text ?? '')?.[1];
  if (!code) throw new Error('no code in the outbox');
  return code;
}

describe('a person from the identification', () => {
  it('is stored with the personal identity code encrypted, found again by it, and renamed from the register', async () => {
    const first = await upsertPersonFromClaims(claims);
    const [row] = await database.db.select().from(persons).where(eq(persons.id, first.id));
    expect(row!.nationalIdEncrypted).not.toContain('210281');
    expect(row!.nationalIdHash).not.toContain('210281');
    expect(decryptPersonalIdentityCode(row!.nationalIdEncrypted)).toBe('210281-9988');

    const again = await upsertPersonFromClaims({ ...claims, sub: 'another-subject', family_name: 'Testaaja-Uusi' });
    expect(again.id).toBe(first.id);
    expect(again.lastName).toBe('Testaaja-Uusi');
  });

  it('gets a session that remembers how strongly they identified, and a sign-in in their history', async () => {
    const person = await upsertPersonFromClaims(claims);
    await startSession({ sessionToken: 'token-1', personId: person.id, expires: new Date(Date.now() + 3_600_000) }, claims);
    const [session] = await database.db.select().from(sessions).where(eq(sessions.sessionToken, 'token-1'));
    expect(session).toMatchObject({ loa: 'substantial', method: 'bank:nordea', actingForOrganisationId: null });
    const history = await database.db.select().from(signIns).where(eq(signIns.personId, person.id));
    expect(history.map((entry) => entry.method)).toContain('bank:nordea');
  });
});

describe('registration', () => {
  it('refuses registration without consent and contact details, and explains each problem', () => {
    const result = registrationSchema.safeParse({ email: '', mobile: '', notifyByEmail: true, notifyBySms: false, notificationLanguage: 'fi', consent: false });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toEqual(expect.arrayContaining(['errors.consentRequired', 'errors.contactRequired']));
  });

  it('normalises the mobile number to +358 and refuses one that is not a number', () => {
    const ok = contactDetailsSchema.parse({ email: '', mobile: '040 123 4567', notifyByEmail: false, notifyBySms: true, notificationLanguage: 'sv' });
    expect(ok.mobile).toBe('+358401234567');
    const bad = contactDetailsSchema.safeParse({ email: '', mobile: '040-ABC', notifyByEmail: false, notifyBySms: true, notificationLanguage: 'sv' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/^PhoneNumber\.errors\./);
  });

  it('keeps a new e-mail address waiting until the code from the e-mail confirms it', async () => {
    const person = await upsertPersonFromClaims({ ...claims, national_id: '010101A0101', sub: 'subject-2' });
    const details = contactDetailsSchema.parse({ email: 'Resident@Example.fi', mobile: '', notifyByEmail: true, notifyBySms: false, notificationLanguage: 'en' });
    const saved = await saveRegistration(person.id, details);
    expect(saved.awaitsEmailConfirmation).toBe(true);
    expect(await findProfile(person.id)).toMatchObject({ email: null, pendingEmail: 'resident@example.fi', registeredAt: null });

    await sendConfirmationCode(person.id, 'resident@example.fi', 'en');
    const code = await codeFromOutbox('resident@example.fi');
    expect((await checkConfirmationCode(person.id, code === '000000' ? '000001' : '000000')).result).toBe('wrong');
    const check = await checkConfirmationCode(person.id, code);
    expect(check).toEqual({ result: 'confirmed', email: 'resident@example.fi' });
    await adoptConfirmedEmail(person.id, 'resident@example.fi');
    const profile = await findProfile(person.id);
    expect(profile).toMatchObject({ email: 'resident@example.fi', pendingEmail: null });
    expect(profile!.registeredAt).toBeInstanceOf(Date);
    expect(profile!.emailConfirmedAt).toBeInstanceOf(Date);
  });

  it('lets a code expire after 30 minutes and uses it up after five wrong tries', async () => {
    const person = await upsertPersonFromClaims({ ...claims, national_id: '131052-308T', sub: 'subject-3' });
    await sendConfirmationCode(person.id, 'late@example.fi', 'fi');
    setClockOffset(31 * 60 * 1000);
    expect((await checkConfirmationCode(person.id, await codeFromOutbox('late@example.fi'))).result).toBe('expired');
    setClockOffset(0);

    await sendConfirmationCode(person.id, 'guess@example.fi', 'fi');
    const right = await codeFromOutbox('guess@example.fi');
    const wrong = right === '111111' ? '222222' : '111111';
    for (let attempt = 1; attempt < 5; attempt += 1) expect((await checkConfirmationCode(person.id, wrong)).result).toBe('wrong');
    expect((await checkConfirmationCode(person.id, wrong)).result).toBe('tooManyAttempts');
    expect((await checkConfirmationCode(person.id, right)).result).toBe('tooManyAttempts');
  });

  it('completes registration at once when only a mobile number is given', async () => {
    const person = await upsertPersonFromClaims({ ...claims, national_id: '311280-888Y', sub: 'subject-4' });
    const details = contactDetailsSchema.parse({ email: '', mobile: '+358 50 123 4567', notifyByEmail: false, notifyBySms: true, notificationLanguage: 'fi' });
    expect((await saveRegistration(person.id, details)).awaitsEmailConfirmation).toBe(false);
    expect((await findProfile(person.id))!.registeredAt).toBeInstanceOf(Date);
  });
});
