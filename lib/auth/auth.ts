import 'server-only';
import NextAuth from 'next-auth';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { createAdapter, type SignInContext } from './adapter';
import { identificationClaimsSchema, staffRoleOf } from './claims';
import { verifyIdTokenSignature } from './id-token';

export const IDENTITY_PROVIDER_ID = 'city';
/** A session lives at most this long, however active; idle time ends it much sooner (session.ts). */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * Sign-in through the city's identity broker: OpenID Connect authorization code flow with
 * PKCE, state and nonce, the ID token's signature checked against the broker's keys.
 * The configuration is made per request, so the claims of this request's identification can
 * reach the adapter that stores the session.
 */
export const { handlers, signIn, signOut } = NextAuth(() => {
  const context: SignInContext = {};
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    basePath: '/api/auth',
    adapter: createAdapter(context),
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS },
    providers: [
      {
        id: IDENTITY_PROVIDER_ID,
        name: 'Suomi.fi',
        type: 'oidc',
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        checks: ['pkce', 'state', 'nonce'],
        authorization: { params: { scope: 'openid profile' } },
        profile(profile) {
          return { id: String(profile.sub), name: `${profile.given_name ?? ''} ${profile.family_name ?? ''}`.trim(), email: '' };
        },
      },
    ],
    callbacks: {
      async signIn({ profile, account }) {
        try {
          await verifyIdTokenSignature(account?.id_token ?? '', env.OIDC_ISSUER, env.OIDC_CLIENT_ID);
        } catch (error) {
          logger.warn({ err: { name: (error as Error).name, message: (error as Error).message } }, 'sign-in refused: ID token signature');
          return false;
        }
        const parsed = identificationClaimsSchema.safeParse(profile);
        if (!parsed.success) {
          logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'sign-in refused: claims');
          return false;
        }
        // A work account with a portal role is staff; anyone else is a resident, known by their code.
        const staff = staffRoleOf(parsed.data) !== null;
        if (!staff && !parsed.data.national_id) {
          logger.warn({ issues: ['national_id missing'] }, 'sign-in refused: claims');
          return false;
        }
        context.claims = parsed.data;
        context.staff = staff;
        return true;
      },
      // Only addresses on this site; anything else goes to the front page.
      redirect({ url, baseUrl }) {
        if (url.startsWith('/') && !url.startsWith('//')) return `${baseUrl}${url}`;
        return new URL(url).origin === baseUrl ? url : baseUrl;
      },
    },
    // Every way a sign-in can fail ends on the portal's own page, in the person's language: also
    // the errors Auth.js would otherwise show on its built-in sign-in page (the broker answering
    // with an error, as when the person cancels the identification).
    pages: { error: '/sign-in/error', signIn: '/sign-in/error' },
    logger: {
      // Auth.js wraps the real reason (a refused code, a wrong issuer…) in `cause`; keep both,
      // without the stack or anything the cause carries beyond its name and message.
      error: (error) => {
        const cause = (error as Error & { cause?: { err?: unknown } | unknown }).cause;
        const reason = cause && typeof cause === 'object' && 'err' in cause ? (cause as { err: unknown }).err : cause;
        logger.error({ err: { name: error.name, message: error.message, cause: reason instanceof Error ? { name: reason.name, message: reason.message } : undefined } }, 'auth error');
      },
      warn: (code) => logger.warn({ code }, 'auth warning'),
      debug: () => {},
    },
  };
});
