import { describe, expect, it } from 'vitest';
import { isDatabaseUnreachable } from './database-watch';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('isDatabaseUnreachable', () => {
  it('knows the driver, Node and PostgreSQL for a database out of reach, also wrapped as Drizzle wraps it', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', '57P01', '57P03', '08006', '08001']) {
      expect(isDatabaseUnreachable(withCode(code)), code).toBe(true);
      expect(isDatabaseUnreachable(new Error('Failed query: select 1', { cause: withCode(code) })), `wrapped ${code}`).toBe(true);
    }
  });

  it('does not take a refused query, a timeout under load or anything else for an outage', () => {
    for (const code of ['22021', '23505', '42P01', '40001', '57014', 'CONNECT_TIMEOUT', 'ERR_INVALID_ARG_TYPE']) expect(isDatabaseUnreachable(withCode(code)), code).toBe(false);
    expect(isDatabaseUnreachable(new Error('no code'))).toBe(false);
    expect(isDatabaseUnreachable(undefined)).toBe(false);
    expect(isDatabaseUnreachable('ECONNREFUSED')).toBe(false);
  });
});
