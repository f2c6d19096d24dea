import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEVELOPMENT_SECRETS, parseEnv } from './env';

// APP_ENV=preview is the one setting of a preview deployment: everything else has a default
// that works on a fresh clone and on a serverless host whose only writable folder is /tmp.
describe('APP_ENV=preview', () => {
  const ownTemporaryFolder = path.join(os.tmpdir(), `asiointi-preview-${process.pid}`);

  it('alone gives the demo data, the test identification service and the jobs, on a database in memory and files in a temporary folder', () => {
    const env = parseEnv({ APP_ENV: 'preview' });
    expect(env).toMatchObject({
      APP_ENV: 'preview',
      SEED_DEMO_DATA: true,
      TEST_IDP_ENABLED: true,
      JOBS_IN_APP: true,
      usesEmbeddedDatabase: true,
      embeddedDatabaseInMemory: true,
      PUBLIC_URL: 'http://localhost:3000',
      OIDC_ISSUER: 'http://localhost:3000/test-idp',
      AUTH_SECRET: DEVELOPMENT_SECRETS.AUTH_SECRET,
    });
    expect(env.RESEND_API_KEY).toBeUndefined();
    expect(env.SMS_GATEWAY_URL).toBeUndefined();
    // Nothing in the checkout's .data: attachments go under the system's temporary folder.
    expect(env.DATA_DIR).toBe(ownTemporaryFolder);
    expect(env.attachmentStorage).toEqual({ kind: 'local', directory: `${ownTemporaryFolder}/attachments` });
  });

  it('on Vercel is reached at the deployment’s own address, which also names its test identification service', () => {
    const env = parseEnv({ APP_ENV: 'preview', VERCEL_URL: 'asiointi-git-fix-7-city.vercel.app' });
    expect(env.PUBLIC_URL).toBe('https://asiointi-git-fix-7-city.vercel.app');
    expect(env.OIDC_ISSUER).toBe('https://asiointi-git-fix-7-city.vercel.app/test-idp');
    expect(parseEnv({ APP_ENV: 'preview', VERCEL_URL: 'x.vercel.app', PUBLIC_URL: 'https://review.example.fi' }).PUBLIC_URL).toBe('https://review.example.fi');
  });

  it('is what a Vercel preview deployment runs as, and a Vercel production deployment runs as production, without APP_ENV', () => {
    expect(parseEnv({ VERCEL_ENV: 'preview', VERCEL_URL: 'pr.vercel.app' })).toMatchObject({ APP_ENV: 'preview', embeddedDatabaseInMemory: true });
    expect(() => parseEnv({ VERCEL_ENV: 'production' })).toThrow(/DATABASE_URL: production needs a PostgreSQL server/);
    expect(parseEnv({ VERCEL_ENV: 'development' }).APP_ENV).toBe('development');
    expect(parseEnv({ VERCEL_ENV: 'production', APP_ENV: 'preview' }).APP_ENV).toBe('preview');
  });

  it('keeps its data in DATA_DIR or on a PostgreSQL server when one is named', () => {
    const folder = parseEnv({ APP_ENV: 'preview', DATA_DIR: '/srv/preview' });
    expect(folder).toMatchObject({ embeddedDatabaseInMemory: false, DATA_DIR: '/srv/preview' });
    expect(folder.attachmentStorage).toEqual({ kind: 'local', directory: '/srv/preview/attachments' });
    const server = parseEnv({ APP_ENV: 'preview', DATABASE_URL: 'postgres://preview@db.internal/pr42' });
    expect(server).toMatchObject({ usesEmbeddedDatabase: false, embeddedDatabaseInMemory: false, SEED_DEMO_DATA: true });
  });

  it('changes nothing for development, where the data stay in .data and VERCEL_URL means nothing', () => {
    const env = parseEnv({ VERCEL_URL: 'x.vercel.app' });
    expect(env).toMatchObject({ DATA_DIR: '.data', embeddedDatabaseInMemory: false, PUBLIC_URL: 'http://localhost:3000' });
  });

  it('is no way around production’s required settings: a production start without them still stops, naming them', () => {
    expect(() => parseEnv({ APP_ENV: 'production', VERCEL_URL: 'x.vercel.app' })).toThrow(
      /cannot start[\s\S]*DATABASE_URL: production needs a PostgreSQL server[\s\S]*PUBLIC_URL: production must be served over https:\/\/[\s\S]*AUTH_SECRET: production needs a secret of its own/,
    );
  });

  describe('when the server opens its database', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it('opens PGlite in memory, not the folder under .data', async () => {
      vi.stubEnv('APP_ENV', 'preview');
      // Empty means not set, whatever the machine running the tests has.
      vi.stubEnv('DATABASE_URL', '');
      vi.stubEnv('DATA_DIR', '');
      vi.resetModules();
      const { configuredLocation } = await import('@/db');
      expect(configuredLocation()).toEqual({ kind: 'pglite-memory' });
    });
  });
});
