import pino from 'pino';
import { env } from '@/lib/env';

const SECRET_KEYS = ['nationalId', 'national_id', 'nationalIdEncrypted', 'personalIdentityCode', 'sessionToken', 'password', 'token', 'authorization', 'cookie'];

/** Never let a personal identity code or a token reach the logs by accident: by key, at any of the first three levels. */
export const logRedaction = {
  paths: SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  censor: '[redacted]',
};

/**
 * A Finnish personal identity code anywhere in a text (DDMMYY, the century sign, the individual
 * number, the check character): in an error's message, a URL or a value under any other key.
 */
const PERSONAL_IDENTITY_CODE = /(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])/g;

/** The record with every personal identity code in its texts replaced; errors become plain records. */
export function withoutPersonalIdentityCodes(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(PERSONAL_IDENTITY_CODE, '[redacted]');
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    const { name, message, stack, ...rest } = value as Error & Record<string, unknown>;
    return withoutPersonalIdentityCodes({ type: name, message, stack, ...rest }, depth + 1);
  }
  if (Array.isArray(value)) return value.map((item) => withoutPersonalIdentityCodes(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutPersonalIdentityCodes(item, depth + 1)]));
}

/** Pino's options that keep personal identity codes out of every line, by key and by look. */
export const logPrivacy = {
  redact: logRedaction,
  formatters: { log: (object: Record<string, unknown>) => withoutPersonalIdentityCodes(object) as Record<string, unknown> },
  hooks: {
    logMethod(this: pino.Logger, args: Parameters<pino.LogFn>, method: pino.LogFn) {
      return method.apply(this, args.map((arg) => (typeof arg === 'string' ? withoutPersonalIdentityCodes(arg) : arg)) as Parameters<pino.LogFn>);
    },
  },
};

/** Structured JSON logs on stdout, one object a line, for the platform's log collector. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'asiointi', env: env.APP_ENV },
  timestamp: pino.stdTimeFunctions.isoTime,
  ...logPrivacy,
  formatters: { level: (label) => ({ level: label }), log: logPrivacy.formatters.log },
});
