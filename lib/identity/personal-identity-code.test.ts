import { describe, expect, it } from 'vitest';
import { maskPersonalIdentityCode, parsePersonalIdentityCode } from './personal-identity-code';

// Computed here the long way, so the tests do not trust the code under test for their examples.
function withCheckCharacter(start: string): string {
  const digits = Number(start.slice(0, 6) + start.slice(7, 10));
  return start + '0123456789ABCDEFHJKLMNPRSTUVWXY'.charAt(digits % 31);
}

describe('parsePersonalIdentityCode', () => {
  it('reads the classic example 131052-308T', () => {
    expect(parsePersonalIdentityCode('131052-308T')).toEqual({
      ok: true,
      code: '131052-308T',
      birthDate: '1952-10-13',
      sex: 'female',
      temporary: false,
    });
  });

  it('knows 210281-9988 as a temporary (test) code: its check character is right, its individual number 998 is not a permanent one', () => {
    expect(withCheckCharacter('210281-998')).toBe('210281-9988');
    expect(parsePersonalIdentityCode('210281-9988')).toEqual({ ok: false, reason: 'temporaryCode' });
    expect(parsePersonalIdentityCode('210281-9988', { allowTemporary: true })).toEqual({
      ok: true,
      code: '210281-9988',
      birthDate: '1981-02-21',
      sex: 'female',
      temporary: true,
    });
  });

  it.each([
    ['+', '1801-01-01'],
    ['-', '1901-01-01'],
    ['Y', '1901-01-01'],
    ['X', '1901-01-01'],
    ['W', '1901-01-01'],
    ['V', '1901-01-01'],
    ['U', '1901-01-01'],
    ['A', '2001-01-01'],
    ['B', '2001-01-01'],
    ['C', '2001-01-01'],
    ['D', '2001-01-01'],
    ['E', '2001-01-01'],
    ['F', '2001-01-01'],
  ])('reads the century sign %s', (sign, birthDate) => {
    const code = withCheckCharacter(`010101${sign}123`);
    expect(parsePersonalIdentityCode(code)).toMatchObject({ ok: true, code, birthDate, sex: 'male' });
  });

  it('accepts the examples published for the 2023 century signs', () => {
    for (const code of ['020594X903P', '030594W903B', '040594V9030', '050594U903M', '010516B903X', '020516C903K', '030516D9037']) {
      expect(parsePersonalIdentityCode(code, { allowTemporary: true }), code).toMatchObject({ ok: true, code });
    }
  });

  it('refuses a wrong check character', () => {
    expect(parsePersonalIdentityCode('131052-308U')).toEqual({ ok: false, reason: 'invalidCheckCharacter' });
    // G, I, O, Q and Z are never check characters, but they still make a well-formed code.
    expect(parsePersonalIdentityCode('131052-308G')).toEqual({ ok: false, reason: 'invalidCheckCharacter' });
  });

  it('refuses dates that are not in the calendar', () => {
    expect(parsePersonalIdentityCode(withCheckCharacter('300200A123'))).toEqual({ ok: false, reason: 'invalidDate' });
    expect(parsePersonalIdentityCode(withCheckCharacter('310400-123'))).toEqual({ ok: false, reason: 'invalidDate' });
    expect(parsePersonalIdentityCode(withCheckCharacter('011300-123'))).toEqual({ ok: false, reason: 'invalidDate' });
    expect(parsePersonalIdentityCode(withCheckCharacter('000100-123'))).toEqual({ ok: false, reason: 'invalidDate' });
  });

  it('knows leap years by century', () => {
    expect(parsePersonalIdentityCode(withCheckCharacter('290200A246'))).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parsePersonalIdentityCode(withCheckCharacter('290200-246'))).toEqual({ ok: false, reason: 'invalidDate' });
    expect(parsePersonalIdentityCode(withCheckCharacter('290201A246'))).toEqual({ ok: false, reason: 'invalidDate' });
  });

  it('accepts individual numbers 002–899 only, and 900–999 when temporary codes are allowed', () => {
    expect(parsePersonalIdentityCode(withCheckCharacter('010101A000'))).toEqual({ ok: false, reason: 'invalidIndividualNumber' });
    expect(parsePersonalIdentityCode(withCheckCharacter('010101A001'))).toEqual({ ok: false, reason: 'invalidIndividualNumber' });
    expect(parsePersonalIdentityCode(withCheckCharacter('010101A002'))).toMatchObject({ ok: true, sex: 'female' });
    expect(parsePersonalIdentityCode(withCheckCharacter('010101A899'))).toMatchObject({ ok: true, sex: 'male' });
    expect(parsePersonalIdentityCode(withCheckCharacter('010101A900'))).toEqual({ ok: false, reason: 'temporaryCode' });
    expect(parsePersonalIdentityCode(withCheckCharacter('010101A999'), { allowTemporary: true })).toMatchObject({ ok: true, temporary: true });
  });

  it('normalises lower case and surrounding white space', () => {
    expect(parsePersonalIdentityCode('  131052-308t ')).toMatchObject({ ok: true, code: '131052-308T' });
    expect(parsePersonalIdentityCode(withCheckCharacter('010101A123').toLowerCase())).toMatchObject({ ok: true, code: '010101A123N' });
  });

  it('refuses what is not shaped like a code', () => {
    expect(parsePersonalIdentityCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(parsePersonalIdentityCode('   ')).toEqual({ ok: false, reason: 'empty' });
    for (const input of ['131052308T', '131052-308', '131052 308T', '131052G308T', '1310521-308T', '131052-308TT', '13105-2308T']) {
      expect(parsePersonalIdentityCode(input), input).toEqual({ ok: false, reason: 'invalidFormat' });
    }
  });
});

describe('maskPersonalIdentityCode', () => {
  it('keeps the birth date and the century sign', () => {
    expect(maskPersonalIdentityCode('210281-9988')).toBe('210281-****');
    expect(maskPersonalIdentityCode('010594y9021')).toBe('010594Y****');
  });

  it('shows nothing of something that is not a code', () => {
    expect(maskPersonalIdentityCode('hello world')).toBe('******-****');
    expect(maskPersonalIdentityCode('')).toBe('******-****');
  });
});
