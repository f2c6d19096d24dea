/**
 * What the identity broker tells about the person who identified. In production the broker
 * stands in front of the national e-identification (Suomi.fi); in development it is the
 * built-in test identification service. Both speak these claims.
 */
import { z } from 'zod';
import { loaLevels, type Loa } from '@/db/schema/persons';
import { staffRoles, type StaffRole } from '@/db/schema/staff';

const stringOrList = z.union([z.string(), z.array(z.string())]).transform((value) => (Array.isArray(value) ? value : [value]));

export const identificationClaimsSchema = z.object({
  sub: z.string().min(1),
  given_name: z.string().min(1),
  family_name: z.string().min(1),
  national_id: z.string().min(1).optional(),
  amr: stringOrList.optional().default([]),
  loa: z.enum(loaLevels).optional(),
  bank: z.string().optional(),
  org_business_id: z.string().optional(),
  org_name: z.string().optional(),
  represents: z.array(z.object({ business_id: z.string(), name: z.string() })).optional().default([]),
  /**
   * The permanent address in Finland from the population register, as OpenID Connect's standard
   * address claim. Absent for someone with a non-disclosure for safety reasons. An address in a
   * shape the portal does not know is left out rather than stopping the sign-in.
   */
  address: z
    .object({ street_address: z.string().optional(), postal_code: z.string().optional(), locality: z.string().optional() })
    .optional()
    .catch(undefined),
  /** Staff only: the work e-mail, the roles in the portal and an official's division. */
  email: z.string().optional(),
  roles: z.array(z.string()).optional().default([]),
  division: z.string().optional(),
});

export type IdentificationClaims = z.output<typeof identificationClaimsSchema>;

/**
 * The portal role of a member of staff, or null for a resident. Someone with several roles gets
 * the widest; a role the portal does not know gives nothing.
 */
export function staffRoleOf(claims: IdentificationClaims): StaffRole | null {
  for (const role of ['admin', 'editor', 'official'] as const satisfies readonly StaffRole[]) {
    if (claims.roles.includes(role)) return role;
  }
  return null;
}

export { staffRoles };

/** Substantial and high are strong identification; low never opens a folder or a form. */
/** The levels of assurance of strong identification (ID1). */
export const STRONG_LOAS = ['substantial', 'high'] as const satisfies readonly Loa[];

export function isStrong(loa: Loa | null | undefined): boolean {
  return (STRONG_LOAS as readonly (Loa | null | undefined)[]).includes(loa);
}

/** How the person identified, for their own list of sign-ins: "bank:nordea", "mobile", "card". */
export function signInMethod(claims: IdentificationClaims): string {
  if (claims.amr.includes('bank')) return claims.bank ? `bank:${claims.bank}` : 'bank';
  if (claims.amr.includes('mobile')) return 'mobile';
  if (claims.amr.includes('card')) return 'card';
  return claims.amr[0] ?? 'unknown';
}

export type RegisteredAddress = { streetAddress: string | null; postalCode: string | null; postOffice: string | null };

/**
 * The address to keep for the person: all three parts, or none. A part missing means the
 * register gave no usable address, and half an address would only prefill forms wrongly.
 */
export function registeredAddressOf(claims: IdentificationClaims): RegisteredAddress {
  const streetAddress = claims.address?.street_address?.trim();
  const postalCode = claims.address?.postal_code?.trim();
  const postOffice = claims.address?.locality?.trim();
  if (!streetAddress || !postalCode || !postOffice) return { streetAddress: null, postalCode: null, postOffice: null };
  return { streetAddress, postalCode, postOffice };
}
