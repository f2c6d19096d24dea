import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetStoredPages, rememberPage, serveStoredPage } from './page-store';

const KEY = '/route-cache/APP_PAGE/98f973a658e9991cc610fe4041be1f99930ca14c1b934a33a8587f6fa5cf4237/$/cached/fi/e-services/dog-declaration';
const page = { kind: 'APP_PAGE', html: '<html lang="fi"><h1>Koiraveroilmoitus</h1></html>', status: 200, headers: { 'content-security-policy': "script-src 'self' 'sha256-abc='", 'x-next-cache-tags': '_N_T_/layout' } };

function request(url: string, init: { method?: string; cookie?: string; headers?: Record<string, string> } = {}) {
  return { method: init.method ?? 'GET', url, headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers } } as unknown as IncomingMessage;
}

/** What the store wrote: a stand-in for Node's ServerResponse with the three members it uses. */
function response() {
  const sent = { statusCode: 0, headers: new Map<string, unknown>(), body: undefined as Buffer | undefined, ended: false };
  const res = {
    set statusCode(value: number) {
      sent.statusCode = value;
    },
    setHeader: (name: string, value: unknown) => sent.headers.set(name.toLowerCase(), value),
    end: (body?: Buffer) => {
      sent.body = body;
      sent.ended = true;
    },
  };
  return { res: res as unknown as ServerResponse, sent };
}

describe('the page store', () => {
  beforeEach(() => forgetStoredPages());

  it('answers a visitor who is not signed in with the page Next cached, its policy and the baseline headers', () => {
    rememberPage(KEY, page, 3600, 1_000);
    const { res, sent } = response();
    expect(serveStoredPage(request('/fi/e-services/dog-declaration?from=search'), res, 2_000)).toBe(true);
    expect(sent.statusCode).toBe(200);
    expect(sent.body?.toString()).toBe(page.html);
    expect(sent.headers.get('content-security-policy')).toBe("script-src 'self' 'sha256-abc='");
    expect(sent.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sent.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(sent.headers.get('content-length')).toBe(Buffer.byteLength(page.html));
    // Next's bookkeeping stays inside Next.
    expect(sent.headers.has('x-next-cache-tags')).toBe(false);
  });

  it('sends the page compressed to a browser that accepts gzip', async () => {
    const { gunzipSync } = await import('node:zlib');
    rememberPage(KEY, page, 3600, 1_000);
    const { res, sent } = response();
    expect(serveStoredPage(request('/fi/e-services/dog-declaration', { headers: { 'accept-encoding': 'gzip, deflate, br' } }), res, 2_000)).toBe(true);
    expect(sent.headers.get('content-encoding')).toBe('gzip');
    expect(sent.headers.get('vary')).toBe('Accept-Encoding');
    expect(gunzipSync(sent.body!).toString()).toBe(page.html);
    expect(sent.headers.get('content-length')).toBe(sent.body!.length);
  });

  it('answers HEAD without a body', () => {
    rememberPage(KEY, page, 3600, 1_000);
    const { res, sent } = response();
    expect(serveStoredPage(request('/fi/e-services/dog-declaration', { method: 'HEAD' }), res, 2_000)).toBe(true);
    expect(sent.body).toBeUndefined();
  });

  it('leaves to Next whoever the page is not for, and any page it does not hold', () => {
    rememberPage(KEY, page, 3600, 1_000);
    for (const personal of [
      request('/fi/e-services/dog-declaration', { cookie: 'authjs.session-token=abc' }),
      request('/fi/e-services/dog-declaration', { cookie: 'language=fi; __Secure-authjs.session-token=abc' }),
      request('/fi/e-services/dog-declaration', { cookie: 'text-size=150' }),
      request('/fi/e-services/dog-declaration', { headers: { rsc: '1' } }),
      request('/fi/e-services/dog-declaration', { method: 'POST' }),
      request('/sv/e-services/dog-declaration'),
      request('/fi/e-services'),
    ]) {
      const { res, sent } = response();
      expect(serveStoredPage(personal, res, 2_000)).toBe(false);
      expect(sent.ended).toBe(false);
    }
    // A text size of 100 is the page everyone gets.
    expect(serveStoredPage(request('/fi/e-services/dog-declaration', { cookie: 'text-size=100' }), response().res, 2_000)).toBe(true);
  });

  it('keeps a page only until its revalidation time, and not at all once something is revalidated', () => {
    rememberPage(KEY, page, 60, 1_000);
    expect(serveStoredPage(request('/fi/e-services/dog-declaration'), response().res, 60_999)).toBe(true);
    expect(serveStoredPage(request('/fi/e-services/dog-declaration'), response().res, 61_000)).toBe(false);
    rememberPage(KEY, page, 60, 100_000);
    forgetStoredPages();
    expect(serveStoredPage(request('/fi/e-services/dog-declaration'), response().res, 100_001)).toBe(false);
  });

  it('holds only service descriptions that were found', () => {
    rememberPage(KEY, { ...page, status: 404 }, 3600, 1_000);
    rememberPage(KEY.replace('/cached/fi/e-services/dog-declaration', '/fi/folder'), page, 3600, 1_000);
    expect(serveStoredPage(request('/fi/e-services/dog-declaration'), response().res, 2_000)).toBe(false);
    expect(serveStoredPage(request('/fi/folder'), response().res, 2_000)).toBe(false);
  });
});
