import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next*/**', '.data/**', 'tests/e2e/**'],
    environment: 'node',
    // Each integration test file opens its own database; PGlite needs time on a small machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ['next-intl'] } },
  },
});
