import { readFile } from 'node:fs/promises';
import { linesWithPersonalIdentityCodes } from '../support/personal-identity-codes';

/**
 * Runs once after all end-to-end tests (playwright.config.ts, globalTeardown): the server's whole
 * output during the run — its JSON log lines at info level and anything Next or a library printed —
 * must hold no personal identity code, though the test people identified, registered, sent forms
 * and had them handled. Fails the run with the offending lines.
 */
export default async function checkServerLog() {
  const file = process.env.E2E_SERVER_LOG;
  if (!file) throw new Error('E2E_SERVER_LOG is not set: playwright.config.ts names the server log');
  const log = await readFile(file, 'utf8');
  // A check that read nothing would pass whatever the server wrote.
  if (!log.includes('"msg":"request"')) throw new Error(`The end-to-end server's log ${file} holds no request lines: the log check read nothing`);
  const offending = linesWithPersonalIdentityCodes(log);
  if (offending.length > 0) {
    throw new Error(`Personal identity codes in ${offending.length} lines of the end-to-end server's log (${file}):\n${offending.slice(0, 40).join('\n')}`);
  }
  console.log(`Server log check: ${log.split('\n').filter(Boolean).length} lines in ${file}, no personal identity code.`);
}
