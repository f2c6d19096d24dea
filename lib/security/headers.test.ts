import { describe, expect, it } from 'vitest';
import { cachedPageContentSecurityPolicy, contentSecurityPolicy, createNonce, requestIdFrom } from './headers';

describe('contentSecurityPolicy', () => {
  const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

  it('lets scripts run only with the nonce, never inline or eval in production', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123', development: false, https: true });
    const scripts = directive(policy, 'script-src');
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(policy).toContain('upgrade-insecure-requests');
  });

  it('does not upgrade requests on a plain-http development address', () => {
    expect(contentSecurityPolicy({ nonce: 'n', development: true, https: false })).not.toContain('upgrade-insecure-requests');
  });
});

describe('createNonce', () => {
  it('is new on every call and carries 128 bits', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16);
  });
});

describe('requestIdFrom', () => {
  it('keeps a plain upstream id and replaces anything that could forge log lines', () => {
    expect(requestIdFrom('lb-4f2a9c1e77')).toBe('lb-4f2a9c1e77');
    const replaced = requestIdFrom('abc\n{"level":"fatal"}');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('form-action', () => {
  it('lets the sign-in form go on to the identity broker, and nowhere else', () => {
    const policy = contentSecurityPolicy({ nonce: 'n', development: false, https: true, identityBrokerOrigin: 'https://tunnistus.example.fi' });
    expect(policy).toContain("form-action 'self' https://tunnistus.example.fi;");
  });
});

describe('cachedPageContentSecurityPolicy', () => {
  it('lets exactly the named inline scripts and styles run, with no nonce, inline or eval allowance', () => {
    const policy = cachedPageContentSecurityPolicy({ scripts: ['abc=', 'def='], styles: ['ghi='], https: true, identityBrokerOrigin: 'https://tunnistus.example.fi' });
    expect(policy).toContain("script-src 'self' 'sha256-abc=' 'sha256-def=';");
    expect(policy).toContain("style-src 'self' 'sha256-ghi=';");
    expect(policy).not.toMatch(/nonce|unsafe/);
    // Everything else is as strict as on pages rendered per request.
    const dynamic = contentSecurityPolicy({ nonce: 'n', development: false, https: true, identityBrokerOrigin: 'https://tunnistus.example.fi' });
    const rest = (text: string) => text.split('; ').filter((directive) => !/^(script|style)-src /.test(directive));
    expect(rest(policy)).toEqual(rest(dynamic));
  });
});
