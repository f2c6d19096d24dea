/**
 * Finds Finnish personal identity codes in text, for checks that a log holds none: DDMMYY, a
 * century sign (+, -, A…F, U…Y), a three-digit individual number and the check character the
 * population register computes, on a real date. The test people's own codes are looked for as they
 * are written as well, so that a code is caught even if a future test person had a wrong one.
 */
import { testResidents } from '../../lib/test-idp/test-people';

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURIES: Record<string, number> = { '+': 1800, '-': 1900, U: 1900, V: 1900, W: 1900, X: 1900, Y: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };
const CANDIDATE = /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![0-9A-Za-z])/g;

export function isPersonalIdentityCode(day: string, month: string, year: string, century: string, individual: string, check: string): boolean {
  const fullYear = CENTURIES[century]! + Number(year);
  const date = new Date(Date.UTC(fullYear, Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== fullYear || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return false;
  if (Number(individual) < 2) return false;
  return CHECK_CHARACTERS[Number(`${day}${month}${year}${individual}`) % 31] === check;
}

/** The personal identity codes in `text`, valid ones and the test people's. */
export function personalIdentityCodesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CANDIDATE)) {
    const [code, day, month, year, century, individual, check] = match as unknown as string[];
    if (isPersonalIdentityCode(day!, month!, year!, century!, individual!, check!)) found.add(code!);
  }
  for (const resident of testResidents) if (text.includes(resident.nationalId)) found.add(resident.nationalId);
  return [...found];
}

/** Lines of a log that hold a personal identity code, each with its line number. */
export function linesWithPersonalIdentityCodes(log: string): string[] {
  return log
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => personalIdentityCodesIn(line).length > 0)
    .map(({ line, index }) => `${index + 1}: ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
}
