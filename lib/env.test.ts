import { describe, expect, it } from 'vitest';
import { ConfigurationError, parseEnv } from './env';

describe('parseEnv', () => {
  it('starts a developer on the embedded database with demo data when nothing is set', () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe('development');
    expect(env.usesEmbeddedDatabase).toBe(true);
    expect(env.SEED_DEMO_DATA).toBe(true);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('treats an empty value as not set', () => {
    expect(parseEnv({ DATABASE_URL: '' }).usesEmbeddedDatabase).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const env = parseEnv({ DATABASE_URL: 'postgres://app@db.internal:5432/asiointi' });
    expect(env.usesEmbeddedDatabase).toBe(false);
  });

  it('names the setting that is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('refuses a production start on the embedded database, over http, or with demo data, listing every problem', () => {
    let error: unknown;
    try {
      parseEnv({ APP_ENV: 'production', SEED_DEMO_DATA: 'true' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain('DATABASE_URL: production needs a PostgreSQL server');
    expect(message).toContain('PUBLIC_URL: production must be served over https://');
    expect(message).toContain('SEED_DEMO_DATA: demo data must never be written');
  });

  it('accepts a complete production configuration and writes no demo data by default', () => {
    const env = parseEnv({
      APP_ENV: 'production',
      DATABASE_URL: 'postgresql://app@db.internal/asiointi',
      PUBLIC_URL: 'https://asiointi.example.fi',
    });
    expect(env.SEED_DEMO_DATA).toBe(false);
  });
});
