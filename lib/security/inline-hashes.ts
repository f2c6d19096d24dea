import { createHash } from 'node:crypto';
import type { InlineHashes } from './headers';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
/** Types a browser runs as script; anything else (such as application/ld+json) is data. */
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  if (!match) return new RegExp(`(?:^|\\s)${name}(?:\\s|$)`, 'i').test(attributes) ? '' : undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * The SHA-256 hashes (base64) of the inline scripts and style elements of a finished HTML
 * document, as a Content Security Policy names them. Script elements with `src` load a file
 * and need no hash; data blocks never run.
 */
export function inlineHashesOf(html: string): InlineHashes {
  const scripts = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attributes, 'src') !== undefined) continue;
    const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase();
    if (!SCRIPT_TYPES.has(type)) continue;
    scripts.add(sha256(body));
  }
  const styles = new Set<string>();
  for (const [, , body = ''] of html.matchAll(STYLE)) styles.add(sha256(body));
  return { scripts: [...scripts], styles: [...styles] };
}
