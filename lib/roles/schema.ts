import { z } from 'zod';

/** "personal" or the id of an organisation, as the role form sends it. */
export const roleChoiceSchema = z
  .union([z.literal('personal'), z.uuid()])
  .transform((value) => (value === 'personal' ? ({ kind: 'personal' } as const) : ({ kind: 'organisation', organisationId: value } as const)));

export type RoleChoice = z.output<typeof roleChoiceSchema>;

/** Errors the role page shows; keys of RolePage.errors. */
export const roleErrors = ['chooseRole', 'notRepresented'] as const;
export type RoleError = (typeof roleErrors)[number];

export function isRoleError(value: unknown): value is RoleError {
  return typeof value === 'string' && (roleErrors as readonly string[]).includes(value);
}
