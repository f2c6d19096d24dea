import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('is the first hop of X-Forwarded-For', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.2' }))).toBe('203.0.113.7');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '2001:db8::1' }))).toBe('2001:db8::1');
  });

  it('falls back to X-Real-IP, then to one shared key', () => {
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.4' }))).toBe('198.51.100.4');
    expect(clientAddress(new Headers())).toBe('unknown');
  });

  it('never makes a key longer than an address can be', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'x'.repeat(500) }))).toHaveLength(64);
  });
});
