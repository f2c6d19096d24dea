import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
let disposed = false;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  if (!disposed) await database.dispose();
});

describe('GET /api/health', () => {
  it('answers 200 while the database answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('answers 503 when the database is gone', async () => {
    await database.dispose();
    disposed = true;
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', database: 'down' });
  });
});
