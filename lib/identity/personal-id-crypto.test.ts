import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptPersonalIdentityCode, encryptPersonalIdentityCode, hashPersonalIdentityCode } from './personal-id-crypto';

const CODE = '131052-308T';
const otherKey = () => randomBytes(32).toString('base64');

// Flips one bit of one base64url part of a `v1.iv.tag.ciphertext` value.
function tamper(value: string, part: 1 | 2 | 3): string {
  const parts = value.split('.');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  bytes[0] = bytes[0]! ^ 1;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('encrypting personal identity codes', () => {
  it('gives back the code it was given', () => {
    expect(decryptPersonalIdentityCode(encryptPersonalIdentityCode(CODE))).toBe(CODE);
    expect(decryptPersonalIdentityCode(encryptPersonalIdentityCode('010594y9021'))).toBe('010594Y9021');
  });

  it('writes a versioned value with a 12-byte IV and a 16-byte tag', () => {
    const [version, iv, tag, ciphertext, ...rest] = encryptPersonalIdentityCode(CODE).split('.');
    expect(version).toBe('v1');
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(ciphertext!, 'base64url')).toHaveLength(CODE.length);
    expect(rest).toEqual([]);
    expect(iv! + tag! + ciphertext!).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('never encrypts the same code to the same value', () => {
    const values = new Set(Array.from({ length: 20 }, () => encryptPersonalIdentityCode(CODE)));
    expect(values.size).toBe(20);
  });

  it('shows nothing of the code in the value', () => {
    for (let i = 0; i < 20; i++) {
      const value = encryptPersonalIdentityCode(CODE);
      expect(value).not.toContain(CODE);
      expect(value).not.toContain('131052');
      expect(value).not.toContain(Buffer.from(CODE).toString('base64url').slice(0, 8));
    }
  });

  it('throws when the IV, tag or ciphertext was altered', () => {
    const value = encryptPersonalIdentityCode(CODE);
    expect(() => decryptPersonalIdentityCode(tamper(value, 1))).toThrow();
    expect(() => decryptPersonalIdentityCode(tamper(value, 2))).toThrow();
    expect(() => decryptPersonalIdentityCode(tamper(value, 3))).toThrow();
  });

  it('throws on a shortened tag, another version or a malformed value', () => {
    const [, iv, tag, ciphertext] = encryptPersonalIdentityCode(CODE).split('.');
    const shortTag = Buffer.from(tag!, 'base64url').subarray(0, 4).toString('base64url');
    expect(() => decryptPersonalIdentityCode(['v1', iv, shortTag, ciphertext].join('.'))).toThrow();
    expect(() => decryptPersonalIdentityCode(['v2', iv, tag, ciphertext].join('.'))).toThrow();
    expect(() => decryptPersonalIdentityCode(CODE)).toThrow();
    expect(() => decryptPersonalIdentityCode('')).toThrow();
  });

  it('cannot be decrypted with another key', () => {
    const key = otherKey();
    const value = encryptPersonalIdentityCode(CODE, key);
    expect(decryptPersonalIdentityCode(value, key)).toBe(CODE);
    expect(() => decryptPersonalIdentityCode(value)).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => encryptPersonalIdentityCode(CODE, randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('hashing personal identity codes', () => {
  it('gives the same hex value for the same code, however it is written', () => {
    const hash = hashPersonalIdentityCode(CODE);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPersonalIdentityCode(CODE)).toBe(hash);
    expect(hashPersonalIdentityCode(' 131052-308t ')).toBe(hash);
    expect(hash).not.toContain('131052');
  });

  it('differs between codes and between keys', () => {
    expect(hashPersonalIdentityCode('010594Y9021')).not.toBe(hashPersonalIdentityCode(CODE));
    expect(hashPersonalIdentityCode(CODE, otherKey())).not.toBe(hashPersonalIdentityCode(CODE));
  });
});
