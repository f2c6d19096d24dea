import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, DEVELOPMENT_SECRETS, parseEnv } from './env';

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

  const key = (fill: string) => Buffer.alloc(32, fill).toString('base64');
  const production = {
    APP_ENV: 'production',
    DATABASE_URL: 'postgresql://app@db.internal/asiointi',
    PUBLIC_URL: 'https://asiointi.example.fi',
    OIDC_ISSUER: 'https://tunnistus.example.fi/auth/realms/helsinki',
    AUTH_SECRET: 'a-production-secret-of-forty-characters!',
    OIDC_CLIENT_SECRET: 'a-client-secret-from-the-broker',
    PERSONAL_ID_ENCRYPTION_KEY: key('e'),
    PERSONAL_ID_HASH_KEY: key('h'),
    RESEND_API_KEY: 're_123',
  };

  it('accepts a complete production configuration, with no demo data and no test identification by default', () => {
    const env = parseEnv(production);
    expect(env.SEED_DEMO_DATA).toBe(false);
    expect(env.TEST_IDP_ENABLED).toBe(false);
    expect(env.OIDC_ISSUER).toBe(production.OIDC_ISSUER);
    // In production the jobs run in `npm run worker` unless an instance is told otherwise.
    expect(env.JOBS_IN_APP).toBe(false);
    expect(parseEnv({ ...production, JOBS_IN_APP: 'true' }).JOBS_IN_APP).toBe(true);
  });

  it('refuses a production start with the test identification service on', () => {
    expect(() => parseEnv({ ...production, TEST_IDP_ENABLED: 'true' })).toThrow(/TEST_IDP_ENABLED: the test identification service must never run in production/);
  });

  it('lets a preview deployment run the test identification service with its own issuer', () => {
    const env = parseEnv({ APP_ENV: 'preview', PUBLIC_URL: 'https://pr-42.preview.example.fi' });
    expect(env.TEST_IDP_ENABLED).toBe(true);
    expect(env.OIDC_ISSUER).toBe('https://pr-42.preview.example.fi/test-idp');
  });

  it('lets a preview deployment, configured otherwise as production is, run the test identification service', () => {
    const env = parseEnv({ ...production, APP_ENV: 'preview', TEST_IDP_ENABLED: 'true', SEED_DEMO_DATA: 'true' });
    expect(env.TEST_IDP_ENABLED).toBe(true);
    expect(env.SEED_DEMO_DATA).toBe(true);
  });

  describe('when the build or the server imports it', () => {
    function stubEnvironment(settings: Record<string, string>) {
      for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
      vi.resetModules();
    }
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it('stops a production start with the test identification service on', async () => {
      stubEnvironment({ ...production, SEED_DEMO_DATA: 'false', TEST_IDP_ENABLED: 'true' });
      await expect(import('./env')).rejects.toThrow(/TEST_IDP_ENABLED: the test identification service must never run in production \(use APP_ENV=preview/);
    });

    it('starts production without it, and a preview with it', async () => {
      stubEnvironment({ ...production, SEED_DEMO_DATA: 'false', TEST_IDP_ENABLED: 'false' });
      expect((await import('./env')).env.TEST_IDP_ENABLED).toBe(false);
      stubEnvironment({ ...production, SEED_DEMO_DATA: 'false', APP_ENV: 'preview', TEST_IDP_ENABLED: 'true' });
      expect((await import('./env')).env).toMatchObject({ APP_ENV: 'preview', TEST_IDP_ENABLED: true });
    });
  });

  it('refuses the public development secrets and keys in production', () => {
    expect(() => parseEnv({ ...production, AUTH_SECRET: undefined })).toThrow(/AUTH_SECRET: production needs a secret of its own/);
    expect(() => parseEnv({ ...production, PERSONAL_ID_HASH_KEY: DEVELOPMENT_SECRETS.PERSONAL_ID_HASH_KEY })).toThrow(
      /PERSONAL_ID_HASH_KEY: production needs a secret of its own/,
    );
  });

  it('checks that an encryption key is 32 bytes', () => {
    expect(() => parseEnv({ PERSONAL_ID_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/PERSONAL_ID_ENCRYPTION_KEY: must be 32 bytes/);
  });

  it('keeps text messages in the outbox and runs the jobs in the app when nothing is set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ SMS_SENDER: 'Helsinki', JOBS_IN_APP: true });
    expect(env.SMS_GATEWAY_URL).toBeUndefined();
    expect(parseEnv({ JOBS_IN_APP: 'false' }).JOBS_IN_APP).toBe(false);
  });

  it('wants the SMS gateway address and token together, a sender a phone can show, and https:// in production', () => {
    expect(() => parseEnv({ SMS_GATEWAY_URL: 'https://sms.example.fi/send' })).toThrow(/SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN: set both/);
    expect(() => parseEnv({ SMS_GATEWAY_TOKEN: 'secret' })).toThrow(/set both/);
    expect(() => parseEnv({ SMS_SENDER: 'Helsingin kaupunki' })).toThrow(/SMS_SENDER: must be up to 11 letters/);
    expect(parseEnv({ SMS_SENDER: '+358401234567' }).SMS_SENDER).toBe('+358401234567');
    const gateway = { SMS_GATEWAY_URL: 'http://sms.internal/send', SMS_GATEWAY_TOKEN: 'secret' };
    expect(parseEnv(gateway)).toMatchObject(gateway);
    expect(() => parseEnv({ ...production, ...gateway })).toThrow(/SMS_GATEWAY_URL: production sends the gateway's token over https:\/\/ only/);
    expect(parseEnv({ ...production, ...gateway, SMS_GATEWAY_URL: 'https://sms.example.fi/send' }).SMS_GATEWAY_URL).toBe('https://sms.example.fi/send');
  });

  it('takes a demo case system key only in the API key format, and never in production', () => {
    const key = `asi_${'a1'.repeat(6)}_${'K'.repeat(43)}`;
    expect(parseEnv({ DEMO_CASE_SYSTEM_KEY: key }).DEMO_CASE_SYSTEM_KEY).toBe(key);
    expect(() => parseEnv({ DEMO_CASE_SYSTEM_KEY: 'secret' })).toThrow(/DEMO_CASE_SYSTEM_KEY: must be a key of the form/);
    expect(() => parseEnv({ ...production, DEMO_CASE_SYSTEM_KEY: key })).toThrow(/DEMO_CASE_SYSTEM_KEY: the demo case system belongs to the demo data/);
  });
});
