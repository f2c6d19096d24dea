import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './same-origin-request';

const post = (headers: Record<string, string>) => new Request('http://localhost:3000/api/forms/autosave', { method: 'POST', headers });

describe('a request from a page of this portal', () => {
  it('is told by the browser in Sec-Fetch-Site', () => {
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'same-origin', host: 'asiointi.example' }))).toBe(true);
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'cross-site', host: 'asiointi.example', origin: 'https://asiointi.example' }))).toBe(false);
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'same-site', host: 'asiointi.example' }))).toBe(false);
  });

  it('otherwise has an Origin of the host it was sent to', () => {
    expect(isSameOriginRequest(post({ origin: 'https://asiointi.example', host: 'asiointi.example' }))).toBe(true);
    expect(isSameOriginRequest(post({ origin: 'https://evil.example', host: 'asiointi.example' }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'https://evil.example', host: 'internal:3000', 'x-forwarded-host': 'asiointi.example' }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'https://asiointi.example', host: 'internal:3000', 'x-forwarded-host': 'asiointi.example' }))).toBe(true);
    expect(isSameOriginRequest(post({ origin: 'null', host: 'asiointi.example' }))).toBe(false);
  });
});
