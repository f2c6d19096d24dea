import { describe, expect, it } from 'vitest';
import { folderReturnPath } from './return-path';

describe('where a folder post returns to', () => {
  it("keeps a page of the same language's folder", () => {
    expect(folderReturnPath('/fi/folder?item=100001#item-100001', 'fi', '/fi/folder/100001/messages')).toBe('/fi/folder?item=100001#item-100001');
    expect(folderReturnPath('/fi/folder/100001/messages', 'fi', '/x')).toBe('/fi/folder/100001/messages');
  });

  it('falls back for another site, another part of the portal or another language', () => {
    for (const candidate of ['https://evil.example/fi/folder', '//evil.example/fi/folder', '/fi/profile', '/sv/folder', '/fi/folderx', null]) {
      expect(folderReturnPath(candidate, 'fi', '/fi/folder/100001/messages')).toBe('/fi/folder/100001/messages');
    }
  });
});
