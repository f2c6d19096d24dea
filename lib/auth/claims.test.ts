import { describe, expect, it } from 'vitest';
import { identificationClaimsSchema, isStrong, registeredAddressOf, signInMethod, staffRoleOf } from './claims';

const base = { sub: 's-1', given_name: 'Portaalia Nordea', family_name: 'Testaaja', national_id: '210281-9988' };

describe('identification claims', () => {
  it('reads amr given as a string or as a list', () => {
    expect(identificationClaimsSchema.parse({ ...base, amr: 'suomi_fi' }).amr).toEqual(['suomi_fi']);
    expect(identificationClaimsSchema.parse({ ...base, amr: ['suomi_fi', 'card'] }).amr).toEqual(['suomi_fi', 'card']);
    expect(identificationClaimsSchema.parse(base).amr).toEqual([]);
  });

  it('refuses an unknown level of assurance', () => {
    expect(identificationClaimsSchema.safeParse({ ...base, loa: 'very-high' }).success).toBe(false);
  });

  it('counts only substantial and high as strong', () => {
    expect(isStrong('high')).toBe(true);
    expect(isStrong('substantial')).toBe(true);
    expect(isStrong('low')).toBe(false);
    expect(isStrong(null)).toBe(false);
  });

  it('names the method for the person’s list of sign-ins', () => {
    expect(signInMethod(identificationClaimsSchema.parse({ ...base, amr: ['suomi_fi', 'bank'], bank: 'nordea' }))).toBe('bank:nordea');
    expect(signInMethod(identificationClaimsSchema.parse({ ...base, amr: ['suomi_fi', 'mobile'] }))).toBe('mobile');
    expect(signInMethod(identificationClaimsSchema.parse({ ...base, amr: 'suomi_fi' }))).toBe('suomi_fi');
  });

  it('tells a member of staff by a role the portal knows, taking the widest', () => {
    const staff = { sub: 'st-1', given_name: 'Eeva', family_name: 'Toimittaja', amr: 'helsinki_ad' };
    expect(staffRoleOf(identificationClaimsSchema.parse({ ...staff, roles: ['editor'] }))).toBe('editor');
    expect(staffRoleOf(identificationClaimsSchema.parse({ ...staff, roles: ['official', 'admin'] }))).toBe('admin');
    expect(staffRoleOf(identificationClaimsSchema.parse({ ...staff, roles: ['janitor'] }))).toBeNull();
    expect(staffRoleOf(identificationClaimsSchema.parse(base))).toBeNull();
  });
});

describe('the registered address', () => {
  const address = { street_address: ' Testaajankatu 1 A 2 ', postal_code: '00100', locality: 'Helsinki', country: 'FI' };

  it('is read from the standard address claim, trimmed', () => {
    expect(registeredAddressOf(identificationClaimsSchema.parse({ ...base, address }))).toEqual({ streetAddress: 'Testaajankatu 1 A 2', postalCode: '00100', postOffice: 'Helsinki' });
  });

  it('is none without the claim (a non-disclosure), with a part missing, or in a shape not known', () => {
    const none = { streetAddress: null, postalCode: null, postOffice: null };
    expect(registeredAddressOf(identificationClaimsSchema.parse(base))).toEqual(none);
    expect(registeredAddressOf(identificationClaimsSchema.parse({ ...base, address: { ...address, locality: ' ' } }))).toEqual(none);
    const formatted = identificationClaimsSchema.safeParse({ ...base, address: 'Testaajankatu 1, 00100 Helsinki' });
    expect(formatted.success).toBe(true);
    expect(registeredAddressOf(formatted.data!)).toEqual(none);
  });
});
