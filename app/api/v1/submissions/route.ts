import { caseSystemRoute } from '@/lib/api/case-system-route';
import { invalidBody, json, problem } from '@/lib/api/problem';
import { listQuerySchema, listSubmissions } from '@/lib/api/submissions';

export const dynamic = 'force-dynamic';

/** GET /api/v1/submissions: the case system's submissions, oldest sent first, a page at a time. */
export const GET = caseSystemRoute(async (request, { actor }) => {
  const parsed = listQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return invalidBody(parsed.error);
  const list = await listSubmissions(actor, parsed.data);
  if (list === 'unknownCursor') return problem('invalidRequest', 'cursor: is not a cursor this API gave (use nextCursor of the previous page as it is)');
  return json(list);
});
