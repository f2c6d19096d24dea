import { describe, expect, it } from 'vitest';
import { testResidents } from '@/lib/test-idp/test-people';
import { linesWithPersonalIdentityCodes, personalIdentityCodesIn } from './personal-identity-codes';

describe('finding personal identity codes in a log', () => {
  it('finds every test person’s code, in a JSON line, a URL or a sentence', () => {
    for (const { nationalId } of testResidents) {
      expect(personalIdentityCodesIn(`{"msg":"sign-in","id":"${nationalId}"}`)).toEqual([nationalId]);
      expect(personalIdentityCodesIn(`GET /fi/search?q=${nationalId}&x=1`)).toEqual([nationalId]);
    }
    // A code of a real date and check character that no test person has; each century sign.
    expect(personalIdentityCodesIn('person 131052-308T wrote')).toEqual(['131052-308T']);
    expect(personalIdentityCodesIn('010101B901S 010594Y9032')).toEqual(['010101B901S', '010594Y9032']);
  });

  it('leaves what only looks like one: a wrong check character, an impossible date, dates, ids and numbers', () => {
    expect(personalIdentityCodesIn('131052-308U')).toEqual([]);
    expect(personalIdentityCodesIn('310252-308T')).toEqual([]);
    expect(personalIdentityCodesIn('{"time":"2026-12-01T02:18:25.123Z","requestId":"3f2c1a90-1234-4abc-9def-0123456789ab","item":100123}')).toEqual([]);
  });

  it('names each offending line with its number', () => {
    expect(linesWithPersonalIdentityCodes('ok\n{"nationalId":"210281-9988"}\nok')).toEqual(['2: {"nationalId":"210281-9988"}']);
  });
});
