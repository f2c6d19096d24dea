import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPE_INFO, ATTACHMENT_TYPES } from './allowed-types';
import { DEFAULT_MAX_FILE_NAME_LENGTH, fileNameExtension, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['Hakemus – Åsa Öhman (2).pdf', 'Hakemus – Åsa Öhman (2).pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\x\\y.pdf', 'y.pdf'],
    ['/var/www/../../shadow.txt', 'shadow.txt'],
    ['..', 'attachment'],
    ['', 'attachment'],
    ['   ', 'attachment'],
    ['.pdf', 'attachment.pdf'],
    ['...hidden.png', 'hidden.png'],
    ['report.pdf.', 'report.pdf'],
    ['report.pdf   ', 'report.pdf'],
    ['tab\there\nnew\u0000line.txt', 'tabherenewline.txt'],
    ['lasku\u202Efdp.exe', 'laskufdp.exe'],
    ['\u2066kuva\u2069\u200B.png', 'kuva.png'],
    ['CON.pdf', '_CON.pdf'],
    ['con', '_con'],
    ['lpt1.tar.txt', '_lpt1.tar.txt'],
    ['Console.pdf', 'Console.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['ｒａｐｏｒｔｔｉ．ｐｄｆ', 'raportti.pdf'],
    ['kansio／salainen．txt', 'salainen.txt'],
    ['jako\u2215viiva.pdf', 'jako_viiva.pdf'],
    ['a\u0308iti.txt', 'äiti.txt'],
    ['multiple   spaces\u00a0here.odt', 'multiple spaces here.odt'],
    ['final version.v 2', 'final version.v 2'],
  ])('%j → %j', (raw, clean) => {
    expect(sanitizeFileName(raw)).toBe(clean);
  });

  it('shortens a long name but keeps its ending', () => {
    const long = `${'ä'.repeat(300)}.docx`;
    const clean = sanitizeFileName(long);
    expect(clean).toHaveLength(DEFAULT_MAX_FILE_NAME_LENGTH);
    expect(clean.endsWith('ää.docx')).toBe(true);
    expect(sanitizeFileName(`${'x'.repeat(50)}.pdf`, 30)).toBe(`${'x'.repeat(26)}.pdf`);
    // Letters outside the Basic Multilingual Plane are never cut in half.
    expect(sanitizeFileName(`${'𐐀'.repeat(200)}.txt`)).toBe(`${'𐐀'.repeat(DEFAULT_MAX_FILE_NAME_LENGTH - 4)}.txt`);
  });

  it('reads the ending only when it is one', () => {
    expect(fileNameExtension('a.PDF')).toBe('PDF');
    expect(fileNameExtension('a.tar.gz')).toBe('gz');
    expect(fileNameExtension('no ending')).toBe('');
    expect(fileNameExtension('version 1.0 final')).toBe('');
  });

  describe('for any input', () => {
    // Full Unicode with the characters that make trouble mixed in generously.
    const nasty = fc.constantFrom('/', '\\', '.', '..', ' ', '\u0000', '\u001f', '\u007f', '\u0085', '\u202e', '\u2066', '\u200b', '\ufeff', '\u2028', 'C:', 'CON', 'ä', 'Å', '𐐀', '\ud800', '：', '／', '＼', '．');
    const anyName = fc.array(fc.oneof(fc.string({ unit: 'binary' }), nasty), { maxLength: 30 }).map((parts) => parts.join(''));
    const allowedExtension = fc.constantFrom(...ATTACHMENT_TYPES.flatMap((type) => ATTACHMENT_TYPE_INFO[type].extensions));
    const maxLength = fc.integer({ min: 1, max: 300 });

    it('gives a name with no path separator, control or invisible character, never empty or hidden, and within the length', () => {
      fc.assert(
        fc.property(anyName, maxLength, (raw, max) => {
          const clean = sanitizeFileName(raw, max);
          expect(clean.length).toBeGreaterThan(0);
          expect(clean).not.toMatch(/[/\\]/);
          expect(clean).not.toMatch(/[\p{C}\p{Zl}\p{Zp}]/u);
          expect(clean).not.toMatch(/^[.\s]|[.\s]$/u);
          expect(clean).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
          expect(Array.from(clean).length).toBeLessThanOrEqual(Math.max(24, max));
        }),
        { numRuns: 2000 },
      );
    });

    it('keeps an allowed ending', () => {
      fc.assert(
        fc.property(anyName, allowedExtension, maxLength, (stem, extension, max) => {
          const clean = sanitizeFileName(`${stem}.${extension}`, max);
          expect(clean.endsWith(`.${extension}`)).toBe(true);
          expect(fileNameExtension(clean)).toBe(extension);
        }),
        { numRuns: 2000 },
      );
    });

    it('is stable: a clean name stays as it is', () => {
      fc.assert(
        fc.property(anyName, (raw) => {
          const clean = sanitizeFileName(raw);
          expect(sanitizeFileName(clean)).toBe(clean);
        }),
        { numRuns: 2000, examples: [['CON\u0000\u0300']] },
      );
    });
  });
});
