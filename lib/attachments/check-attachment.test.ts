import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_SAMPLES,
  compoundFileSample,
  docxSample,
  exeSample,
  odtSample,
  pdfSample,
  pngSample,
  txtSample,
  zipArchive,
} from '@/tests/fixtures/attachments/samples';
import { ATTACHMENT_TYPE_INFO, DEFAULT_MAX_ATTACHMENT_BYTES } from './allowed-types';
import { ATTACHMENT_REFUSAL_REASONS, type AttachmentCheck, type AttachmentUpload, checkAttachment } from './check-attachment';
import { fileNameExtension } from './file-name';

const MiB2 = 2_097_152;

function refusal(check: AttachmentCheck) {
  if (check.ok) throw new Error(`Expected a refusal, but ${check.attachment.name} was accepted as ${check.attachment.type}`);
  return check.refusal;
}

function accepted(check: AttachmentCheck) {
  if (!check.ok) throw new Error(`Expected ${check.refusal.name} to be accepted, but it was refused: ${check.refusal.reason}`);
  return check.attachment;
}

const upload = (name: string, bytes: Uint8Array): AttachmentUpload => ({ name, content: bytes });

/** A PDF padded after %%EOF to exactly `size` bytes, as scanners' files often are. */
function pdfOfSize(size: number): Buffer {
  const pdf = pdfSample();
  return Buffer.concat([pdf, Buffer.alloc(size - pdf.length, 0x20)]);
}

/** A stream that would give `total` bytes in 64 KiB chunks, and counts how much was pulled. */
function countingStream(total: number) {
  const chunk = 64 * 1024;
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const size = Math.min(chunk, total - counter.pulled);
        if (size <= 0) return controller.close();
        const bytes = new Uint8Array(size).fill(0x61);
        if (counter.pulled === 0) bytes.set(new TextEncoder().encode('Hei'));
        counter.pulled += size;
        controller.enqueue(bytes);
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

describe('checkAttachment: every allowed type, read from its bytes', () => {
  it.each(ALLOWED_SAMPLES)('accepts $name as $type', async ({ type, name, bytes }) => {
    const content = bytes();
    const attachment = accepted(await checkAttachment(upload(name, content)));
    expect(attachment).toMatchObject({ name, type, contentType: ATTACHMENT_TYPE_INFO[type].contentType, size: content.length });
    expect(Buffer.from(attachment.bytes).equals(content)).toBe(true);
  });

  it('accepts a File from a form, as request.formData() gives it', async () => {
    const file = new File([new Uint8Array(pngSample())], 'Kartta – Käpylä.png', { type: 'application/octet-stream' });
    const attachment = accepted(await checkAttachment(file));
    // The browser's claimed type is ignored; the bytes decide.
    expect(attachment).toMatchObject({ name: 'Kartta – Käpylä.png', type: 'png', contentType: 'image/png' });
  });

  it('accepts a UTF-8 text with a byte order mark, tabs and Windows line ends', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), txtSample()]);
    expect(accepted(await checkAttachment(upload('muistio.TXT', withBom))).type).toBe('txt');
  });
});

