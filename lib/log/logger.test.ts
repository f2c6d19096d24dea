import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { logPrivacy } from './logger';

/** Lines as the portal's logger writes them, caught instead of going to stdout. */
function logLines(write: (logger: pino.Logger) => void): string {
  let written = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  });
  write(pino(logPrivacy, sink));
  return written;
}

describe('log redaction', () => {
  it('keeps personal identity codes and tokens out of the logs, in either spelling', () => {
    const line = logLines((logger) =>
      logger.warn(
        {
          claims: { national_id: '210281-9988', given_name: 'Portaalia' },
          person: { nationalId: '210281-9988', nationalIdEncrypted: 'v1:abc' },
          session: { sessionToken: 'secret-token' },
        },
        'test',
      ),
    );
    expect(line).not.toContain('210281-9988');
    expect(line).not.toContain('v1:abc');
    expect(line).not.toContain('secret-token');
    // The rest of the record is still there to help whoever reads the log.
    expect(line).toContain('Portaalia');
    expect(line).toContain('[redacted]');
  });

  it('by key at the top of a record and deeper down, not only one level in', () => {
    const lines = logLines((logger) => {
      logger.warn({ nationalIdEncrypted: 'v1:top', sessionToken: 'top-token' }, 'top');
      logger.warn({ request: { headers: { cookie: 'authjs.session-token=deep-token' } } }, 'deep');
    });
    for (const secret of ['v1:top', 'top-token', 'deep-token']) expect(lines).not.toContain(secret);
  });

  it('by its look wherever a code is written: a message, an error, a URL, any key, every century sign', () => {
    const codes = ['210281-9988', '081208A9086', '300690Y916Y', '120459-906D', '010101B901S'];
    const lines = logLines((logger) => {
      logger.info(`identification of ${codes[0]} refused`);
      logger.error({ err: new Error(`no person ${codes[1]}`) }, 'lookup failed');
      logger.info({ path: `/fi/search?q=${codes[2]}`, list: [{ note: codes[3] }] }, 'request');
      logger.warn({ nested: { deeper: { text: `code ${codes[4]}.` } } }, 'deep');
    });
    for (const code of codes) expect(lines).not.toContain(code);
    expect(lines).toContain('identification of [redacted] refused');
    expect(lines).toContain('no person [redacted]');
    // What only looks like a number stays: dates, item numbers, times.
    const ordinary = logLines((logger) => logger.info({ at: '2026-12-01T02:18:25.123Z', itemNumber: 100123, id: '3f2c1a90-1234-4abc-9def-0123456789ab' }, 'item 100123 opened'));
    expect(ordinary).toContain('2026-12-01T02:18:25.123Z');
    expect(ordinary).toContain('item 100123 opened');
    expect(ordinary).toContain('3f2c1a90-1234-4abc-9def-0123456789ab');
  });
});
