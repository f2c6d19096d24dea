/**
 * API keys of the divisions' case systems (/api/v1). A key is `asi_<prefix>_<secret>`: the prefix
 * (random, not secret) finds the case system's row, the secret is 32 random bytes. Only the
 * SHA-256 of the whole key is stored, so a copy of the database gives no working key; the key is
 * shown once, when it is made (`npm run case-system -- create`).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a key looks like: letters the URL-safe base64 alphabet has, in two parts. */
export const API_KEY_PATTERN = /^asi_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export type NewApiKey = {
  /** The key itself: give it to the case system's operators and forget it. */
  key: string;
  /** Stored in `case_systems.key_prefix`: finds the row without comparing every hash. */
  prefix: string;
  /** Stored in `case_systems.key_hash`. */
  hash: string;
};

const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new random key with its prefix and hash. */
export function generateApiKey(): NewApiKey {
  // 12 characters of 36: a collision with another case system's prefix is as good as impossible,
  // and the unique index would refuse it anyway.
  const prefix = Array.from(randomBytes(12), (byte) => PREFIX_ALPHABET[byte % PREFIX_ALPHABET.length]).join('');
  const secret = randomBytes(32).toString('base64url');
  const key = `asi_${prefix}_${secret}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** SHA-256 of the whole key, hex. A key has 256 random bits: no salt or slow hash is needed. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The prefix of a well-formed key, or null for anything that cannot be one. */
export function apiKeyPrefix(key: string): string | null {
  return API_KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Whether the key hashes to the stored hash, compared in constant time. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  // A stored hash of the wrong length (a damaged row) is compared with itself, so that the time
  // taken says nothing, and refused.
  if (stored.length !== given.length) return timingSafeEqual(given, given) && false;
  return timingSafeEqual(given, stored);
}

/** The key in an `Authorization: Bearer <key>` header, or null when there is none. */
export function bearerKey(authorization: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}