describe('checkAttachment: size', () => {
  it('accepts exactly 2,097,152 bytes and refuses one more, as bytes, a File and a stream', async () => {
    expect(DEFAULT_MAX_ATTACHMENT_BYTES).toBe(MiB2);
    const exact = pdfOfSize(MiB2);
    const over = pdfOfSize(MiB2 + 1);
    expect(accepted(await checkAttachment(upload('liite.pdf', exact))).size).toBe(MiB2);
    expect(refusal(await checkAttachment(upload('liite.pdf', over)))).toMatchObject({ reason: 'too-large', maxBytes: MiB2, declared: 'pdf' });

    expect(accepted(await checkAttachment(new File([new Uint8Array(exact)], 'liite.pdf'))).size).toBe(MiB2);
    expect(refusal(await checkAttachment(new File([new Uint8Array(over)], 'liite.pdf'))).reason).toBe('too-large');

    expect(accepted(await checkAttachment({ name: 'liite.pdf', content: Readable.from([exact.subarray(0, 1000), exact.subarray(1000)]) })).size).toBe(MiB2);
    expect(refusal(await checkAttachment({ name: 'liite.pdf', content: Readable.from([over.subarray(0, 1000), over.subarray(1000)]) })).reason).toBe('too-large');
  });

  it('accepts a text of exactly the limit and refuses one byte more', async () => {
    expect(accepted(await checkAttachment(upload('pitka.txt', Buffer.alloc(MiB2, 'a')))).type).toBe('txt');
    expect(refusal(await checkAttachment(upload('pitka.txt', Buffer.alloc(MiB2 + 1, 'a')))).reason).toBe('too-large');
  });

  it('takes a smaller limit per call', async () => {
    const png = pngSample();
    expect(accepted(await checkAttachment(upload('a.png', png), { maxBytes: png.length })).size).toBe(png.length);
    expect(refusal(await checkAttachment(upload('a.png', png), { maxBytes: png.length - 1 }))).toMatchObject({ reason: 'too-large', maxBytes: png.length - 1 });
  });

  it('refuses an empty file, whichever way it arrives', async () => {
    expect(refusal(await checkAttachment(upload('tyhja.pdf', new Uint8Array(0)))).reason).toBe('empty');
    expect(refusal(await checkAttachment(new File([], 'tyhja.txt'))).reason).toBe('empty');
    expect(refusal(await checkAttachment({ name: 'tyhja.docx', content: countingStream(0).stream })).reason).toBe('empty');
    expect(refusal(await checkAttachment({ name: 'tyhja.odt', content: Readable.from([]) })).reason).toBe('empty');
  });

  it('stops reading a stream as soon as it passes the limit, and cancels it', async () => {
    const { stream, counter } = countingStream(50 * MiB2);
    expect(refusal(await checkAttachment({ name: 'suuri.txt', content: stream })).reason).toBe('too-large');
    expect(counter.pulled).toBeLessThanOrEqual(MiB2 + 64 * 1024);
    expect(counter.cancelled).toBe(true);
  });

  it('destroys a Node stream once it passes the limit', async () => {
    let produced = 0;
    const node = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          produced += 64 * 1024;
          yield Buffer.alloc(64 * 1024, 'a');
        }
      })(),
    );
    expect(refusal(await checkAttachment({ name: 'suuri.txt', content: node })).reason).toBe('too-large');
    expect(produced).toBeLessThan(4 * MiB2);
    expect(node.destroyed).toBe(true);
  });

  it('refuses a File over the limit by its size, without reading it', async () => {
    class UnreadableFile extends File {
      override stream(): ReturnType<File['stream']> {
        throw new Error('the file was read');
      }
      override arrayBuffer(): Promise<ArrayBuffer> {
        throw new Error('the file was read');
      }
    }
    const file = new UnreadableFile([Buffer.alloc(MiB2 + 1)], 'suuri.pdf');
    expect(refusal(await checkAttachment(file)).reason).toBe('too-large');
  });
});

describe('checkAttachment: the bytes must be what the name says', () => {
  it.each([
    { name: 'kuva.pdf', bytes: pngSample, declared: 'pdf', detected: 'png', what: 'a PNG named .pdf' },
    { name: 'asennus.pdf', bytes: exeSample, declared: 'pdf', detected: 'exe', what: 'a renamed Windows program' },
    { name: 'asennus.doc', bytes: exeSample, declared: 'doc', detected: 'exe', what: 'a program named .doc' },
    { name: 'taulukko.doc', bytes: () => compoundFileSample('Workbook'), declared: 'doc', detected: 'cfb', what: 'an Excel compound file named .doc' },
    { name: 'paketti.docx', bytes: () => zipArchive([{ name: 'readme.txt', data: Buffer.from('hei') }]), declared: 'docx', detected: 'zip', what: 'a plain ZIP named .docx' },
    { name: 'selvitys.docx', bytes: () => odtSample(), declared: 'docx', detected: 'odt', what: 'an ODT named .docx' },
    { name: 'selvitys.odt', bytes: docxSample, declared: 'odt', detected: 'docx', what: 'a DOCX named .odt' },
    { name: 'laskelma.odt', bytes: () => odtSample('application/vnd.oasis.opendocument.spreadsheet'), declared: 'odt', detected: 'ods', what: 'a spreadsheet named .odt' },
    { name: 'kuva.jpg', bytes: pngSample, declared: 'jpg', detected: 'png', what: 'a PNG named .jpg' },
    { name: 'kuva.png', bytes: () => Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0, 0x43, 0]), declared: 'png', detected: 'jpg', what: 'JPEG magic bytes named .png' },
    { name: 'hakemus.txt', bytes: pdfSample, declared: 'txt', detected: 'pdf', what: 'a PDF named .txt' },
    { name: 'kuva.txt', bytes: pngSample, declared: 'txt', detected: 'png', what: 'a PNG named .txt' },
  ])('refuses $what', async ({ name, bytes, declared, detected }) => {
    expect(refusal(await checkAttachment(upload(name, bytes())))).toMatchObject({ reason: 'type-mismatch', name, declared, detected });
  });

  it('refuses bytes of no known type under an allowed name', async () => {
    const text = refusal(await checkAttachment(upload('hakemus.pdf', txtSample())));
    expect(text).toMatchObject({ reason: 'type-mismatch', declared: 'pdf' });
    expect(text.detected).toBeUndefined();
    expect(refusal(await checkAttachment(upload('kuva.jpg', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])))).reason).toBe('type-mismatch');
    // The PDF signature must be at the very start, not somewhere inside.
    expect(refusal(await checkAttachment(upload('hakemus.pdf', Buffer.concat([Buffer.from('xx'), pdfSample()])))).reason).toBe('type-mismatch');
  });

  it('refuses as text anything that is not clean UTF-8', async () => {
    const latin1 = Buffer.from('Hyvää päivää', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hyvää päivää', 'utf16le')]);
    for (const bytes of [latin1, utf16, Buffer.from('rivi\0rivi'), Buffer.from('väri \u001b[31mpunainen'), Buffer.from('loppu\u0085')]) {
      expect(refusal(await checkAttachment(upload('teksti.txt', bytes))).reason).toBe('type-mismatch');
    }
  });

  it('tells a Word 97–2003 document from other compound files', async () => {
    expect(accepted(await checkAttachment(upload('vanha.doc', compoundFileSample('WordDocument')))).type).toBe('doc');
    // A damaged compound file (cut short after its header) is not taken for a document.
    expect(refusal(await checkAttachment(upload('rikki.doc', compoundFileSample().subarray(0, 600)))).reason).toBe('type-mismatch');
  });
});

