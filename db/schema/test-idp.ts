import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The built-in test identification service's state. Only ever written while it is enabled
 * (development, tests, previews).
 */
export const testIdpKeys = pgTable('test_idp_keys', {
  kid: text('kid').primaryKey(),
  /** The private signing key as a JWK; public parts are served at the JWKS address. */
  privateJwk: jsonb('private_jwk').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An authorization code handed to the client, redeemable once at the token endpoint. */
export const testIdpCodes = pgTable('test_idp_codes', {
  codeHash: text('code_hash').primaryKey(),
  clientId: text('client_id').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  codeChallenge: text('code_challenge').notNull(),
  nonce: text('nonce'),
  /** The claims of the ID token and userinfo for the person who identified. */
  claims: jsonb('claims').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
