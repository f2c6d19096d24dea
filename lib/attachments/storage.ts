import { randomUUID } from 'node:crypto';

/**
 * Where attachment bytes live. Keys are random ids made by newAttachmentKey(), never a person's
 * file name, so nothing a person types reaches a path or an object name; the name and the owner
 * are kept in the database beside the key.
 */
export interface AttachmentStorage {
  /** Stores the bytes under the key, replacing what was there; resolves once they are durable. */
  put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, options: { contentType: string }): Promise<void>;
  /** The stored bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<StoredAttachment | null>;
  /** Removes the bytes; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
}

export type StoredAttachment = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  size: number;
};

/** A new storage key: a random UUID, unguessable and unique across instances. */
export function newAttachmentKey(): string {
  return randomUUID();
}

// Letters, digits and hyphens only: no dot, slash or backslash, so a key can never climb out of
// the attachments folder or address another object, whoever made it.
const KEY = /^[A-Za-z0-9][A-Za-z0-9-]{7,127}$/;

/** Throws on a key that newAttachmentKey() could not have made. */
export function assertAttachmentKey(key: string): void {
  if (!KEY.test(key)) throw new InvalidAttachmentKeyError(key);
}

export class InvalidAttachmentKeyError extends Error {
  constructor(key: string) {
    super(`Not an attachment key: ${JSON.stringify(key.slice(0, 80))}`);
    this.name = 'InvalidAttachmentKeyError';
  }
}
