import { describe, expect, it } from 'vitest';
import { returnToFromPage, roleReturnPath } from './return-to';

describe('roleReturnPath', () => {
  it('returns to the page the person came from, in the language they use now', () => {
    expect(roleReturnPath('/fi/profile', 'fi')).toBe('/fi/profile');
    expect(roleReturnPath('/fi/e-services?topic=culture#results', 'sv')).toBe('/sv/e-services?topic=culture#results');
    expect(roleReturnPath('/en', 'fi')).toBe('/fi');
  });

  it('never leaves the site, and never returns to the role page itself', () => {
    expect(roleReturnPath('https://evil.example/fi', 'en')).toBe('/en');
    expect(roleReturnPath('//evil.example/fi', 'en')).toBe('/en');
    expect(roleReturnPath('/fi/role?returnTo=%2Ffi%2Ffolder', 'fi')).toBe('/fi');
    expect(roleReturnPath(null, 'sv')).toBe('/sv');
  });

  it('refuses a path outside the language sections (the test identification service, the API)', () => {
    expect(roleReturnPath('/api/auth/signout', 'fi')).toBe('/fi');
    expect(roleReturnPath('/finland', 'fi')).toBe('/fi');
  });
});

describe('returnToFromPage', () => {
  it('is the current page, or on the role page the address that page returns to', () => {
    expect(returnToFromPage('/sv/folder', 'sv')).toBe('/sv/folder');
    expect(returnToFromPage('/en/role?returnTo=%2Fen%2Fprofile', 'en')).toBe('/en/profile');
    expect(returnToFromPage('/en/role', 'en')).toBe('/en');
  });
});
