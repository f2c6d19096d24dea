import 'server-only';
import {
  ATTACHMENT_TYPE_INFO,
  ATTACHMENT_TYPES,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  type AttachmentType,
  typeForExtension,
} from './allowed-types';
import { detectType } from './detect-type';
import { DEFAULT_MAX_FILE_NAME_LENGTH, fileNameExtension, sanitizeFileName } from './file-name';
import { type AttachmentContent, readWithinLimit } from './read-within-limit';
import { isPlainUtf8Text } from './text-content';

export const ATTACHMENT_REFUSAL_REASONS = ['too-large', 'empty', 'type-not-allowed', 'type-mismatch', 'bad-name'] as const;
/**
 * Why a file was refused. `bad-name`: the name has no ending that says its type;
 * `type-not-allowed`: the ending is not among the allowed types; `type-mismatch`: the ending is
 * allowed but the bytes are something else (a PNG named .pdf, an installer named .doc).
 */
export type AttachmentRefusalReason = (typeof ATTACHMENT_REFUSAL_REASONS)[number];

export type AttachmentRefusal = {
  reason: AttachmentRefusalReason;
  /** The cleaned name, safe to show in the message. */
  name: string;
  maxBytes: number;
  allowedTypes: readonly AttachmentType[];
  /** The type the name's ending stands for, when it is an allowed one. */
  declared?: AttachmentType;
  /** What the bytes were found to be (`png`, `exe`, `cfb`), for logs; unset when unknown. */
  detected?: string;
};

export type CheckedAttachment = {
  /** The cleaned name to store and list; never the storage key. */
  name: string;
  type: AttachmentType;
  contentType: string;
  size: number;
  bytes: Uint8Array;
};

export type AttachmentCheck = { ok: true; attachment: CheckedAttachment } | { ok: false; refusal: AttachmentRefusal };

export type AttachmentCheckOptions = {
  /** Largest size accepted, in bytes; default 2 MiB (2,097,152 bytes). */
  maxBytes?: number;
  /** The types this field or message accepts; default all of ATTACHMENT_TYPES. */
  allowedTypes?: readonly AttachmentType[];
  maxNameLength?: number;
};

/** A File from `formData()`, or a name with bytes or a stream (a case system's upload). */
export type AttachmentUpload = File | { name: string; content: AttachmentContent };

/**
 * Decides whether a person's file may be attached: its name is cleaned, its ending must be an
 * allowed type, its size within the limit (read no further than that), and its bytes must be what
 * the ending says. For any caller that already knows who is attaching and to what: this checks
 * the file, not the right to attach it.
 */
export async function checkAttachment(upload: AttachmentUpload, options: AttachmentCheckOptions = {}): Promise<AttachmentCheck> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const allowedTypes = options.allowedTypes ?? ATTACHMENT_TYPES;
  const name = sanitizeFileName(upload.name, options.maxNameLength ?? DEFAULT_MAX_FILE_NAME_LENGTH);
  const refuse = (reason: AttachmentRefusalReason, more: Partial<AttachmentRefusal> = {}): AttachmentCheck => ({
    ok: false,
    refusal: { reason, name, maxBytes, allowedTypes, ...more },
  });

  // The name is judged first: it costs nothing, and an installer need not be read to be refused.
  const extension = fileNameExtension(name);
  if (!extension) return refuse('bad-name');
  const declared = typeForExtension(extension, allowedTypes);
  if (!declared) return refuse('type-not-allowed');

  const read = await readWithinLimit(upload instanceof Blob ? upload : upload.content, maxBytes);
  if (!read.ok) return refuse(read.reason, { declared });
  const bytes = read.bytes;

  const detected = await detectType(bytes);
  const detectedName = detected.kind === 'allowed' ? detected.type : detected.kind === 'other' ? detected.name : undefined;
  const matches = declared === 'txt' ? isPlainUtf8Text(bytes) : detected.kind === 'allowed' && detected.type === declared;
  if (!matches) return refuse('type-mismatch', { declared, ...(detectedName ? { detected: detectedName } : {}) });

  return {
    ok: true,
    attachment: { name, type: declared, contentType: ATTACHMENT_TYPE_INFO[declared].contentType, size: bytes.length, bytes },
  };
}
