/**
 * What the service says about the person who identified: the claims of the ID token and of
 * userinfo, in the shape the city's identity broker gives them.
 */
import { createHash } from 'node:crypto';
import type { Identified } from './ticket';
import { findOrganisation, findResident, findStaffMember, fullName, registeredAddress, type Loa, type TestResident } from './test-people';

export type PersonClaims = {
  sub: string;
  given_name: string;
  family_name: string;
  name: string;
  amr: string[];
  loa: Loa;
  auth_time: number;
  national_id?: string;
  bank?: string;
  represents?: { business_id: string; name: string }[];
  /** OpenID Connect's standard address claim: the permanent address in Finland. */
  address?: { street_address: string; postal_code: string; locality: string; country: 'FI' };
  org_business_id?: string;
  org_name?: string;
  email?: string;
  roles?: string[];
  division?: string;
};

/** Stable for a test person across databases and restarts, and tells nothing about them. */
export function subjectOf(kind: 'resident' | 'staff', personId: string): string {
  return createHash('sha256').update(`asiointi/test-idp/${kind}/${personId}`).digest('base64url');
}

function levelOf(resident: TestResident, method: 'bank' | 'mobile' | 'card'): Loa {
  if (resident.loaOverride) return resident.loaOverride;
  return method === 'card' ? 'high' : 'substantial';
}

/** The claims for a finished identification, or null when the ticket names someone unknown. */
export function claimsFor(identified: Identified): PersonClaims | null {
  if (identified.kind === 'staff') {
    const member = findStaffMember(identified.personId);
    if (!member) return null;
    return {
      sub: subjectOf('staff', member.id),
      given_name: member.givenName,
      family_name: member.familyName,
      name: fullName(member),
      email: member.email,
      // The city's own directory, with multi-factor sign-in.
      amr: ['helsinki_ad'],
      loa: 'substantial',
      roles: [member.role],
      ...(member.division ? { division: member.division } : {}),
      auth_time: identified.authTime,
    };
  }

  const resident = findResident(identified.personId);
  if (!resident) return null;
  const represents = resident.represents.flatMap((businessId) => {
    const organisation = findOrganisation(businessId);
    return organisation ? [{ business_id: organisation.businessId, name: organisation.name }] : [];
  });
  const organisation = identified.organisation ? findOrganisation(identified.organisation) : undefined;
  const address = registeredAddress(resident);
  if (identified.organisation && (!organisation || !resident.represents.includes(organisation.businessId))) return null;
  return {
    sub: subjectOf('resident', resident.id),
    given_name: resident.givenName,
    family_name: resident.familyName,
    name: fullName(resident),
    national_id: resident.nationalId,
    amr: ['suomi_fi', identified.method],
    loa: levelOf(resident, identified.method),
    ...(identified.bank ? { bank: identified.bank } : {}),
    ...(address ? { address: { street_address: address.streetAddress, postal_code: address.postalCode, locality: address.postOffice, country: 'FI' as const } } : {}),
    ...(represents.length > 0 ? { represents } : {}),
    ...(organisation ? { org_business_id: organisation.businessId, org_name: organisation.name } : {}),
    auth_time: identified.authTime,
  };
}
