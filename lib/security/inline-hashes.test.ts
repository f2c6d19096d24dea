import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashesOf } from './inline-hashes';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('inlineHashesOf', () => {
  it('hashes every inline script exactly as written, and no script that loads a file', () => {
    const payload = '(self.__next_f=self.__next_f||[]).push([0])';
    const html = `<html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>
      <script>${payload}</script><script nonce="x">self.__next_f.push([1,"ä \\u003c"])</script></body></html>`;
    expect(inlineHashesOf(html).scripts).toEqual([sha256(payload), sha256('self.__next_f.push([1,"ä \\u003c"])')]);
  });

  it('leaves out data blocks, which never run, and keeps modules', () => {
    const html = '<script type="application/ld+json">{"@type":"GovernmentService"}</script><script type="module">import "x"</script>';
    expect(inlineHashesOf(html).scripts).toEqual([sha256('import "x"')]);
  });

  it('hashes inline style elements separately, and each text once', () => {
    const html = '<style>a{color:red}</style><style media="print">a{color:red}</style><script>1</script><script>1</script>';
    expect(inlineHashesOf(html)).toEqual({ scripts: [sha256('1')], styles: [sha256('a{color:red}')] });
  });

  it('finds nothing in a page without inline code', () => {
    expect(inlineHashesOf('<p>Koiraveroilmoitus</p>')).toEqual({ scripts: [], styles: [] });
  });
});
