/**
 * The Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, an individual
 * number and a check character, e.g. 010101A123N.
 */

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// Since 2023 the 1900s and 2000s have five extra signs each, because the daily supply of
// individual numbers ran out for some birth dates. All of them stay valid.
const CENTURIES: Record<string, number> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

const FORMAT = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/;

export type PersonalIdentityCodeProblem =
  | 'empty'
  | 'invalidFormat'
  | 'invalidDate'
  | 'invalidIndividualNumber'
  | 'temporaryCode'
  | 'invalidCheckCharacter';

export type ParsedPersonalIdentityCode =
  | {
      ok: true;
      /** Upper case, without surrounding white space: the form to store, hash and compare. */
      code: string;
      /** yyyy-mm-dd */
      birthDate: string;
      /** As the individual number was assigned (odd for men, even for women). */
      sex: 'female' | 'male';
      /** 900–999: a temporary code given by e.g. a hospital, or a test code. */
      temporary: boolean;
    }
  | { ok: false; reason: PersonalIdentityCodeProblem };

export type ParseOptions = {
  /**
   * Accept individual numbers 900–999. The population register never gives them to anyone, so
   * only test identification and systems that handle temporary codes should.
   */
  allowTemporary?: boolean;
};

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parsePersonalIdentityCode(input: string, options: ParseOptions = {}): ParsedPersonalIdentityCode {
  const code = input.trim().toUpperCase();
  if (code === '') return { ok: false, reason: 'empty' };
  const match = FORMAT.exec(code);
  if (!match) return { ok: false, reason: 'invalidFormat' };
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];

  const year = CENTURIES[sign]! + Number(yy);
  if (!isCalendarDate(year, Number(mm), Number(dd))) return { ok: false, reason: 'invalidDate' };

  const individualNumber = Number(individual);
  if (individualNumber < 2) return { ok: false, reason: 'invalidIndividualNumber' };
  const temporary = individualNumber >= 900;
  if (temporary && !options.allowTemporary) return { ok: false, reason: 'temporaryCode' };

  if (CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) {
    return { ok: false, reason: 'invalidCheckCharacter' };
  }
  return {
    ok: true,
    code,
    birthDate: `${year}-${mm}-${dd}`,
    sex: individualNumber % 2 === 1 ? 'male' : 'female',
    temporary,
  };
}

/** The birth date and century sign only, for showing a code where the whole is not needed. */
export function maskPersonalIdentityCode(code: string): string {
  const normalised = code.trim().toUpperCase();
  return /^\d{6}[-+A-FU-Y]/.test(normalised) ? `${normalised.slice(0, 7)}****` : '******-****';
}
