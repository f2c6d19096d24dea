/**
 * The test identification service signs anyone in as anyone: a production server started with it
 * on must not come up. lib/env.test.ts checks the rule; this starts the real production server
 * (`node server.mjs`, what `npm start` runs) with an otherwise complete production configuration
 * and sees it stop before it listens, saying why. The same start without the flag gets past the
 * configuration (and stops only for want of a build in an empty build folder), so the refusal is
 * the flag's and nothing else's.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');

const production = {
  APP_ENV: 'production',
  DATABASE_URL: 'postgresql://app@127.0.0.1:1/asiointi',
  PUBLIC_URL: 'https://asiointi.example.fi',
  OIDC_ISSUER: 'https://tunnistus.example.fi/auth/realms/helsinki',
  AUTH_SECRET: 'a-production-secret-of-forty-characters!',
  OIDC_CLIENT_SECRET: 'a-client-secret-from-the-broker',
  PERSONAL_ID_ENCRYPTION_KEY: key(1),
  PERSONAL_ID_HASH_KEY: key(2),
  RESEND_API_KEY: 're_123',
  // No build here: a start that got past the configuration stops at once for want of one.
  BUILD_DIR: '.next-no-build-here',
};

function start(settings: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['server.mjs', '--port', '0'], {
      // Only these settings: nothing of the test run's own environment (its .env is read by Next,
      // but the production settings above override whatever it holds).
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...settings },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      reject(new Error(`the server did not stop within 60 s:\n${output}`));
    }, 60_000);
    server.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('a production start', () => {
  it('with the test identification service on stops with a message that names it', async () => {
    const { code, output } = await start({ ...production, TEST_IDP_ENABLED: 'true' });
    expect(code).not.toBe(0);
    expect(output).toContain('Asiointi cannot start: the configuration is not valid.');
    expect(output).toContain('TEST_IDP_ENABLED: the test identification service must never run in production (use APP_ENV=preview for a preview deployment)');
    expect(output).not.toContain('listening');
  }, 70_000);

  it('without it gets past the configuration', async () => {
    const { output } = await start({ ...production, TEST_IDP_ENABLED: 'false' });
    expect(output).not.toContain('the configuration is not valid');
    expect(output).toContain('Could not find a production build');
  }, 70_000);
});
