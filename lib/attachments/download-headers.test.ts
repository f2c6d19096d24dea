import { describe, expect, it } from 'vitest';
import { attachmentDownloadHeaders } from './download-headers';

describe('attachmentDownloadHeaders', () => {
  it('send the name as ASCII and exactly in UTF-8, with the stored type and no sniffing or shared caching', () => {
    const headers = attachmentDownloadHeaders({ name: 'Hakemus – Åsa "Öhman" (2).pdf', contentType: 'application/pdf', size: 1234 });
    expect(headers.get('content-disposition')).toBe(
      `attachment; filename="Hakemus _ Asa _Ohman_ (2).pdf"; filename*=UTF-8''Hakemus%20%E2%80%93%20%C3%85sa%20%22%C3%96hman%22%20%282%29.pdf`,
    );
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('content-length')).toBe('1234');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cache-control')).toBe('private, no-store');
  });

  it('let a PDF open in the browser when asked', () => {
    const headers = attachmentDownloadHeaders({ name: 'päätös.pdf', contentType: 'application/pdf' }, 'inline');
    expect(headers.get('content-disposition')).toBe(`inline; filename="paatos.pdf"; filename*=UTF-8''p%C3%A4%C3%A4t%C3%B6s.pdf`);
    expect(headers.has('content-length')).toBe(false);
  });

  it('give back the exact name when the UTF-8 form is decoded', () => {
    const name = "Kuitti 'maaliskuu' *2026* – 𐐀.txt";
    const value = attachmentDownloadHeaders({ name, contentType: 'text/plain; charset=utf-8' }).get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(value)?.[1] ?? '';
    expect(encoded).not.toMatch(/['()*\s]/);
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
