import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/support/server-only.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next*/**', '.data/**', 'tests/e2e/**', 'bench/**'],
    environment: 'node',
    // One migrated embedded database that each integration test file starts from a copy of.
    globalSetup: ['tests/support/pglite-template.ts'],
    env: { LOG_LEVEL: 'silent' },
    // Each integration test file opens its own database; PGlite needs time on a small machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ['next-intl', 'next-auth'] } },
  },
});
