import 'server-only';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { type AttachmentStorage, type StoredAttachment, assertAttachmentKey } from './storage';
import { streamChunks } from './stream-chunks';

/**
 * Attachments as files in one folder (default `.data/attachments`): the bytes under the key, the
 * content type beside them in `<key>.type`. Keys have no dots, so neither name can meet a key's.
 * For one instance, or several sharing a network folder; more instances belong on S3 storage.
 */
export class LocalDiskStorage implements AttachmentStorage {
  private readonly root: string;

  constructor(directory: string) {
    this.root = path.resolve(directory);
  }

  async put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, options: { contentType: string }): Promise<void> {
    const { data, type } = this.paths(key);
    await mkdir(this.root, { recursive: true });
    // Written to temporary files and renamed into place, so a crash or a failed stream never
    // leaves half a file under the key, and a reader sees the old bytes or the new, never a mix.
    const temporaryData = this.temporaryPath();
    const temporaryType = this.temporaryPath();
    try {
      await writeDurably(temporaryData, body instanceof Uint8Array ? [body] : streamChunks(body));
      await writeDurably(temporaryType, [new TextEncoder().encode(options.contentType)]);
      await rename(temporaryType, type);
      await rename(temporaryData, data);
    } catch (error) {
      await Promise.all([rm(temporaryData, { force: true }), rm(temporaryType, { force: true })]);
      throw error;
    }
  }

  async get(key: string): Promise<StoredAttachment | null> {
    const { data, type } = this.paths(key);
    let size: number;
    try {
      size = (await stat(data)).size;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    const contentType = await readFile(type, 'utf8').catch((error: unknown) => {
      if (isMissing(error)) return 'application/octet-stream';
      throw error;
    });
    // Node's web stream and the DOM's ReadableStream are the same object at run time; only the
    // typings differ.
    const body = Readable.toWeb(createReadStream(data)) as unknown as ReadableStream<Uint8Array>;
    return { body, contentType, size };
  }

  async delete(key: string): Promise<void> {
    const { data, type } = this.paths(key);
    await rm(data, { force: true });
    await rm(type, { force: true });
  }

  private paths(key: string) {
    assertAttachmentKey(key);
    const data = path.join(this.root, key);
    // The key check already rules out climbing; this second look guards the folder if the key
    // rule is ever loosened.
    if (path.dirname(data) !== this.root) throw new Error('An attachment path left its folder');
    return { data, type: `${data}.type` };
  }

  private temporaryPath() {
    return path.join(this.root, `.incoming-${randomUUID()}`);
  }
}

async function writeDurably(file: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    // writeFile on a handle writes the whole chunk at the current position (write() may write less).
    for await (const chunk of chunks) await handle.writeFile(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
