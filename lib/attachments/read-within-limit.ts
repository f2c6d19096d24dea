/**
 * Reads an upload into memory only while it stays within the limit. A Blob or File (what
 * `request.formData()` gives) is judged by its size before a byte is read; a stream is read chunk
 * by chunk and cancelled as soon as it passes the limit, so a 2 GB upload costs at most the limit
 * plus one chunk of memory.
 */

import { streamChunks } from './stream-chunks';

/** What an upload may arrive as: bytes, a Web File/Blob, a Web stream or a Node stream. */
export type AttachmentContent = Uint8Array | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export type LimitedRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'empty' };

export async function readWithinLimit(content: AttachmentContent, maxBytes: number): Promise<LimitedRead> {
  if (content instanceof Uint8Array) return judge(content, maxBytes);
  if (content instanceof Blob) {
    if (content.size === 0) return { ok: false, reason: 'empty' };
    if (content.size > maxBytes) return { ok: false, reason: 'too-large' };
    return readChunks(streamChunks(content.stream()), maxBytes);
  }
  if (content instanceof ReadableStream) return readChunks(streamChunks(content), maxBytes);
  return readChunks(content, maxBytes);
}

function judge(bytes: Uint8Array, maxBytes: number): LimitedRead {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > maxBytes) return { ok: false, reason: 'too-large' };
  return { ok: true, bytes };
}

async function readChunks(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<LimitedRead> {
  const kept: Uint8Array[] = [];
  let total = 0;
  // Leaving a for-await loop early calls the iterator's return(), which cancels a Web stream's
  // reader and destroys a Node stream: the rest of the upload is never read.
  for await (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('An attachment stream must give bytes, not text');
    total += chunk.length;
    if (total > maxBytes) return { ok: false, reason: 'too-large' };
    kept.push(chunk);
  }
  return judge(concat(kept, total), maxBytes);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
