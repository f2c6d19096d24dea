import 'server-only';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db';
import { logger } from '@/lib/log/logger';
import type { CaseSystem, CityActor } from '@/lib/matters/actor';
import { REQUEST_ID_HEADER } from '@/lib/security/headers';
import { caseSystemForKey } from './case-systems';
import { bearerKey } from './keys';
import { problem } from './problem';

export type CaseSystemCall<Params> = {
  system: CaseSystem;
  /** The case system as the matters' functions take it: the same rules and audit as an official's. */
  actor: CityActor;
  params: Params;
};

type RouteContext<Params> = { params: Promise<Params> };

/**
 * Wraps an /api/v1 route handler: every call must carry `Authorization: Bearer <key>` of a case
 * system whose key is in use; anything else is 401 before the handler runs, with the same answer
 * for a missing, malformed, unknown, wrong or revoked key. The handler gets the case system as a
 * CityActor. An unexpected error is logged and answered as a problem, never with its message.
 */
export function caseSystemRoute<Params = Record<string, never>>(handler: (request: NextRequest, call: CaseSystemCall<Params>) => Promise<Response>) {
  return async (request: NextRequest, context: RouteContext<Params>): Promise<Response> => {
    const requestId = request.headers.get(REQUEST_ID_HEADER) ?? undefined;
    const key = bearerKey(request.headers.get('authorization'));
    const system = key ? await caseSystemForKey(await getDb(), key) : null;
    if (!system) {
      logger.warn({ requestId, path: request.nextUrl.pathname, keyGiven: Boolean(key) }, 'api: refused a call without a valid key');
      return problem('unauthorized', 'Send the API key of a case system in use as "Authorization: Bearer <key>".');
    }
    try {
      return await handler(request, { system, actor: { kind: 'case_system', system }, params: await context.params });
    } catch (error) {
      logger.error({ err: error, requestId, caseSystem: system.slug, path: request.nextUrl.pathname }, 'api: the call failed');
      return problem('internal', 'The call could not be completed. Try again; if it keeps failing, tell the portal team the request id.', requestId ? { requestId } : {});
    }
  };
}
