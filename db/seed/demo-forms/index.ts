/**
 * The demo forms. Each has a version number: a changed form must get a new number, because
 * drafts and sent forms keep the version they were filled on and a written version never changes.
 */
import type { Database } from '../../client';
import { formDefinitions } from '../../schema';
import type { FormDefinition } from '@/lib/forms/definition';
import { dogDeclaration } from './dog-declaration';
import { artsCultureGrants, copiesOfCertificates, dayCareApplication, healthQuestionnaire, refereeFee } from './other-forms';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export const demoForms: { version: number; definition: FormDefinition }[] = [
  { version: 1, definition: dogDeclaration },
  { version: 1, definition: dayCareApplication },
  { version: 2, definition: artsCultureGrants },
  { version: 1, definition: refereeFee },
  { version: 1, definition: copiesOfCertificates },
  { version: 1, definition: healthQuestionnaire },
];

/** Writes the versions that are missing; a version already written stays as it is. */
export async function writeDemoForms(tx: Transaction | Database): Promise<void> {
  await tx
    .insert(formDefinitions)
    .values(demoForms.map(({ version, definition }) => ({ slug: definition.slug, version, serviceSlug: definition.serviceSlug, definition })))
    .onConflictDoNothing({ target: [formDefinitions.slug, formDefinitions.version] });
}
