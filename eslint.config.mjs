import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: ['.next*/**', '.data/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/results/**'],
  },
  {
    rules: {
      // lib/env.ts is the only module that reads the environment.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration from lib/env.ts.' }],
    },
  },
  {
    files: ['lib/env.ts', '*.config.ts', '*.config.mts', 'playwright.config.ts', 'tests/**', 'bench/**', 'db/scripts/**', '.ci/**', 'instrumentation.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
];
export default config;
