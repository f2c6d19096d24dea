/**
 * Reads the stream names of an OLE compound file (MS-CFB), the container of Word 97–2003 `.doc`
 * files, but also of `.xls`, `.ppt`, Outlook `.msg` and Windows Installer `.msi` packages.
 * `file-type` only says "cfb"; a Word document is the one with a `WordDocument` stream, so this
 * is what keeps an installer renamed to `.doc` out.
 *
 * Only the header's own 109 FAT sector slots are read, which cover files up to about 7 MB with
 * 512-byte sectors (far past the attachment limit); a larger file is reported as unreadable.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const DIRECTORY_ENTRY_SIZE = 128;
const STREAM_OBJECT = 2;

/** The names of the streams in a compound file, or undefined when it is not one or is damaged. */
export function compoundFileStreamNames(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 512 || !SIGNATURE.every((byte, i) => bytes[i] === byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;

  const fatSectorCount = view.getUint32(0x2c, true);
  if (fatSectorCount > 109) return undefined;
  const fat: number[] = [];
  for (let i = 0; i < fatSectorCount; i++) {
    const start = sectorOffset(view.getUint32(0x4c + i * 4, true));
    if (start + sectorSize > bytes.length) return undefined;
    for (let j = 0; j < sectorSize; j += 4) fat.push(view.getUint32(start + j, true));
  }

  const names: string[] = [];
  const visited = new Set<number>();
  let sector = view.getUint32(0x30, true);
  while (sector !== END_OF_CHAIN) {
    // A loop in the chain or a sector past the end means a damaged (or hostile) file.
    if (visited.has(sector) || sector >= fat.length) return undefined;
    visited.add(sector);
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) return undefined;
    for (let entry = start; entry < start + sectorSize; entry += DIRECTORY_ENTRY_SIZE) {
      if (bytes[entry + 0x42] !== STREAM_OBJECT) continue;
      const nameBytes = Math.min(view.getUint16(entry + 0x40, true), 64);
      // The length counts the terminating NUL (two bytes in UTF-16).
      const name = new TextDecoder('utf-16le').decode(bytes.subarray(entry, entry + Math.max(0, nameBytes - 2)));
      names.push(name);
    }
    sector = fat[sector] ?? END_OF_CHAIN;
  }
  return names;
}

/** True for a Word 97–2003 document: a compound file with a `WordDocument` stream. */
export function isWordCompoundFile(bytes: Uint8Array): boolean {
  return compoundFileStreamNames(bytes)?.includes('WordDocument') ?? false;
}