describe('checkAttachment: names', () => {
  it('judges the last ending of a double extension', async () => {
    expect(refusal(await checkAttachment(upload('raportti.pdf.exe', pdfSample())))).toMatchObject({ reason: 'type-not-allowed', name: 'raportti.pdf.exe' });
    expect(refusal(await checkAttachment(upload('kuva.png.pdf', pngSample())))).toMatchObject({ reason: 'type-mismatch', declared: 'pdf', detected: 'png' });
    expect(accepted(await checkAttachment(upload('raportti.v2.lopullinen.pdf', pdfSample()))).name).toBe('raportti.v2.lopullinen.pdf');
    // A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
    expect(refusal(await checkAttachment(upload('lasku\u202Efdp.exe', exeSample())))).toMatchObject({ reason: 'type-not-allowed', name: 'laskufdp.exe' });
  });

  it('keeps only the last part of a path, and no control characters', async () => {
    expect(refusal(await checkAttachment(upload('../../etc/passwd', txtSample())))).toMatchObject({ reason: 'bad-name', name: 'passwd' });
    expect(accepted(await checkAttachment(upload('../../etc/passwd.txt', txtSample()))).name).toBe('passwd.txt');
    expect(accepted(await checkAttachment(upload('C:\\Users\\Åsa\\Työ\\hakemus.pdf', pdfSample()))).name).toBe('hakemus.pdf');
    expect(accepted(await checkAttachment(upload('hake\u0000mus\u0007\r\n.pdf', pdfSample()))).name).toBe('hakemus.pdf');
    expect(accepted(await checkAttachment(upload('..\\..\\..\\windows\\win.ini\u0000.png', pngSample()))).name).toBe('win.ini.png');
  });

  it('refuses a name with no ending, or an ending not allowed', async () => {
    expect(refusal(await checkAttachment(upload('', pdfSample())))).toMatchObject({ reason: 'bad-name', name: 'attachment' });
    expect(refusal(await checkAttachment(upload('hakemus', pdfSample()))).reason).toBe('bad-name');
    expect(refusal(await checkAttachment(upload('hakemus.', pdfSample()))).reason).toBe('bad-name');
    expect(refusal(await checkAttachment(upload('ohjelma.exe', exeSample()))).reason).toBe('type-not-allowed');
    expect(refusal(await checkAttachment(upload('kuva.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')))).reason).toBe('type-not-allowed');
    expect(refusal(await checkAttachment(upload('.htaccess', txtSample()))).reason).toBe('type-not-allowed');
  });

  it('accepts only the types a field allows', async () => {
    const onlyPdf = { allowedTypes: ['pdf'] as const };
    expect(refusal(await checkAttachment(upload('kartta.png', pngSample()), onlyPdf))).toMatchObject({ reason: 'type-not-allowed', allowedTypes: ['pdf'] });
    expect(accepted(await checkAttachment(upload('hakemus.pdf', pdfSample()), onlyPdf)).type).toBe('pdf');
  });
});

describe('checkAttachment: any bytes under any name', () => {
  const samples = ALLOWED_SAMPLES.map((sample) => sample.bytes());
  // Valid files cut short, with bytes flipped or appended, and plain noise.
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2048 }),
    fc
      .tuple(fc.constantFrom(...samples), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }))
      .map(([sample, cut, flips]) => {
        const copy = new Uint8Array(sample.subarray(0, (cut % sample.length) + 1));
        for (const [at, value] of flips) copy[at % copy.length] = value;
        return copy;
      }),
  );
  const name = fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('pdf', 'jpg', 'jpeg', 'png', 'doc', 'docx', 'odt', 'txt', 'exe', '')).map(([stem, ending]) => `${stem}.${ending}`);

  it('always answers, and accepts only a file whose bytes are what its name says', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, name, async (content, fileName) => {
        const check = await checkAttachment(upload(fileName, content));
        if (check.ok) {
          expect(ATTACHMENT_TYPE_INFO[check.attachment.type].extensions).toContain(fileNameExtension(check.attachment.name).toLowerCase());
          expect(check.attachment.size).toBe(content.length);
        } else {
          expect(ATTACHMENT_REFUSAL_REASONS).toContain(check.refusal.reason);
        }
      }),
      { numRuns: 500 },
    );
  });
});
