/**
 * Who the test identification service is and whom it serves. Read through one object so that
 * tests can switch the service off without touching the environment.
 */
import { env } from '@/lib/env';

export const TEST_IDP_PATH = '/test-idp';
/** Auth.js answers the identity provider with this id at /api/auth/callback/<id>. */
export const CLIENT_CALLBACK_PATH = '/api/auth/callback/city';

export type RegisteredClient = { clientId: string; clientSecret: string; redirectUri: string };

export const testIdpConfig = {
  /** Never true in production: lib/env.ts refuses to start with it. */
  isEnabled(): boolean {
    return env.TEST_IDP_ENABLED;
  },
  issuer(): string {
    return `${env.PUBLIC_URL.replace(/\/$/, '')}${TEST_IDP_PATH}`;
  },
  /** The portal is the one client; its redirect address is compared exactly, character by character. */
  client(): RegisteredClient {
    return {
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      redirectUri: `${env.PUBLIC_URL.replace(/\/$/, '')}${CLIENT_CALLBACK_PATH}`,
    };
  },
  /** The key that signs the pending request carried between the screens. */
  ticketSecretSource(): string {
    return env.AUTH_SECRET;
  },
};
