import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
// Importing the settings here makes a misconfigured build or start fail at once.
import { env } from './lib/env';
import { BASELINE_SECURITY_HEADERS } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pino'],
  allowedDevOrigins: ['127.0.0.1'],
  distDir: env.BUILD_DIR,
  async headers() {
    return [{ source: '/:path*', headers: BASELINE_SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
