import 'server-only';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

/*
 * Personal identity codes are stored twice: encrypted, to be shown to their owner, and as a keyed
 * hash, to find a person by code without decrypting every row. The two keys are separate so that
 * the look-up key can never decrypt anything.
 */

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyBytes(key: string): Buffer {
  const bytes = Buffer.from(key, 'base64');
  if (bytes.length !== 32) throw new Error('A personal identity code key must be 32 bytes in base64.');
  return bytes;
}

// Stored and compared in one form only, whatever case the identity broker sends.
function normalise(code: string): string {
  return code.trim().toUpperCase();
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url; a new random IV each time, so equal codes never look alike. */
export function encryptPersonalIdentityCode(code: string, key: string = env.PERSONAL_ID_ENCRYPTION_KEY): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyBytes(key), iv, { authTagLength: TAG_BYTES });
  // The version is authenticated too, so a value cannot be passed off as another format's.
  cipher.setAAD(Buffer.from(VERSION));
  const ciphertext = Buffer.concat([cipher.update(normalise(code), 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** Throws when the value was altered, is not in a known format, or was encrypted with another key. */
export function decryptPersonalIdentityCode(value: string, key: string = env.PERSONAL_ID_ENCRYPTION_KEY): string {
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new Error('Not an encrypted personal identity code.');
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64url')) as [Buffer, Buffer, Buffer];
  // Node would accept a shortened tag, which is far easier to forge.
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error('Not an encrypted personal identity code.');
  const decipher = createDecipheriv('aes-256-gcm', keyBytes(key), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(VERSION));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}

/** HMAC-SHA256 of the normalised code, hex: the same code always gives the same look-up value. */
export function hashPersonalIdentityCode(code: string, key: string = env.PERSONAL_ID_HASH_KEY): string {
  return createHmac('sha256', keyBytes(key)).update(normalise(code), 'utf8').digest('hex');
}
