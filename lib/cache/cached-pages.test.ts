import { describe, expect, it } from 'vitest';
import { getRewrittenUrl, unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { config } from '@/proxy';
import { cachedPageRewrites } from './cached-pages';

const nextConfig = { async rewrites() { return { beforeFiles: cachedPageRewrites, afterFiles: [], fallback: [] }; } };

/** Where a request ends up: the cached copy, or the proxy and the page rendered for the person. */
type RequestParts = { cookies?: Record<string, string>; headers?: Record<string, string> };

async function route(path: string, init: RequestParts = {}) {
  const url = `http://localhost${path}`;
  const proxied = unstable_doesMiddlewareMatch({ config, url, cookies: init.cookies, headers: init.headers });
  const response = await unstable_getResponseFromNextConfig({ url, nextConfig, cookies: init.cookies, headers: init.headers });
  const rewritten = getRewrittenUrl(response);
  return { proxied, cached: rewritten ? new URL(rewritten).pathname : null };
}

describe('the cached service descriptions', () => {
  it('go to a visitor who is not signed in, without the proxy', async () => {
    expect(await route('/sv/e-services/dog-declaration')).toEqual({ proxied: false, cached: '/cached/sv/e-services/dog-declaration' });
    expect(await route('/fi/e-services/dog-declaration', { cookies: { 'text-size': '100', language: 'fi' } })).toEqual({ proxied: false, cached: '/cached/fi/e-services/dog-declaration' });
  });

  it('are not for someone signed in, with a text size of their own, or for the router’s data requests', async () => {
    const personal: RequestParts[] = [
      { cookies: { 'authjs.session-token': 'abc' } },
      { cookies: { '__Secure-authjs.session-token': 'abc' } },
      { cookies: { 'text-size': '150' } },
      { cookies: { 'text-size': '125' } },
      { headers: { rsc: '1' } },
    ];
    for (const init of personal) {
      expect(await route('/fi/e-services/dog-declaration', init), JSON.stringify(init)).toEqual({ proxied: true, cached: null });
    }
  });

  it('leave every other page to the proxy, and files to neither', async () => {
    for (const path of ['/fi', '/fi/e-services', '/en/e-services/dog-declaration/history', '/fi/folder', '/cached/fi/e-services/dog-declaration', '/test-idp/authorize']) {
      expect(await route(path), path).toEqual({ proxied: true, cached: null });
    }
    expect(await route('/favicon.svg')).toEqual({ proxied: false, cached: null });
  });
});
