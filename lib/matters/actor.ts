import 'server-only';
import type { MatterActor } from '@/db/schema';
import type { StaffSession } from '@/lib/auth/session';

/** A division's case system, as the API knows it once its key has been checked. */
export type CaseSystem = { id: string; slug: string; name: string; divisionId: string; serviceSlugs: string[] };

/**
 * Who at the city acts on a matter: an official in the back office, or a division's case system
 * through the API. Both follow the same rules and leave the same audit trail (issue "Backend API").
 */
export type CityActor = { kind: 'official'; staff: StaffSession & { division: { id: string; slug: string } } } | { kind: 'case_system'; system: CaseSystem };

export function actorKind(actor: CityActor): MatterActor {
  return actor.kind === 'official' ? 'official' : 'case_system';
}

/** The division the actor works for: only its own division's items are visible to it. */
export function actorDivisionId(actor: CityActor): string {
  return actor.kind === 'official' ? actor.staff.division.id : actor.system.divisionId;
}

/** The columns that say who at the city wrote or added something (messages, files, requests). */
export function cityAuthorColumns(actor: CityActor) {
  return {
    author: actorKind(actor),
    divisionId: actorDivisionId(actor),
    staffMemberId: actor.kind === 'official' ? actor.staff.staffMemberId : null,
    caseSystemId: actor.kind === 'case_system' ? actor.system.id : null,
    authorPersonId: null,
  };
}

/**
 * An official of a division, or null: editors and admins have no division and no queue. A
 * member of staff without a division sees no one's matters.
 */
export function officialActor(staff: StaffSession | null): CityActor | null {
  if (!staff || !staff.division) return null;
  return { kind: 'official', staff: { ...staff, division: staff.division } };
}
