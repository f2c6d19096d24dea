/**
 * PostgreSQL stores no U+0000 in text or JSON and refuses any query that carries one, even one
 * that only looks something up: the request would end in an error page. Nobody types it; it
 * comes with a crafted post or with text pasted from a broken file, so text from a form is
 * passed through this before it reaches a query, and the character is simply dropped.
 */
export function withoutNul(text: string): string {
  return text.replaceAll('\u0000', '');
}
