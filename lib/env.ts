/**
 * The one module that reads process.env. Everything else imports `env`.
 *
 * Settings are validated once, when the module is first imported. next.config.ts imports it,
 * so a misconfigured build or `next start` stops at once with a message that names the setting,
 * instead of failing on some request later.
 */
import { z } from 'zod';

const appEnvironments = ['development', 'test', 'preview', 'production'] as const;
export type AppEnvironment = (typeof appEnvironments)[number];

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

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
});

export type Env = Omit<z.infer<typeof schema>, 'SEED_DEMO_DATA'> & {
  /** Whether the demo data is written into the database on start. */
  SEED_DEMO_DATA: boolean;
  /** True when no DATABASE_URL is set and the embedded PGlite database is used. */
  usesEmbeddedDatabase: boolean;
  /** True under `next dev`, whose React build needs eval. */
  isDevelopmentServer: boolean;
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
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigurationError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const parsed = result.data;
  const env: Env = {
    ...parsed,
    SEED_DEMO_DATA: parsed.SEED_DEMO_DATA ?? parsed.APP_ENV !== 'production',
    usesEmbeddedDatabase: !parsed.DATABASE_URL,
    isDevelopmentServer: source.NODE_ENV === 'development',
  };

  if (env.APP_ENV === 'production') {
    const problems: string[] = [];
    if (!env.DATABASE_URL) problems.push('DATABASE_URL: production needs a PostgreSQL server; the embedded database is for development only');
    if (!env.PUBLIC_URL.startsWith('https://')) problems.push('PUBLIC_URL: production must be served over https://');
    if (env.SEED_DEMO_DATA) problems.push('SEED_DEMO_DATA: demo data must never be written into a production database');
    if (problems.length > 0) throw new ConfigurationError(problems);
  }
  return env;
}

export const env: Env = parseEnv(process.env);
