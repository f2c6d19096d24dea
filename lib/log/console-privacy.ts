import { formatWithOptions } from 'node:util';
import { withoutPersonalIdentityCodes } from './logger';

/*
 * Next and the libraries under it write to the console themselves, past the portal's logger: an
 * error in a page or a server action is printed whole. A failed query's error from Drizzle carries
 * its parameters in its message ("Failed query: … params: …"), and those are people's answers,
 * names and identity codes. Every console line of the server is therefore written as one text
 * with the query parameters left out and any personal identity code redacted, as the logger's are.
 */

const QUERY_PARAMETERS = /(\bparams: )[^\n]*/g;

/** One console line as it may be written: no query parameters, no personal identity code. */
export function privateConsoleLine(args: unknown[]): string {
  const line = formatWithOptions({ colors: false, depth: 6 }, ...args).replace(QUERY_PARAMETERS, '$1[left out]');
  return withoutPersonalIdentityCodes(line) as string;
}

const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Makes every console method of this process write private lines. Once per process. */
export function keepConsolePrivate(target: Pick<Console, (typeof methods)[number]> = console): void {
  const marker = Symbol.for('asiointi.privateConsole');
  const flagged = target as unknown as Record<symbol, boolean>;
  if (flagged[marker]) return;
  flagged[marker] = true;
  for (const method of methods) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => original(privateConsoleLine(args));
  }
}
