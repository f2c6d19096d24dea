import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './same-origin-path';

describe('sameOriginPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(sameOriginPath('/fi/e-services?topic=culture#results', '/')).toBe('/fi/e-services?topic=culture#results');
  });

  it.each([
    ['https://evil.example/fi', 'an absolute URL'],
    ['//evil.example/fi', 'a protocol-relative URL'],
    ['/\\evil.example', 'a backslash trick'],
    ['javascript:alert(1)', 'a script URL'],
    ['fi/e-services', 'a relative path'],
    ['/fi\n/x', 'a control character'],
    [undefined, 'nothing'],
  ])('falls back for %s (%s)', (candidate: string | undefined, reason: string) => {
    expect(sameOriginPath(candidate, '/fi'), reason).toBe('/fi');
  });
});
