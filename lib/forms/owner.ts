import 'server-only';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { CurrentSession } from '@/lib/auth/session';

/** Whose folder a draft or submission belongs to (FOL1): the person, or the organisation they act for. */
export type Owner = { personId: string; organisationId: null } | { personId: null; organisationId: string };

export function ownerOf(session: Pick<CurrentSession, 'personId' | 'actingFor'>): Owner {
  return session.actingFor ? { personId: null, organisationId: session.actingFor.id } : { personId: session.personId, organisationId: null };
}

/** A key for the browser's copy of unsaved edits, per owner; the same person acting for an organisation gets another. */
export function ownerKey(owner: Owner): string {
  return owner.organisationId ? `o-${owner.organisationId}` : `p-${owner.personId}`;
}

export function ownedBy(table: { ownerPersonId: PgColumn; ownerOrganisationId: PgColumn }, owner: Owner): SQL {
  return owner.organisationId
    ? and(eq(table.ownerOrganisationId, owner.organisationId), isNull(table.ownerPersonId))!
    : and(eq(table.ownerPersonId, owner.personId!), isNull(table.ownerOrganisationId))!;
}

/** As ownedBy, for a prepared statement: the owner's id is its `owner` placeholder. */
export function ownedByPlaceholder(table: { ownerPersonId: PgColumn; ownerOrganisationId: PgColumn }, kind: 'person' | 'organisation'): SQL {
  return kind === 'organisation'
    ? and(eq(table.ownerOrganisationId, sql.placeholder('owner')), isNull(table.ownerPersonId))!
    : and(eq(table.ownerPersonId, sql.placeholder('owner')), isNull(table.ownerOrganisationId))!;
}

export function ownerColumns(owner: Owner) {
  return { ownerPersonId: owner.personId, ownerOrganisationId: owner.organisationId };
}
