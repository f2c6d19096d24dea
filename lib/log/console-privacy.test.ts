import { describe, expect, it } from 'vitest';
import { keepConsolePrivate, privateConsoleLine } from './console-privacy';

describe('console lines of the server', () => {
  it("leave a failed query's parameters out and redact identity codes in its text and stack", () => {
    const error = new Error('Failed query: insert into form_drafts (answers) values ($1)\nparams: {"name":"Mikko Mittari","pic":"140370-943X"}');
    const line = privateConsoleLine(['Error in action', error]);
    expect(line).toContain('Failed query: insert into form_drafts');
    expect(line).toContain('params: [left out]');
    expect(line).not.toContain('Mikko Mittari');
    expect(line).not.toContain('140370-943X');
  });

  it('redact an identity code written in any other way', () => {
    expect(privateConsoleLine(['signing in %s', '010101A123T'])).toBe('signing in [redacted]');
    expect(privateConsoleLine([{ who: 'x 010101-900R y' }])).not.toContain('010101-900R');
  });

  it('are written through the original method, once wrapped', () => {
    const written: string[] = [];
    const target = { log: (...lines: unknown[]) => written.push(String(lines[0])), info: () => {}, warn: () => {}, error: (...lines: unknown[]) => written.push(String(lines[0])), debug: () => {}, trace: () => {} };
    keepConsolePrivate(target as never);
    keepConsolePrivate(target as never);
    target.error('failed for', '280466-9012');
    target.log('plain');
    expect(written).toEqual(['failed for [redacted]', 'plain']);
  });
});
