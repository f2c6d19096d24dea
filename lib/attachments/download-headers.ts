/**
 * Response headers for sending a stored attachment back (to its owner, an official or a case
 * system). The person's name travels in Content-Disposition in both forms browsers read: an
 * ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 5987).
 */
export function attachmentDownloadHeaders(
  file: { name: string; contentType: string; size?: number },
  disposition: 'attachment' | 'inline' = 'attachment',
): Headers {
  const headers = new Headers({
    'Content-Type': file.contentType,
    'Content-Disposition': `${disposition}; filename="${asciiFallback(file.name)}"; filename*=UTF-8''${encodeExtValue(file.name)}`,
    // The stored type was read from the bytes; a browser must not guess another (HTML in a .txt).
    'X-Content-Type-Options': 'nosniff',
    // A resident's documents never belong in a shared cache.
    'Cache-Control': 'private, no-store',
  });
  if (file.size !== undefined) headers.set('Content-Length', String(file.size));
  return headers;
}

// "Hakemus – Åsa.pdf" → "Hakemus _ Asa.pdf": letters lose their marks, anything else outside
// printable ASCII, and the quote and backslash that would end or escape the header value, become _.
function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

// encodeURIComponent leaves ' ( ) * as they are, which RFC 5987 does not allow unencoded.
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
