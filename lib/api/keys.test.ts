import { describe, expect, it } from 'vitest';
import { API_KEY_PATTERN, apiKeyMatches, apiKeyPrefix, bearerKey, generateApiKey, hashApiKey } from './keys';

describe('API keys', () => {
  it('makes a random key in the documented form, whose prefix and hash are what is stored', () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(first.key).toMatch(API_KEY_PATTERN);
    expect(first.key).not.toBe(second.key);
    expect(first.prefix).not.toBe(second.prefix);
    expect(apiKeyPrefix(first.key)).toBe(first.prefix);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.hash).toBe(hashApiKey(first.key));
    // The stored hash gives nothing of the secret away. The secret is base64url, which may
    // itself hold "_": it is everything after the prefix.
    const secret = first.key.slice(`asi_${first.prefix}_`.length);
    expect(secret).toHaveLength(43);
    expect(first.hash).not.toContain(secret);
  });

  it('accepts only the exact key for a stored hash', () => {
    const { key, hash } = generateApiKey();
    expect(apiKeyMatches(key, hash)).toBe(true);
    expect(apiKeyMatches(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(false);
    expect(apiKeyMatches(key, generateApiKey().hash)).toBe(false);
    expect(apiKeyMatches(key, 'damaged')).toBe(false);
  });

  it('finds no prefix in something that is not a key', () => {
    expect(apiKeyPrefix('asi_short_secret')).toBeNull();
    expect(apiKeyPrefix('')).toBeNull();
    expect(apiKeyPrefix(`${generateApiKey().key} `)).toBeNull();
  });

  it('reads the key from a bearer authorization header only', () => {
    expect(bearerKey('Bearer asi_abc')).toBe('asi_abc');
    expect(bearerKey('bearer  asi_abc')).toBe('asi_abc');
    expect(bearerKey('Basic YTpi')).toBeNull();
    expect(bearerKey('Bearer')).toBeNull();
    expect(bearerKey('Bearer a b')).toBeNull();
    expect(bearerKey(null)).toBeNull();
  });
});
