/** Header names shared by the proxy and the server code that reads what the proxy set. */
export const NONCE_HEADER = 'x-nonce';
export const REQUEST_ID_HEADER = 'x-request-id';
/** The page's own path and query, so a page can send a person to sign in and back again. */
export const CURRENT_PATH_HEADER = 'x-current-path';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps an upstream request id only when it is a plain token; otherwise makes a new one. */
export function requestIdFrom(incoming: string | null): string {
  return incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID();
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

type SharedCspOptions = { https: boolean; identityBrokerOrigin?: string };
type CspOptions = SharedCspOptions & { nonce: string; development: boolean };

/** Everything but scripts and styles: the same for every page, dynamic or cached. */
function sharedDirectives({ https, identityBrokerOrigin }: SharedCspOptions): string[] {
  // Browsers apply form-action to the redirects after a form is sent: the sign-in form's answer
  // goes on to the identity broker, which may live on another origin.
  const formTargets = identityBrokerOrigin ? `'self' ${identityBrokerOrigin}` : "'self'";
  return [
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets}`,
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
}

/**
 * The Content Security Policy of every page rendered per request. Scripts run only with this
 * request's nonce ('strict-dynamic' lets Next's own loader add its chunks); no inline script or
 * style runs without it. React's development build needs eval, so only `next dev` allows it.
 */
export function contentSecurityPolicy({ nonce, development, ...shared }: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    ...sharedDirectives(shared),
  ].join('; ');
}

export type InlineHashes = { scripts: string[]; styles: string[] };

/**
 * The policy of a page served from the cache (the anonymous service description): the same body
 * goes to everyone, so it cannot carry a per-request nonce. Instead exactly the inline scripts
 * and styles the page was rendered with may run, named by their SHA-256 hashes; Next's own
 * chunks load from this origin. An inline script added by anyone else matches no hash.
 */
export function cachedPageContentSecurityPolicy({ scripts, styles, ...shared }: InlineHashes & SharedCspOptions): string {
  const sources = (hashes: string[]) => hashes.map((hash) => ` 'sha256-${hash}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${sources(scripts)}`,
    `style-src 'self'${sources(styles)}`,
    ...sharedDirectives(shared),
  ].join('; ');
}

/** A policy for API answers: nothing in them may run or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * A policy for files the proxy does not see (anything with an extension). The only page among
 * them is the prerendered "not found" answer for a missing file: it has no nonce, so no inline
 * script may run there; it needs none to be read.
 */
export const FILE_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Headers every answer carries, pages, API and static files alike (set in next.config.ts). */
export const BASELINE_SECURITY_HEADERS = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];
