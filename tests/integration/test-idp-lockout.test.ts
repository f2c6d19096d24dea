/**
 * The test identification service locks a bank user id or a certificate card after five wrong
 * codes in fifteen minutes, as the real services do; the counters are in the database, so the
 * lock holds on every app instance.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffset } from '@/lib/time/clock';
import { readTicket } from '@/lib/test-idp/ticket';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { authorizeParams, locationOf, startAuthorization, submit } from '../support/test-idp-client';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});
afterEach(() => setClockOffset(0));

async function bankTry(userId: string, code: string) {
  const ticket = await startAuthorization(authorizeParams());
  return locationOf(await submit('bank', { t: ticket, bank: 'nordea', userId, code }));
}

async function pinTry(person: string, pin: string) {
  const ticket = await startAuthorization(authorizeParams());
  const pinPage = locationOf(await submit('card', { t: ticket, person }));
  return locationOf(await submit('card-pin', { t: pinPage.searchParams.get('t')!, pin }));
}

describe('bank access codes', () => {
  it('lock the user id at the fifth wrong code, refuse even the right code, and leave other user ids alone', async () => {
    const errors = [];
    for (let i = 0; i < 5; i++) errors.push((await bankTry('66666666', '0000')).searchParams.get('error'));
    expect(errors).toEqual(['credentials', 'credentials', 'credentials', 'credentials', 'locked']);

    const refused = await bankTry('66666666', '6666');
    expect(refused.pathname).toBe('/test-idp/bank/nordea');
    expect(refused.searchParams.get('error')).toBe('locked');
    expect(Number(refused.searchParams.get('minutes'))).toBe(15);

    const other = await bankTry('22222222', '2222');
    expect(other.pathname).toBe('/test-idp/success');
  });

  it('count wrong codes for an unknown user id too, and open again after fifteen minutes', async () => {
    for (let i = 0; i < 5; i++) await bankTry('99999999', '1234');
    expect((await bankTry('99999999', '1234')).searchParams.get('error')).toBe('locked');
    for (let i = 0; i < 4; i++) await bankTry('13131313', '0000');

    setClockOffset(10 * 60_000);
    const waiting = await bankTry('99999999', '1234');
    expect(waiting.searchParams.get('error')).toBe('locked');
    expect(Number(waiting.searchParams.get('minutes'))).toBe(5);

    setClockOffset(15 * 60_000 + 1_000);
    expect((await bankTry('99999999', '1234')).searchParams.get('error')).toBe('credentials');
    // The four wrong codes were in the window that ended: the right code works.
    const success = await bankTry('13131313', '1313');
    expect(success.pathname).toBe('/test-idp/success');
    expect((await readTicket(success.searchParams.get('t')))?.identified).toMatchObject({ personId: 'tiina-tiedonhaku', method: 'bank' });
  });
});

describe('certificate card', () => {
  it('locks the card at the fifth wrong PIN and refuses the right one while locked', async () => {
    const errors = [];
    for (let i = 0; i < 5; i++) errors.push((await pinTry('nils-nyman', '0000')).searchParams.get('error'));
    expect(errors).toEqual(['pin', 'pin', 'pin', 'pin', 'locked']);
    const refused = await pinTry('nils-nyman', '1234');
    expect(refused.pathname).toBe('/test-idp/card/pin');
    expect(refused.searchParams.get('error')).toBe('locked');

    const other = await pinTry('aino-virtanen', '1234');
    expect(other.pathname).toBe('/test-idp/success');
  });
});
