import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfSample, pngSample } from '@/tests/fixtures/attachments/samples';
import { LocalDiskStorage } from './local-disk-storage';
import { InvalidAttachmentKeyError, newAttachmentKey } from './storage';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe('LocalDiskStorage', () => {
  let parent: string;
  let folder: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'asiointi-attachments-'));
    // A folder that does not exist yet: the first put makes it.
    folder = path.join(parent, 'attachments');
    storage = new LocalDiskStorage(folder);
  });

  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('stores bytes under the key and gives them back with their content type and size', async () => {
    const key = newAttachmentKey();
    const pdf = pdfSample();
    await storage.put(key, pdf, { contentType: 'application/pdf' });

    const stored = await storage.get(key);
    expect(stored).not.toBeNull();
    expect(stored?.contentType).toBe('application/pdf');
    expect(stored?.size).toBe(pdf.length);
    expect((await readAll(stored!.body)).equals(pdf)).toBe(true);
    // The file is named by the key alone: no trace of a person's file name.
    expect((await readdir(folder)).sort()).toEqual([key, `${key}.type`]);
    expect((await readFile(path.join(folder, key))).equals(pdf)).toBe(true);
  });

  it('stores a stream, and replaces what was under the key', async () => {
    const key = newAttachmentKey();
    await storage.put(key, pdfSample(), { contentType: 'application/pdf' });
    const png = pngSample();
    await storage.put(key, new Blob([new Uint8Array(png.subarray(0, 10)), new Uint8Array(png.subarray(10))]).stream(), { contentType: 'image/png' });
    const stored = await storage.get(key);
    expect(stored?.contentType).toBe('image/png');
    expect((await readAll(stored!.body)).equals(png)).toBe(true);
  });

  it('leaves nothing under the key when the stream fails half way', async () => {
    const key = newAttachmentKey();
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2, 3]));
        controller.error(new Error('connection reset'));
      },
    });
    await expect(storage.put(key, failing, { contentType: 'application/pdf' })).rejects.toThrow('connection reset');
    expect(await storage.get(key)).toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('answers null for a key with nothing stored, and deletes without complaint twice', async () => {
    const key = newAttachmentKey();
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, pngSample(), { contentType: 'image/png' });
    await storage.delete(key);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it.each(['../secret', '..', 'a/b/c/d/e/f/g/h', 'C:\\windows\\win.ini', `${'a'.repeat(8)}.type`, '.hidden-key-1234', '', 'short'])(
    'refuses the key %j before touching the disk',
    async (key) => {
      await writeFile(path.join(parent, 'secret'), 'do not read');
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidAttachmentKeyError);
      await expect(storage.put(key, pngSample(), { contentType: 'image/png' })).rejects.toBeInstanceOf(InvalidAttachmentKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidAttachmentKeyError);
      expect(await readFile(path.join(parent, 'secret'), 'utf8')).toBe('do not read');
    },
  );

  it('makes a different key every time', () => {
    const keys = new Set(Array.from({ length: 1000 }, newAttachmentKey));
    expect(keys.size).toBe(1000);
  });
});
