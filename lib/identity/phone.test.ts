import { describe, expect, it } from 'vitest';
import { normaliseMobileNumber } from './phone';

const ok = (e164: string) => ({ ok: true, e164 });
const problem = (reason: string) => ({ ok: false, reason });

describe('normaliseMobileNumber', () => {
  it.each([
    '040 123 4567',
    '040-1234567',
    '0401234567',
    ' 040 1234 567 ',
    '040.123.4567',
    '(040) 123 4567',
    '+358 40 1234567',
    '+358401234567',
    '+358 (0)40 123 4567',
    '+358-40-123-4567',
    '00358401234567',
    '00358 40 123 4567',
    '358401234567',
    '358 40 123 4567',
  ])('reads %j as +358401234567', (input) => {
    expect(normaliseMobileNumber(input)).toEqual(ok('+358401234567'));
  });

  it('knows the Finnish mobile prefixes 04x and 050', () => {
    expect(normaliseMobileNumber('041 234 5678')).toEqual(ok('+358412345678'));
    expect(normaliseMobileNumber('044 123 4567')).toEqual(ok('+358441234567'));
    expect(normaliseMobileNumber('0457 123 4567')).toEqual(ok('+3584571234567'));
    expect(normaliseMobileNumber('050 123 4567')).toEqual(ok('+358501234567'));
    expect(normaliseMobileNumber('040 12345')).toEqual(ok('+3584012345'));
  });

  it('refuses Finnish landlines and service numbers', () => {
    expect(normaliseMobileNumber('09 310 1111')).toEqual(problem('notMobile'));
    expect(normaliseMobileNumber('+358 9 310 1111')).toEqual(problem('notMobile'));
    expect(normaliseMobileNumber('0800 123 456')).toEqual(problem('notMobile'));
    expect(normaliseMobileNumber('020 123 4567')).toEqual(problem('notMobile'));
    expect(normaliseMobileNumber('051 123 4567')).toEqual(problem('notMobile'));
  });

  it('takes other countries’ numbers as given with + or 00', () => {
    expect(normaliseMobileNumber('+46 70 123 45 67')).toEqual(ok('+46701234567'));
    expect(normaliseMobileNumber('0046 70 123 45 67')).toEqual(ok('+46701234567'));
    expect(normaliseMobileNumber('+372 5123 4567')).toEqual(ok('+37251234567'));
    expect(normaliseMobileNumber('+1 (202) 555-0142')).toEqual(ok('+12025550142'));
  });

  it('refuses a number without + or a leading 0, whose country cannot be known', () => {
    expect(normaliseMobileNumber('46701234567')).toEqual(problem('notMobile'));
    expect(normaliseMobileNumber('401234567')).toEqual(problem('notMobile'));
  });

  it('checks the length', () => {
    expect(normaliseMobileNumber('040 123')).toEqual(problem('tooShort'));
    expect(normaliseMobileNumber('0')).toEqual(problem('tooShort'));
    expect(normaliseMobileNumber('+358')).toEqual(problem('tooShort'));
    expect(normaliseMobileNumber('+46 1234')).toEqual(problem('tooShort'));
    expect(normaliseMobileNumber('040 1234 567 890')).toEqual(problem('tooLong'));
    expect(normaliseMobileNumber('+46 1234 5678 9012 34')).toEqual(problem('tooLong'));
    expect(normaliseMobileNumber('+46 1234 5678 9012 3')).toEqual(ok('+461234567890123'));
  });

  it('names the problem for empty input and for letters or stray signs', () => {
    expect(normaliseMobileNumber('')).toEqual(problem('empty'));
    expect(normaliseMobileNumber('   ')).toEqual(problem('empty'));
    expect(normaliseMobileNumber('040 123 456a')).toEqual(problem('invalidCharacters'));
    expect(normaliseMobileNumber('040+1234567')).toEqual(problem('invalidCharacters'));
    expect(normaliseMobileNumber('++358401234567')).toEqual(problem('invalidCharacters'));
    expect(normaliseMobileNumber('tel:+358401234567')).toEqual(problem('invalidCharacters'));
    expect(normaliseMobileNumber('+ -')).toEqual(problem('tooShort'));
  });
});
