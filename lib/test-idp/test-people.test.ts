import { describe, expect, it } from 'vitest';
import { cardHolders, representatives, testOrganisations, testResidents, testStaff } from './test-people';

// Computed here from the rules, not with lib/identity, so a mistake there cannot hide one here.
function personalIdentityCodeIsValid(code: string): boolean {
  const match = /^(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])$/.exec(code);
  if (!match) return false;
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(match[1]! + match[2]!) % 31] === match[3];
}

function businessIdIsValid(businessId: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(businessId);
  if (!match) return false;
  const remainder = [...match[1]!].reduce((sum, digit, index) => sum + Number(digit) * [7, 9, 10, 5, 8, 4, 2][index]!, 0) % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === Number(match[2]);
}

describe('test people', () => {
  it('catches a wrong check character or check digit', () => {
    expect(personalIdentityCodeIsValid('210281-9988')).toBe(true);
    expect(personalIdentityCodeIsValid('210281-9987')).toBe(false);
    expect(businessIdIsValid('2345678-0')).toBe(true);
    expect(businessIdIsValid('2345678-1')).toBe(false);
  });

  it('have valid personal identity codes from the test range 900–999', () => {
    for (const resident of testResidents) {
      expect(personalIdentityCodeIsValid(resident.nationalId), resident.nationalId).toBe(true);
      expect(Number(resident.nationalId.slice(7, 10)), resident.nationalId).toBeGreaterThanOrEqual(900);
    }
  });

  it('include the guide’s Portaalia Nordea Testaaja', () => {
    expect(testResidents.find((resident) => resident.nationalId === '210281-9988')).toMatchObject({ givenName: 'Portaalia Nordea', familyName: 'Testaaja' });
  });

  it('have organisations with valid Business IDs, and someone who may represent two', () => {
    for (const organisation of testOrganisations) expect(businessIdIsValid(organisation.businessId), organisation.businessId).toBe(true);
    expect(representatives().some((person) => person.represents.length >= 2)).toBe(true);
    const known = new Set(testOrganisations.map((organisation) => organisation.businessId));
    for (const person of testResidents) for (const businessId of person.represents) expect(known.has(businessId)).toBe(true);
  });

  it('cover every case the tests need', () => {
    expect(testResidents.length).toBeGreaterThanOrEqual(6);
    expect(testResidents.filter((resident) => resident.mobile.timesOut)).toHaveLength(1);
    expect(testResidents.filter((resident) => resident.loaOverride === 'low')).toHaveLength(1);
    expect(cardHolders().length).toBeGreaterThan(0);
    const officials = testStaff.filter((member) => member.role === 'official');
    expect(new Set(officials.map((member) => member.division)).size).toBeGreaterThanOrEqual(2);
    expect(testStaff.filter((member) => member.role === 'editor')).toHaveLength(1);
    expect(testStaff.filter((member) => member.role === 'admin')).toHaveLength(1);
  });

  it('can be told apart by their credentials', () => {
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(testResidents.map((resident) => resident.id).concat(testStaff.map((member) => member.id)))).toBe(true);
    expect(unique(testResidents.map((resident) => resident.bank.userId))).toBe(true);
    expect(unique(testResidents.map((resident) => resident.mobile.phone))).toBe(true);
    expect(unique(testResidents.map((resident) => resident.nationalId))).toBe(true);
  });
});
