import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { logRedaction } from './logger';

function logLine(object: Record<string, unknown>): string {
  let written = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  });
  pino({ redact: logRedaction }, sink).warn(object, 'test');
  return written;
}

describe('log redaction', () => {
  it('keeps personal identity codes and tokens out of the logs, in either spelling', () => {
    const line = logLine({
      claims: { national_id: '210281-9988', given_name: 'Portaalia' },
      person: { nationalId: '210281-9988', nationalIdEncrypted: 'v1:abc' },
      session: { sessionToken: 'secret-token' },
    });
    expect(line).not.toContain('210281-9988');
    expect(line).not.toContain('v1:abc');
    expect(line).not.toContain('secret-token');
    // The rest of the record is still there to help whoever reads the log.
    expect(line).toContain('Portaalia');
    expect(line).toContain('[redacted]');
  });
});
