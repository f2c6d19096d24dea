/**
 * The one module that reads process.env. Everything else imports `env`.
 *
 * Settings are validated once, when the module is first imported. next.config.ts imports it,
 * so a misconfigured build or `next start` stops at once with a message that names the setting,
 * instead of failing on some request later.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const appEnvironments = ['development', 'test', 'preview', 'production'] as const;
export type AppEnvironment = (typeof appEnvironments)[number];

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

// A key given as base64 of 32 random bytes (`openssl rand -base64 32`).
const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64 (openssl rand -base64 32)');

const schema = z.object({
  APP_ENV: z.enum(appEnvironments).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: booleanFlag.optional(),
  /** Where `next build` writes and `next start` reads; tests and benchmarks use their own. */
  BUILD_DIR: z.string().min(1).default('.next'),

  // Identification (OpenID Connect) and sessions.
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).default('asiointi'),
  OIDC_CLIENT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  TEST_IDP_ENABLED: booleanFlag.optional(),
  /** Sign-ins started (and, separately, completed) from one address in five minutes. */
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1, 'must be at least 1').default(60),

  // Personal identity codes are stored encrypted, with a keyed hash for look-ups.
  PERSONAL_ID_ENCRYPTION_KEY: base64Key.optional(),
  PERSONAL_ID_HASH_KEY: base64Key.optional(),

  // E-mail: through Resend when the key is set, otherwise into the development outbox.
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default('Asiointi <asiointi@localhost>'),

  // Text messages: through an HTTP gateway when its address and token are set, otherwise into
  // the development outbox.
  SMS_GATEWAY_URL: z.url().optional(),
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  /** What the phone shows as the sender: up to 11 letters and digits, or a number. */
  SMS_SENDER: z
    .string()
    .regex(/^(?:[A-Za-z0-9 ]{1,11}|\+?\d{3,15})$/, 'must be up to 11 letters, digits and spaces, or a phone number')
    .default('Helsinki'),

  // Background jobs (notifications): run inside the app, or only in `npm run worker`.
  // Default: in the app, except in production, where the workers run them.
  JOBS_IN_APP: booleanFlag.optional(),

  // Migrations: applied by the server when it starts, or only by the deploy step
  // `npm run db:migrate`. Default: on start, except in production.
  MIGRATE_ON_START: booleanFlag.optional(),
  /**
   * Starts this process's clock (lib/time/clock.ts) this many milliseconds ahead: the worker's
   * counterpart of the test clock route, for tests that reach a notification round with a
   * worker of their own. Refused outside APP_ENV=test.
   */
  TEST_CLOCK_OFFSET_MS: z.coerce.number().int().optional(),
  /**
   * Unsent drafts untouched this many days are removed, with their files (lib/retention/). The
   * owner is warned two weeks before, so fewer than 15 days would leave no time to act.
   */
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(15, 'must be at least 15: the owner is warned 14 days before removal').default(90),

  // Attachments: files under ATTACHMENTS_DIR, or in an S3-compatible bucket once one is named.
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  ATTACHMENTS_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens')
    .optional(),
  ATTACHMENTS_S3_ENDPOINT: z.url().optional(),
  ATTACHMENTS_S3_REGION: z.string().min(1).optional(),
  ATTACHMENTS_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  ATTACHMENTS_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  ATTACHMENTS_S3_FORCE_PATH_STYLE: booleanFlag.optional(),

  // The demo data's case system (urban environment) takes this API key; unset, it gets a random
  // one that nobody is shown. Never in production, which has no demo data.
  DEMO_CASE_SYSTEM_KEY: z
    .string()
    .regex(/^asi_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/, 'must be a key of the form asi_<12 lower-case letters or digits>_<43 base64url characters>')
    .optional(),
});

/**
 * Secrets a developer, the tests and a preview deployment may run with. Public, so never safe:
 * a production start refuses to run with any of them.
 */
