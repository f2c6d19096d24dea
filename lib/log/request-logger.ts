import 'server-only';
import { headers } from 'next/headers';
import { logger } from './logger';
import { REQUEST_ID_HEADER } from '@/lib/security/headers';

/** A logger whose every line carries the id the proxy gave this request. */
export async function requestLogger() {
  const requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  return logger.child({ requestId });
}
