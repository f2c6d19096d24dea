import 'server-only';
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentType } from './allowed-types';
import { isWordCompoundFile } from './compound-file';

/**
 * What the bytes are: one of the attachment types, or `other` with file-type's name for it
 * (`exe`, `zip`, `cfb`…), or `unknown`. Plain text is not decided here: it has no magic bytes,
 * so only a name ending in .txt asks for it (see isPlainUtf8Text).
 */
export type DetectedType = { kind: 'allowed'; type: AttachmentType } | { kind: 'other'; name: string } | { kind: 'unknown' };

// file-type's names for the attachment types; apng is a PNG with extra chunks that every PNG
// reader shows (its first frame).
const FROM_FILE_TYPE: Record<string, AttachmentType> = { pdf: 'pdf', jpg: 'jpg', png: 'png', apng: 'png', docx: 'docx', odt: 'odt' };

export async function detectType(bytes: Uint8Array): Promise<DetectedType> {
  let found: Awaited<ReturnType<typeof fileTypeFromBuffer>>;
  try {
    found = await fileTypeFromBuffer(bytes);
  } catch {
    // A file built to trip the parser (a ZIP with lying sizes, say) is no file we can vouch for;
    // refusing it is the answer, not a server error.
    return { kind: 'unknown' };
  }
  if (!found) return { kind: 'unknown' };
  const type = FROM_FILE_TYPE[found.ext];
  if (type) return { kind: 'allowed', type };
  if (found.ext === 'cfb') return isWordCompoundFile(bytes) ? { kind: 'allowed', type: 'doc' } : { kind: 'other', name: 'cfb' };
  return { kind: 'other', name: found.ext };
}
