import 'server-only';
/**
 * The issuer's signing key. Made on first use and kept in the database, so that every app
 * instance signs with the same key and the portal's cached JWKS stays right after a restart.
 */
import { asc } from 'drizzle-orm';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { getDb } from '@/db';
import { testIdpKeys } from '@/db/schema';

export const SIGNING_ALGORITHM = 'RS256';

export type SigningKey = { kid: string; privateKey: CryptoKey; publicJwk: JWK };

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

function publicPartOf(jwk: JWK): JWK {
  const copy: JWK = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete copy[member];
  return copy;
}

async function oldestStoredKey() {
  const db = await getDb();
  const [row] = await db.select().from(testIdpKeys).orderBy(asc(testIdpKeys.createdAt), asc(testIdpKeys.kid)).limit(1);
  return row;
}

async function loadOrCreate(): Promise<SigningKey> {
  let row = await oldestStoredKey();
  if (!row) {
    const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true, modulusLength: 2048 });
    const exported = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(publicPartOf(exported));
    const db = await getDb();
    // Two instances starting at once may both get here: each inserts its own, and both then
    // use whichever is oldest.
    await db.insert(testIdpKeys).values({ kid, privateJwk: { ...exported, kid, alg: SIGNING_ALGORITHM, use: 'sig' } }).onConflictDoNothing();
    row = await oldestStoredKey();
    if (!row) throw new Error('test identification: the signing key was not stored');
  }
  const privateJwk = row.privateJwk as JWK;
  const privateKey = await importJWK(privateJwk, SIGNING_ALGORITHM);
  if (privateKey instanceof Uint8Array) throw new Error('test identification: the stored signing key is not an asymmetric key');
  return { kid: row.kid, privateKey, publicJwk: { ...publicPartOf(privateJwk), kid: row.kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

let cached: Promise<SigningKey> | undefined;

export function signingKey(): Promise<SigningKey> {
  cached ??= loadOrCreate().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** For tests that open a fresh database after this process already cached a key. */
export function forgetCachedSigningKey(): void {
  cached = undefined;
}
