import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
// Importing the settings here makes a misconfigured build or start fail at once.
import { env } from './lib/env';
import { cachedPageRewrites } from './lib/cache/cached-pages';
import { BASELINE_SECURITY_HEADERS, FILE_CONTENT_SECURITY_POLICY } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  // The messages are compiled when the app is built, not parsed again on every request: formatting
  // a message with values otherwise parses it anew for each page. (`t.raw` is then not available.)
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time;
  // pg-boss (and the pg driver it brings) are plain Node packages best left unbundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pino', 'pg-boss'],
  allowedDevOrigins: ['127.0.0.1'],
  distDir: env.BUILD_DIR,
  // Next's file-system page cache, which also gives each cached page its own script hashes.
  cacheHandler: require.resolve('./lib/cache/page-cache-handler.mjs'),
  // Service descriptions for visitors who are not signed in come from the page cache (not in
  // `next dev`, which caches nothing). ETags would hash every page on every answer.
  generateEtags: false,
  // Attachments may be 2 MiB; a form that carries one is a little larger than the file.
  experimental: { serverActions: { bodySizeLimit: '3mb' } },
  async rewrites() {
    return { beforeFiles: env.isDevelopmentServer ? [] : cachedPageRewrites, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      { source: '/:path*', headers: BASELINE_SECURITY_HEADERS },
      // Pages get a per-request policy from proxy.ts; files (which it skips) get this one.
      { source: '/:file(.*\\.[A-Za-z0-9]+)', headers: [{ key: 'Content-Security-Policy', value: FILE_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
