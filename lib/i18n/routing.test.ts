import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the language cookie next-intl writes in the browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is Secure on a page served over https, and not on http (where a browser would refuse it)', async () => {
    vi.stubGlobal('window', { location: { protocol: 'https:' } });
    vi.resetModules();
    expect((await import('./routing')).routing.localeCookie).toMatchObject({ name: 'language', secure: true });
    vi.stubGlobal('window', { location: { protocol: 'http:' } });
    vi.resetModules();
    expect((await import('./routing')).routing.localeCookie).not.toHaveProperty('secure');
  });
});
