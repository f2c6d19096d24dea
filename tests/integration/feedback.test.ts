import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedback } from '@/db/schema';
import { saveFeedback } from '@/lib/feedback/mutations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

describe('saving feedback', () => {
  it('stores what was typed, the language and the time, and nothing else', async () => {
    const before = new Date();
    await saveFeedback({ category: 'signing-in', message: 'Mobiilivarmenne aikakatkaistiin.', email: null }, 'fi');
    await saveFeedback({ category: 'folder', message: 'Bra mapp.', email: 'svar@example.fi' }, 'sv');
    const rows = await database.db.select().from(feedback).orderBy(feedback.createdAt);
    expect(rows.map(({ category, message, email, locale }) => ({ category, message, email, locale }))).toEqual([
      { category: 'signing-in', message: 'Mobiilivarmenne aikakatkaistiin.', email: null, locale: 'fi' },
      { category: 'folder', message: 'Bra mapp.', email: 'svar@example.fi', locale: 'sv' },
    ]);
    expect(rows[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(Object.keys(rows[0]!).sort()).toEqual(['category', 'createdAt', 'email', 'id', 'locale', 'message']);
  });
});
