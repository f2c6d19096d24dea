import { openApiDocument } from '@/lib/api/openapi';

// The document is the same for everyone and changes only with a new build.
export const dynamic = 'force-static';

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the backend API (no key needed to read it). */
export function GET() {
  return new Response(JSON.stringify(openApiDocument, null, 2), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300' },
  });
}
