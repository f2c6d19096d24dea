/**
 * Returns `candidate` when it is a path on this site ("/fi/e-services?x=1"), otherwise `fallback`.
 * Refuses absolute and protocol-relative URLs ("//evil.example", "/\\evil.example") so that
 * a return address can never send a person to another site.
 */
export function sameOriginPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/')) return fallback;
  if (candidate.startsWith('//') || candidate.startsWith('/\\') || /[\u0000-\u001f]/.test(candidate)) return fallback;
  try {
    const url = new URL(candidate, 'http://same-origin.invalid');
    if (url.origin !== 'http://same-origin.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
