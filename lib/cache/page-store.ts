import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { BASELINE_SECURITY_HEADERS } from '@/lib/security/headers';
import { isCachedPageRequest } from './cached-pages';

/**
 * The cached service descriptions, ready to send. Next's own page cache (page-cache-handler.mjs)
 * hands each page here when it stores it, and empties this store whenever something is
 * revalidated; the production server (server.mjs) answers a request for one of these pages
 * straight from here, before Next's routing, at about the cost of sending a file. Whatever is
 * not here, or has passed its revalidation time, goes to Next as usual, which renders it and so
 * puts it back.
 */
type StoredPage = { body: Buffer; gzipped: Buffer; headers: [string, string][]; expiresAt: number };

const pages = new Map<string, StoredPage>();

// Next's cache keys end with the page's own address: "…/$/cached/fi/e-services/dog-declaration".
const CACHED_SERVICE_PAGE_KEY = /\$\/cached(\/(?:fi|sv|en)\/e-services\/[a-z0-9][a-z0-9-]*)$/;

type CachedPageData = { kind?: string; html?: unknown; headers?: Record<string, unknown>; status?: number };

/** Keeps a page Next has just put in its cache, under its public address. */
export function rememberPage(cacheKey: string, data: CachedPageData, revalidateSeconds: number | undefined, now = Date.now()) {
  const address = CACHED_SERVICE_PAGE_KEY.exec(cacheKey)?.[1];
  if (!address || data.kind !== 'APP_PAGE' || typeof data.html !== 'string' || (data.status ?? 200) !== 200) return;
  const headers: [string, string][] = [
    ...BASELINE_SECURITY_HEADERS.map(({ key, value }): [string, string] => [key, value]),
    ...Object.entries(data.headers ?? {})
      // Next's own bookkeeping headers stay inside Next.
      .filter(([name, value]) => typeof value === 'string' && !name.startsWith('x-next'))
      .map(([name, value]): [string, string] => [name, value as string]),
    ['Content-Type', 'text/html; charset=utf-8'],
    // Browsers ask again each time, so an editor's publish shows at once.
    ['Cache-Control', 'public, max-age=0, must-revalidate'],
    ['Vary', 'Accept-Encoding'],
  ];
  const lifetime = typeof revalidateSeconds === 'number' && revalidateSeconds > 0 ? revalidateSeconds * 1000 : 0;
  if (lifetime === 0) return;
  const body = Buffer.from(data.html, 'utf8');
  // Compressed once here rather than on every answer.
  pages.set(address, { body, gzipped: gzipSync(body), headers, expiresAt: now + lifetime });
}

/** Forgets every stored page: something was revalidated, and Next knows what. */
export function forgetStoredPages() {
  pages.clear();
}

/** Answers the request from the store when it can; false when Next must answer it. */
export function serveStoredPage(request: IncomingMessage, response: ServerResponse, now = Date.now()): boolean {
  if (!isCachedPageRequest(request)) return false;
  const address = (request.url ?? '').split('?')[0]!;
  const page = pages.get(address);
  if (!page) return false;
  if (page.expiresAt <= now) {
    pages.delete(address);
    return false;
  }
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip ? page.gzipped : page.body;
  response.statusCode = 200;
  for (const [name, value] of page.headers) response.setHeader(name, value);
  if (gzip) response.setHeader('Content-Encoding', 'gzip');
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}
