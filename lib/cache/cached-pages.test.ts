import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { cachedPageFor } from './cached-pages';

const visit = (path: string, init: { cookie?: string; method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
  });

describe('cachedPageFor', () => {
  it('serves a service description from the cache to a visitor who is not signed in', () => {
    expect(cachedPageFor(visit('/sv/e-services/dog-declaration'))).toBe('/cached/sv/e-services/dog-declaration');
    expect(cachedPageFor(visit('/fi/e-services/dog-declaration', { cookie: 'text-size=100; language=fi' }))).toBe('/cached/fi/e-services/dog-declaration');
    expect(cachedPageFor(visit('/en/e-services/dog-declaration', { method: 'HEAD' }))).toBe('/cached/en/e-services/dog-declaration');
  });

  it('renders the page for someone signed in, or with a text size of their own', () => {
    expect(cachedPageFor(visit('/fi/e-services/dog-declaration', { cookie: 'authjs.session-token=abc' }))).toBeUndefined();
    expect(cachedPageFor(visit('/fi/e-services/dog-declaration', { cookie: '__Secure-authjs.session-token=abc' }))).toBeUndefined();
    expect(cachedPageFor(visit('/fi/e-services/dog-declaration', { cookie: 'text-size=150' }))).toBeUndefined();
  });

  it('leaves every other page, the router’s data requests and anything but reading alone', () => {
    for (const path of ['/fi', '/fi/e-services', '/fi/e-services/dog-declaration/extra', '/de/e-services/dog-declaration', '/fi/e-services/Dog', '/fi/folder']) {
      expect(cachedPageFor(visit(path)), path).toBeUndefined();
    }
    expect(cachedPageFor(visit('/fi/e-services/dog-declaration', { headers: { rsc: '1' } }))).toBeUndefined();
    expect(cachedPageFor(visit('/fi/e-services/dog-declaration?_rsc=abc'))).toBeUndefined();
    expect(cachedPageFor(visit('/fi/e-services/dog-declaration', { method: 'POST' }))).toBeUndefined();
  });
});
