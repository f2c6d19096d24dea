import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '@/db/schema';
import { listOutboxMessages } from '@/lib/email/outbox';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
const start = Date.parse('2026-03-01T08:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  // 120 messages a minute apart; every third to Maija, the rest to Matti's phone.
  await database.db.insert(outboxMessages).values(
    Array.from({ length: 120 }, (_, i) => ({
      channel: i % 3 === 0 ? ('email' as const) : ('sms' as const),
      recipient: i % 3 === 0 ? 'Maija.Meikalainen@example.fi' : '+358401234567',
      subject: i % 3 === 0 ? `Viesti ${i}` : null,
      text: `Viesti ${i}`,
      deliveredVia: 'outbox',
      createdAt: new Date(start + i * 60_000),
    })),
  );
  await database.db.insert(outboxMessages).values({ channel: 'email', recipient: 'a_b%c@example.fi', text: 'x', deliveredVia: 'outbox', createdAt: new Date(start - 60_000) });
});
afterAll(async () => {
  await database.dispose();
});

describe('listOutboxMessages', () => {
  it('lists 50 a page, newest first', async () => {
    const first = await listOutboxMessages({ page: 1 });
    expect(first).toMatchObject({ total: 121, page: 1, pages: 3 });
    expect(first.messages).toHaveLength(50);
    expect(first.messages[0]!.text).toBe('Viesti 119');
    expect(first.messages[49]!.text).toBe('Viesti 70');
    const last = await listOutboxMessages({ page: 3 });
    expect(last.messages).toHaveLength(21);
    expect(last.messages.at(-1)!.recipient).toBe('a_b%c@example.fi');
  });

  it('gives the last page for a page past the end, and the first for nonsense', async () => {
    expect((await listOutboxMessages({ page: 99 })).page).toBe(3);
    expect((await listOutboxMessages({ page: -4 })).page).toBe(1);
  });

  it('filters by part of the recipient, in any case', async () => {
    const maija = await listOutboxMessages({ recipient: 'maija.meikalainen', page: 1 });
    expect(maija.total).toBe(40);
    expect(maija.messages.every((message) => message.recipient === 'Maija.Meikalainen@example.fi')).toBe(true);
    expect((await listOutboxMessages({ recipient: '+35840', page: 1 })).total).toBe(80);
    expect((await listOutboxMessages({ recipient: 'nobody@example.fi', page: 1 })).total).toBe(0);
  });

  it('takes % and _ in the filter literally', async () => {
    expect((await listOutboxMessages({ recipient: '%', page: 1 })).messages.map((m) => m.recipient)).toEqual(['a_b%c@example.fi']);
    expect((await listOutboxMessages({ recipient: 'a_b', page: 1 })).total).toBe(1);
    expect((await listOutboxMessages({ recipient: 'M_ija', page: 1 })).total).toBe(0);
  });
});
