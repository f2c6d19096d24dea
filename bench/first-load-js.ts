/**
 * First-load JavaScript: what a browser with an empty cache downloads in scripts to show a page
 * and make it interactive. Each page opens in a fresh headless Chromium context; every script
 * response until the network has been quiet for half a second is counted.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Cookie, Request } from '@playwright/test';

export type BrowserPage = {
  name: string;
  path: string;
  /** Measured with the benchmark person's session. */
  signedIn: boolean;
};

export type ScriptLoad = {
  url: string;
  /** Bytes on the wire: the body as the server sent it (Next compresses) plus response headers. */
  transferredBytes: number;
  /** The body as the browser ran it. */
  rawBytes: number;
  /** The body gzipped at level 9, as Next's old "First Load JS" and gzip-size reckon it. */
  gzipBytes: number;
};

export type FirstLoad = {
  name: string;
  path: string;
  signedIn: boolean;
  status: number;
  scripts: ScriptLoad[];
  transferredBytes: number;
  gzipBytes: number;
  rawBytes: number;
  /**
   * Inline <script> text in the final document, mostly React's server-component payload
   * (self.__next_f.push): not a JavaScript download, but HTML the browser parses and React reads.
   */
  inlineScriptBytes: number;
  /**
   * Requests for React server-component payloads (`?_rsc=`) before idle: Next's prefetches of the
   * links on the page. Not JavaScript, but each one of a dynamic page is a render on the server
   * and work on the main thread while the page starts.
   */
  rscRequests: number;
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export async function measureFirstLoad(browser: Browser, base: string, target: BrowserPage, cookies: Cookie[]): Promise<FirstLoad> {
  // Desktop viewport and Finnish, like the e2e tests; a fresh context has an empty cache.
  const context = await browser.newContext({ locale: 'fi-FI', viewport: { width: 1280, height: 800 } });
  if (target.signedIn) await context.addCookies(cookies);
  const page = await context.newPage();

  const pending: Array<Promise<ScriptLoad | undefined>> = [];
  let rscRequests = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('_rsc')) rscRequests += 1;
  });
  const read = async (request: Request): Promise<ScriptLoad | undefined> => {
    const response = await request.response();
    if (!response) return undefined;
    const [body, sizes] = await Promise.all([response.body(), request.sizes()]);
    return {
      url: request.url(),
      transferredBytes: sizes.responseBodySize + sizes.responseHeadersSize,
      rawBytes: body.byteLength,
      gzipBytes: gzipSync(body, { level: 9 }).byteLength,
    };
  };
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') pending.push(read(request));
  });
  page.on('requestfailed', (request) => {
    if (request.resourceType() === 'script') console.error(`bench: ${target.name}: script failed to load: ${request.url()} (${request.failure()?.errorText})`);
  });

  try {
    const response = await page.goto(base + target.path, { waitUntil: 'networkidle', timeout: 60_000 });
    const status = response?.status() ?? 0;
    // A signed-in page that lands on the sign-in page would measure the wrong page.
    const landed = new URL(page.url());
    const wanted = new URL(base + target.path);
    if (status < 200 || status > 299 || landed.pathname !== wanted.pathname) {
      throw new Error(`${target.name} (${target.path}) answered ${status} at ${landed.pathname}${landed.search}; fix it before measuring`);
    }
    const inlineScriptBytes = await page.evaluate(() => {
      const encoder = new TextEncoder();
      return [...document.scripts].filter((script) => !script.src).reduce((total, script) => total + encoder.encode(script.text).byteLength, 0);
    });
    const scripts = (await Promise.all(pending)).filter((script): script is ScriptLoad => script !== undefined);
    scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      name: target.name,
      path: target.path,
      signedIn: target.signedIn,
      status,
      scripts,
      transferredBytes: sum(scripts.map((script) => script.transferredBytes)),
      gzipBytes: sum(scripts.map((script) => script.gzipBytes)),
      rawBytes: sum(scripts.map((script) => script.rawBytes)),
      inlineScriptBytes,
      rscRequests,
    };
  } finally {
    await context.close();
  }
}
