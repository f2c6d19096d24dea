/**
 * Acting for an organisation (ID2, FOL1): the role can be changed only to an organisation that
 * the e-authorizations confirmed at this session's sign-in, only in one's own session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations, sessions } from '@/db/schema';
import { identificationClaimsSchema } from '@/lib/auth/claims';
import { startSession, upsertPersonFromClaims } from '@/lib/auth/identity-store';
import { switchRole } from '@/lib/roles/mutations';
import { representedOrganisations } from '@/lib/roles/queries';
import { roleChoiceSchema } from '@/lib/roles/schema';
import { setClockOffset } from '@/lib/time/clock';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  setClockOffset(0);
  await database.dispose();
});

const company = { business_id: '2345678-0', name: 'Testiyritys Oy' };
const association = { business_id: '9876543-0', name: 'Kotikadun Asukasyhdistys ry' };

const yrjo = identificationClaimsSchema.parse({
  sub: 'subject-yrjo',
  given_name: 'Yrjö',
  family_name: 'Yrittäjä',
  national_id: '190975-920J',
  amr: ['suomi_fi', 'bank'],
  bank: 'nordea',
  loa: 'substantial',
  represents: [company, association],
});
const olli = identificationClaimsSchema.parse({
  sub: 'subject-olli',
  given_name: 'Olli',
  family_name: 'Odottaja',
  national_id: '091199-982W',
  amr: ['suomi_fi', 'bank'],
  bank: 'nordea',
  loa: 'substantial',
});

let sessionNumber = 0;
/** A sign-in as the identity broker's claims say, as Auth.js stores it. */
async function signIn(claims: typeof yrjo) {
  const person = await upsertPersonFromClaims(claims);
  const sessionToken = `session-${++sessionNumber}`;
  await startSession({ sessionToken, personId: person.id, expires: new Date(Date.now() + 3_600_000) }, claims);
  return { sessionToken, personId: person.id };
}

async function actingFor(sessionToken: string) {
  const [row] = await database.db.select({ id: sessions.actingForOrganisationId }).from(sessions).where(eq(sessions.sessionToken, sessionToken));
  return row!.id;
}

async function organisationId(businessId: string) {
  const [row] = await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.businessId, businessId));
  return row!.id;
}

describe('changing role', () => {
  it('lists the organisations the sign-in confirmed, by name, and switches between them and the personal role', async () => {
    const session = await signIn(yrjo);
    const listed = await representedOrganisations(session);
    expect(listed.map((o) => [o.name, o.businessId])).toEqual([
      ['Kotikadun Asukasyhdistys ry', '9876543-0'],
      ['Testiyritys Oy', '2345678-0'],
    ]);
    const [associationRow, companyRow] = listed;

    expect(await switchRole(session, { kind: 'organisation', organisationId: companyRow!.id })).toEqual({ ok: true });
    expect(await actingFor(session.sessionToken)).toBe(companyRow!.id);
    expect(await switchRole(session, { kind: 'organisation', organisationId: associationRow!.id })).toEqual({ ok: true });
    expect(await actingFor(session.sessionToken)).toBe(associationRow!.id);
    expect(await switchRole(session, { kind: 'personal' })).toEqual({ ok: true });
    expect(await actingFor(session.sessionToken)).toBeNull();
  });

  it('starts a corporate sign-in in the chosen organisation’s role, with the others still to choose from', async () => {
    const session = await signIn({ ...yrjo, org_business_id: company.business_id, org_name: company.name });
    expect(await actingFor(session.sessionToken)).toBe(await organisationId('2345678-0'));
    expect(await representedOrganisations(session)).toHaveLength(2);
  });

  it('refuses an organisation the person does not represent, and changes nothing', async () => {
    await signIn(yrjo); // the organisations exist
    const session = await signIn(olli);
    expect(await representedOrganisations(session)).toEqual([]);
    const result = await switchRole(session, { kind: 'organisation', organisationId: await organisationId('2345678-0') });
    expect(result).toEqual({ ok: false, reason: 'notRepresented' });
    expect(await actingFor(session.sessionToken)).toBeNull();

    const unknown = await switchRole(session, { kind: 'organisation', organisationId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toEqual({ ok: false, reason: 'notRepresented' });
  });

  it('refuses an organisation whose authorisation the latest identification no longer carried', async () => {
    await signIn(yrjo);
    setClockOffset(60_000);
    const session = await signIn({ ...yrjo, represents: [company] });
    setClockOffset(0);
    expect((await representedOrganisations(session)).map((o) => o.name)).toEqual(['Testiyritys Oy']);
    const result = await switchRole(session, { kind: 'organisation', organisationId: await organisationId('9876543-0') });
    expect(result).toEqual({ ok: false, reason: 'notRepresented' });
    expect(await actingFor(session.sessionToken)).toBeNull();
  });

  it('changes only the caller’s own session', async () => {
    const yrjoSession = await signIn(yrjo);
    const olliSession = await signIn(olli);
    const companyId = await organisationId('2345678-0');
    // Yrjö's person id with Olli's session token: neither his session nor Olli's changes.
    const result = await switchRole({ sessionToken: olliSession.sessionToken, personId: yrjoSession.personId }, { kind: 'organisation', organisationId: companyId });
    expect(result).toEqual({ ok: false, reason: 'notRepresented' });
    expect(await actingFor(olliSession.sessionToken)).toBeNull();
    expect(await actingFor(yrjoSession.sessionToken)).toBeNull();
    expect(await switchRole({ sessionToken: olliSession.sessionToken, personId: yrjoSession.personId }, { kind: 'personal' })).toEqual({
      ok: false,
      reason: 'notRepresented',
    });
  });
});

describe('the role form’s value', () => {
  it('is "personal" or an organisation id, nothing else', () => {
    expect(roleChoiceSchema.parse('personal')).toEqual({ kind: 'personal' });
    expect(roleChoiceSchema.parse('8c5e1b7a-3f0d-4c1e-9a7b-2d4f6e8a0b1c')).toEqual({ kind: 'organisation', organisationId: '8c5e1b7a-3f0d-4c1e-9a7b-2d4f6e8a0b1c' });
    for (const bad of [null, '', '2345678-0', "' or 1=1 --", 'PERSONAL']) expect(roleChoiceSchema.safeParse(bad).success).toBe(false);
  });
});
