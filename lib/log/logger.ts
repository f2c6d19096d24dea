import pino from 'pino';
import { env } from '@/lib/env';

/** Structured JSON logs on stdout, one object a line, for the platform's log collector. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'asiointi', env: env.APP_ENV },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // Never let a personal identity code or a token reach the logs by accident.
  redact: { paths: ['*.nationalId', '*.personalIdentityCode', '*.password', '*.token', '*.authorization', '*.cookie'], censor: '[redacted]' },
});