export const DEVELOPMENT_SECRETS = {
  AUTH_SECRET: 'development-only-auth-secret-do-not-use-in-production',
  OIDC_CLIENT_SECRET: 'development-only-client-secret',
  PERSONAL_ID_ENCRYPTION_KEY: Buffer.alloc(32, 'development-encryption-key').toString('base64'),
  PERSONAL_ID_HASH_KEY: Buffer.alloc(32, 'development-hash-key').toString('base64'),
} as const;

/** Where attachments are kept: read by lib/attachments/configured-storage.ts. */
export type AttachmentStorageSettings =
  | { kind: 'local'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

type Parsed = z.infer<typeof schema>;
type Resolved = 'SEED_DEMO_DATA' | 'TEST_IDP_ENABLED' | 'JOBS_IN_APP' | 'MIGRATE_ON_START' | 'AUTH_SECRET' | 'OIDC_ISSUER' | 'OIDC_CLIENT_SECRET' | 'PERSONAL_ID_ENCRYPTION_KEY' | 'PERSONAL_ID_HASH_KEY';

export type Env = Omit<Parsed, Resolved> & {
  AUTH_SECRET: string;
  OIDC_ISSUER: string;
  OIDC_CLIENT_SECRET: string;
  PERSONAL_ID_ENCRYPTION_KEY: string;
  PERSONAL_ID_HASH_KEY: string;
  /** Whether the built-in test identification service answers (never in production). */
  TEST_IDP_ENABLED: boolean;
  /** Whether the demo data is written into the database on start. */
  SEED_DEMO_DATA: boolean;
  /** Whether this app instance works the background jobs (otherwise `npm run worker` does). */
  JOBS_IN_APP: boolean;
  /**
   * Whether the server applies new migrations when it starts. When not, it only checks that the
   * database has them all, and is not ready (/api/ready) until `npm run db:migrate` has run.
   */
  MIGRATE_ON_START: boolean;
  /** True when no DATABASE_URL is set and the embedded PGlite database is used. */
  usesEmbeddedDatabase: boolean;
  /**
   * True when the embedded database lives in this process's memory only, not in DATA_DIR: a
   * preview without DATA_DIR, where every instance starts from a database of its own with the
   * demo data (see previewDefaults).
   */
  embeddedDatabaseInMemory: boolean;
  /** True under `next dev`, whose React build needs eval. */
  isDevelopmentServer: boolean;
  attachmentStorage: AttachmentStorageSettings;
};

export class ConfigurationError extends Error {
  constructor(problems: string[]) {
    super(`Asiointi cannot start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigurationError';
  }
}

/** Parses and checks a set of environment variables; throws ConfigurationError listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty string in a .env file means "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  // On Vercel every deployment is a preview or production (VERCEL_ENV) and is that without
  // being told: a production deployment never runs as development, with its test sign-in.
  if (!cleaned.APP_ENV && (cleaned.VERCEL_ENV === 'preview' || cleaned.VERCEL_ENV === 'production')) cleaned.APP_ENV = cleaned.VERCEL_ENV;
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigurationError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const parsed = result.data;
  const preview = parsed.APP_ENV === 'preview' ? previewDefaults(cleaned) : undefined;
  if (preview) Object.assign(parsed, preview.settings);
  const production = parsed.APP_ENV === 'production';
  const testIdpEnabled = parsed.TEST_IDP_ENABLED ?? !production;
  const env: Env = {
    ...parsed,
    SEED_DEMO_DATA: parsed.SEED_DEMO_DATA ?? !production,
    TEST_IDP_ENABLED: testIdpEnabled,
    JOBS_IN_APP: parsed.JOBS_IN_APP ?? !production,
    MIGRATE_ON_START: parsed.MIGRATE_ON_START ?? !production,
    AUTH_SECRET: parsed.AUTH_SECRET ?? DEVELOPMENT_SECRETS.AUTH_SECRET,
    OIDC_CLIENT_SECRET: parsed.OIDC_CLIENT_SECRET ?? DEVELOPMENT_SECRETS.OIDC_CLIENT_SECRET,
    PERSONAL_ID_ENCRYPTION_KEY: parsed.PERSONAL_ID_ENCRYPTION_KEY ?? DEVELOPMENT_SECRETS.PERSONAL_ID_ENCRYPTION_KEY,
    PERSONAL_ID_HASH_KEY: parsed.PERSONAL_ID_HASH_KEY ?? DEVELOPMENT_SECRETS.PERSONAL_ID_HASH_KEY,
    OIDC_ISSUER: parsed.OIDC_ISSUER ?? `${parsed.PUBLIC_URL.replace(/\/$/, '')}/test-idp`,
    usesEmbeddedDatabase: !parsed.DATABASE_URL,
    embeddedDatabaseInMemory: !parsed.DATABASE_URL && (preview?.databaseInMemory ?? false),
    isDevelopmentServer: source.NODE_ENV === 'development',
    attachmentStorage: attachmentStorageSettings(parsed),
  };

  const attachmentProblems = attachmentStorageProblems(parsed);
  if (attachmentProblems.length > 0) throw new ConfigurationError(attachmentProblems);
  // A gateway without its token (or the other way round) is a half-finished change: messages
  // would quietly stay in the outbox.
  if (!parsed.SMS_GATEWAY_URL !== !parsed.SMS_GATEWAY_TOKEN) {
    throw new ConfigurationError(['SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN: set both to send text messages, or neither to keep them in the outbox']);
  }

  if (env.TEST_CLOCK_OFFSET_MS !== undefined && env.APP_ENV !== 'test') {
    throw new ConfigurationError(['TEST_CLOCK_OFFSET_MS: moves the clock for tests only (APP_ENV=test)']);
  }

  if (env.APP_ENV === 'production') {
    const problems: string[] = [];
    if (!env.DATABASE_URL) problems.push('DATABASE_URL: production needs a PostgreSQL server; the embedded database is for development only');
    if (!env.PUBLIC_URL.startsWith('https://')) problems.push('PUBLIC_URL: production must be served over https://');
    if (env.SEED_DEMO_DATA) problems.push('SEED_DEMO_DATA: demo data must never be written into a production database');
    if (env.DEMO_CASE_SYSTEM_KEY) problems.push('DEMO_CASE_SYSTEM_KEY: the demo case system belongs to the demo data, never to production (make real ones with npm run case-system)');
    if (env.TEST_IDP_ENABLED) problems.push('TEST_IDP_ENABLED: the test identification service must never run in production (use APP_ENV=preview for a preview deployment)');
    if (!parsed.OIDC_ISSUER) problems.push("OIDC_ISSUER: production needs the city's identity broker");
    for (const name of ['AUTH_SECRET', 'OIDC_CLIENT_SECRET', 'PERSONAL_ID_ENCRYPTION_KEY', 'PERSONAL_ID_HASH_KEY'] as const) {
      if (!parsed[name] || parsed[name] === DEVELOPMENT_SECRETS[name]) problems.push(`${name}: production needs a secret of its own`);
    }
    if (!env.RESEND_API_KEY) problems.push('RESEND_API_KEY: production sends real e-mail; the outbox is for development only');
    if (env.SMS_GATEWAY_URL?.startsWith('http://')) problems.push("SMS_GATEWAY_URL: production sends the gateway's token over https:// only");
    if (env.ATTACHMENTS_S3_ENDPOINT?.startsWith('http://')) problems.push("ATTACHMENTS_S3_ENDPOINT: production sends residents' files over https:// only");
    if (problems.length > 0) throw new ConfigurationError(problems);
  }
  return env;
}

/**
 * APP_ENV=preview alone makes a preview deployment (a reviewer's copy of one change, on a
 * serverless host or any Node host): the demo data, the test identification service and the outbox
 * page come with every APP_ENV but production, the Preview marker with this one; what a preview
 * needs besides is a place to keep its data that the host lets it write and nobody needs to set up.
 * Without DATA_DIR the database lives in memory, so each instance (a serverless host may start
 * several) boots with a database of its own, migrated and seeded, and attachments go to a folder
 * of this process under the system's temporary folder (on a serverless host the only writable
 * place, /tmp). Without PUBLIC_URL, a preview on Vercel is reached at its deployment's address.
 */
function previewDefaults(cleaned: Record<string, string | undefined>): { settings: Partial<Parsed>; databaseInMemory: boolean } {
  const settings: Partial<Parsed> = {};
  if (!cleaned.DATA_DIR) settings.DATA_DIR = path.join(os.tmpdir(), `asiointi-preview-${process.pid}`);
  // Vercel names each deployment's host (without the scheme) in VERCEL_URL, at build and run time.
  const vercelHost = cleaned.VERCEL_URL;
  if (!cleaned.PUBLIC_URL && vercelHost && /^[a-z0-9.-]+$/i.test(vercelHost)) settings.PUBLIC_URL = `https://${vercelHost}`;
  return { settings, databaseInMemory: !cleaned.DATA_DIR };
}

const s3SettingNames = ['ATTACHMENTS_S3_ENDPOINT', 'ATTACHMENTS_S3_REGION', 'ATTACHMENTS_S3_ACCESS_KEY_ID', 'ATTACHMENTS_S3_SECRET_ACCESS_KEY', 'ATTACHMENTS_S3_FORCE_PATH_STYLE'] as const;

// An S3 setting without a bucket is a typo or a half-finished change: files would quietly go to
// the local disk of one instance instead.
function attachmentStorageProblems(parsed: Parsed): string[] {
  const problems: string[] = [];
  const orphans = s3SettingNames.filter((name) => parsed[name] !== undefined);
  if (!parsed.ATTACHMENTS_S3_BUCKET && orphans.length > 0) problems.push(`ATTACHMENTS_S3_BUCKET: needed with ${orphans.join(', ')}`);
  if (!parsed.ATTACHMENTS_S3_ACCESS_KEY_ID !== !parsed.ATTACHMENTS_S3_SECRET_ACCESS_KEY) {
    problems.push('ATTACHMENTS_S3_ACCESS_KEY_ID, ATTACHMENTS_S3_SECRET_ACCESS_KEY: set both, or neither to use the SDK\'s own credentials');
  }
  return problems;
}

function attachmentStorageSettings(parsed: Parsed): AttachmentStorageSettings {
  if (!parsed.ATTACHMENTS_S3_BUCKET) {
    return { kind: 'local', directory: parsed.ATTACHMENTS_DIR ?? `${parsed.DATA_DIR.replace(/\/+$/, '')}/attachments` };
  }
  const { ATTACHMENTS_S3_ACCESS_KEY_ID: accessKeyId, ATTACHMENTS_S3_SECRET_ACCESS_KEY: secretAccessKey } = parsed;
  return {
    kind: 's3',
    bucket: parsed.ATTACHMENTS_S3_BUCKET,
    // S3-compatible services mostly ignore the region, but the request signature needs one.
    region: parsed.ATTACHMENTS_S3_REGION ?? 'us-east-1',
    ...(parsed.ATTACHMENTS_S3_ENDPOINT ? { endpoint: parsed.ATTACHMENTS_S3_ENDPOINT } : {}),
    // A custom endpoint is nearly always MinIO, Ceph or the like, which address buckets by path.
    forcePathStyle: parsed.ATTACHMENTS_S3_FORCE_PATH_STYLE ?? parsed.ATTACHMENTS_S3_ENDPOINT !== undefined,
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  };
}

export const env: Env = parseEnv(process.env);

// Auth.js works out the portal's address for itself, from AUTH_URL when it is set and otherwise
// from the request, where Next has replaced the host the browser used with "localhost": behind a
// proxy that sends no X-Forwarded-Host, the code would be redeemed for a redirect address the
// browser never used and the identity broker would refuse it. The portal's address is PUBLIC_URL.
process.env.AUTH_URL ??= env.PUBLIC_URL;
