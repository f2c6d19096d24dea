/**
 * Next's cache of rendered pages (next.config.ts `cacheHandler`): Next's own file-system cache,
 * plus two duties.
 *
 * A page kept in the cache is sent to every visitor as it is, so it cannot carry a per-request
 * script nonce: when a page goes into the cache, this handler gives it a Content Security Policy
 * that names the hashes of exactly the inline scripts and styles it holds. Next stores that
 * header with the page and sends it with every copy, the first one included.
 *
 * It also hands each such page to the page store that the production server answers from before
 * Next's routing (lib/cache/page-store.ts, server.mjs), and empties that store whenever Next
 * revalidates anything, such as an editor's publish.
 *
 * Next loads this file itself at run time, outside the TypeScript build, hence plain JavaScript;
 * the code it calls is registered by instrumentation.ts (lib/cache/cached-page-policy.ts).
 * Without it no inline script is allowed at all, which fails safe.
 */
import nextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = nextFileSystemCache.default ?? nextFileSystemCache;
const FAIL_SAFE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

const pageCache = () => globalThis[Symbol.for('asiointi.pageCache')];

export default class PageCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && data.kind === 'APP_PAGE' && typeof data.html === 'string') {
      // The same headers object goes out with the answer to the request that rendered the page.
      data.headers = data.headers ?? {};
      data.headers['content-security-policy'] = pageCache()?.policyFor(data.html) ?? FAIL_SAFE_POLICY;
      // Every address that is not a service would otherwise be kept on disk for good.
      if (data.status === 404) return;
      pageCache()?.remember(key, data, ctx?.cacheControl?.revalidate);
    }
    return super.set(key, data, ctx);
  }

  async revalidateTag(...args) {
    pageCache()?.forget();
    return super.revalidateTag(...args);
  }
}
