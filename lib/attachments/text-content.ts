/**
 * Plain text has no magic bytes, so a `.txt` file is taken as text only when every byte is valid
 * UTF-8 and no character is a control other than tab, line feed or carriage return. That refuses
 * binaries renamed to .txt (NUL bytes, invalid sequences) and UTF-16 files (NUL bytes), and
 * leaves out old Windows-1252 files, whose ä and ö are not valid UTF-8: a person can save again
 * as UTF-8.
 */

// C0 controls except tab (09), LF (0A) and CR (0D); DEL; the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

export function isPlainUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return false;
  }
  return !CONTROL.test(text);
}
