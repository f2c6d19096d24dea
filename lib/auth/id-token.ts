import 'server-only';
/**
 * Checks the ID token's signature against the keys the identity broker publishes.
 *
 * Auth.js (through oauth4webapi) checks the token's issuer, audience, expiry and nonce, but not
 * its signature: OpenID Connect lets a client trust TLS to the token endpoint instead. The portal
 * does not: a person's identity code is only believed when the broker signed it.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';

type KeySet = ReturnType<typeof createRemoteJWKSet>;
type Broker = { issuer: string; keys: KeySet };

// One key set per issuer: jose caches the keys and fetches them again for an unknown key id.
const brokers = new Map<string, Promise<Broker>>();

async function discover(issuer: string): Promise<Broker> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`identity broker discovery answered ${response.status}`);
  const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (typeof metadata.issuer !== 'string' || new URL(metadata.issuer).href !== new URL(issuer).href) {
    throw new Error('identity broker discovery names another issuer');
  }
  if (typeof metadata.jwks_uri !== 'string') throw new Error('identity broker discovery has no jwks_uri');
  return { issuer: metadata.issuer, keys: createRemoteJWKSet(new URL(metadata.jwks_uri)) };
}

function broker(issuer: string): Promise<Broker> {
  let found = brokers.get(issuer);
  if (!found) {
    found = discover(issuer);
    // A failed discovery is tried again on the next sign-in.
    found.catch(() => brokers.delete(issuer));
    brokers.set(issuer, found);
  }
  return found;
}

/** Resolves when `idToken` is signed by one of the issuer's published keys, for this client; throws otherwise. */
export async function verifyIdTokenSignature(idToken: string, issuer: string, clientId: string): Promise<void> {
  const { issuer: expectedIssuer, keys } = await broker(issuer);
  await jwtVerify(idToken, keys, { issuer: expectedIssuer, audience: clientId });
}
