import 'server-only';
import { env } from '@/lib/env';
import { consumeRateLimit, type RateLimitResult } from '@/lib/rate-limit/consume';

/** Starting a sign-in, and coming back from the identification: counted apart. */
export type SignInStep = 'start' | 'callback';

export const SIGN_IN_WINDOW_SECONDS = 5 * 60;

/**
 * Counts one sign-in step from `address` and says whether it may go ahead. Generous enough for
 * many residents behind one address; it stops floods that would fill the sessions and sign-in
 * tables or hammer the identity broker. In the database, so it holds across app instances.
 */
export function consumeSignInAttempt(step: SignInStep, address: string, limit: number = env.SIGN_IN_LIMIT_PER_ADDRESS): Promise<RateLimitResult> {
  return consumeRateLimit(`sign-in-${step}:${address}`, { limit, windowSeconds: SIGN_IN_WINDOW_SECONDS });
}

/** The page that asks the person to wait; without a language the proxy picks theirs. */
export function signInLimitPath(retryAfterSeconds: number, locale?: string): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `${locale ? `/${locale}` : ''}/sign-in/wait?${new URLSearchParams({ minutes: String(minutes) })}`;
}

/**
 * Wraps Auth.js's route handlers: starting a sign-in (/signin/…) and completing one
 * (/callback/…) count against the caller's address; past the limit the person is sent to the
 * waiting page before Auth.js does anything. Other routes (session, sign-out) are not counted.
 */
export function withSignInLimit<Req extends Request, Args extends unknown[]>(
  handler: (request: Req, ...rest: Args) => Promise<Response>,
  addressOf: (request: Request) => string,
) {
  return async (request: Req, ...rest: Args): Promise<Response> => {
    const { pathname } = new URL(request.url);
    const step: SignInStep | null = /\/callback\//.test(pathname) ? 'callback' : /\/signin\//.test(pathname) ? 'start' : null;
    if (step) {
      const result = await consumeSignInAttempt(step, addressOf(request));
      if (!result.allowed) {
        return new Response(null, {
          status: 303,
          headers: { Location: signInLimitPath(result.retryAfterSeconds), 'Retry-After': String(result.retryAfterSeconds), 'Cache-Control': 'no-store' },
        });
      }
    }
    return handler(request, ...rest);
  };
}
