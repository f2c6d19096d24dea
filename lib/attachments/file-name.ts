/**
 * A person's file name made safe to keep, list and offer for download. Files are stored under
 * random keys, never under this name; the name is only shown and sent back in
 * Content-Disposition, so it must not carry paths, invisible tricks or names Windows refuses.
 * Free of Node imports: the browser may show the cleaned name before upload.
 */

export const DEFAULT_MAX_FILE_NAME_LENGTH = 120;
/** Shorter than this would leave no room for a readable stem beside a long extension. */
const MIN_FILE_NAME_LENGTH = 24;
const FALLBACK_STEM = 'attachment';

// A name ending is letters and digits only and short; "final version 2" after a dot is no ending.
const EXTENSION = /^[\p{L}\p{N}]{1,10}$/u;
// Every control, format (bidi overrides, zero-width joiners, BOM), surrogate, private-use and
// unassigned code point, and line/paragraph separators: none belongs in a name people read.
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}]/gu;
// Characters Windows forbids in names, and slashes that look like separators (division slash,
// fraction slash, big solidus…), which a person could be fooled by in a list.
const FORBIDDEN = /[<>:"|?*\u2044\u2215\u29F5\u29F8\u29F9]/gu;
// CON, PRN, AUX, NUL, COM1…9, LPT1…9 (also with superscript digits) cannot be saved on Windows,
// whatever follows the first dot.
const RESERVED_WINDOWS_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The part after the last dot when it is a plausible name ending, else ''. No dot included. */
export function fileNameExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return '';
  const extension = name.slice(dot + 1);
  return EXTENSION.test(extension) ? extension : '';
}

/**
 * Cleans a file name given by a browser or a case system: keeps letters of every script (ä, ö, å),
 * drops any directory part (`../../etc/passwd` → `passwd`, `C:\x\y.pdf` → `y.pdf`), invisible and
 * bidi characters, leading dots, Windows-reserved names and forbidden characters; shortens a long
 * name while keeping its ending; never returns an empty name (`attachment` stands in).
 */
export function sanitizeFileName(raw: string, maxLength: number = DEFAULT_MAX_FILE_NAME_LENGTH): string {
  const limit = Math.max(MIN_FILE_NAME_LENGTH, Math.floor(maxLength));
  // NFKC first: fullwidth ．and ／ become . and /, so lookalikes cannot hide an ending or a path.
  const visible = raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    // Once more: a character just taken out may have kept a letter from its accent ("N", NUL,
    // U+0300), and a clean name must come out of here unchanged.
    .normalize('NFKC')
    .replace(/\s+/gu, ' ');
  const lastComponent = visible.split(/[/\\]/).pop() ?? '';
  // Windows drops trailing dots and spaces itself ("report.pdf." saves as "report.pdf").
  const trimmed = lastComponent.replace(FORBIDDEN, '_').replace(/[\s.]+$/u, '').trim();

  const extension = fileNameExtension(trimmed);
  let stem = extension ? trimmed.slice(0, trimmed.length - extension.length - 1) : trimmed;
  stem = cleanStem(stem);
  if (RESERVED_WINDOWS_NAME.test(stem.split('.')[0]?.trim() ?? '')) stem = `_${stem}`;

  const room = limit - (extension ? extension.length + 1 : 0);
  stem = cleanStem(truncateCodePoints(stem, room));
  if (stem === '') stem = FALLBACK_STEM;
  return extension ? `${stem}.${extension}` : stem;
}

// No leading dot (a hidden file on Unix, "..") and no dot or space at either end.
function cleanStem(stem: string): string {
  return stem.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

// By code point, so a letter outside the Basic Multilingual Plane is never cut in half.
function truncateCodePoints(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('');
}
