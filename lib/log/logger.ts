import pino from 'pino';
import { env } from '@/lib/env';

/** Never let a personal identity code or a token reach the logs by accident. */
export const logRedaction = {
  paths: ['*.nationalId', '*.national_id', '*.nationalIdEncrypted', '*.personalIdentityCode', '*.sessionToken', '*.password', '*.token', '*.authorization', '*.cookie'],
  censor: '[redacted]',
};

/** Structured JSON logs on stdout, one object a line, for the platform's log collector. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'asiointi', env: env.APP_ENV },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: logRedaction,
});
