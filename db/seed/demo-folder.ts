/**
 * A living e-services folder for the guide's own example person, Portaalia Nordea Testaaja
 * (bank user id 11111111): sent forms in different statuses, with the city's status changes, a
 * message, a request for additional information, a decision, who opened them, and a draft. A
 * reviewer who signs in as her (and registers) sees the folder as a resident would.
 *
 * Written at server start (instrumentation.ts) and by `npm run db:seed`, never by the other demo
 * data's seedDemoData(): tests that count a division's queue must not find these items there.
 * Idempotent: once the person has any sent form, nothing is written again.
 */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { formDefinitions, formDrafts, formSubmissions, informationRequests, persons, services, submissionAccessLog, submissionMessages } from '../schema';
import type { Answers } from '@/lib/forms/definition';
import { encryptPersonalIdentityCode, hashPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { recordEvent } from '@/lib/matters/events';
import { findResident } from '@/lib/test-idp/test-people';

const DAY = 24 * 60 * 60 * 1000;

const owner = {
  lastName: 'Testaaja',
  firstNames: 'Portaalia Nordea',
  personalIdentityCode: '210281-9988',
  email: 'portaalia.testaaja@example.fi',
  streetAddress: 'Testikatu 1',
  postalCode: '00100',
  postOffice: 'Helsinki',
};

type DemoStep =
  | { kind: 'status'; status: 'received' | 'processing' | 'decided' | 'cancelled'; after: number }
  | { kind: 'message'; body: string; after: number }
  | { kind: 'request'; fields: string[]; message: string; after: number }
  | { kind: 'opened'; after: number };

type DemoItem = { formSlug: string; sentDaysAgo: number; answers: Answers; steps: DemoStep[]; seen?: boolean };

const items: DemoItem[] = [
  {
    // Decided long ago and seen: an item whose story is over.
    formSlug: 'copies-of-certificates',
    sentDaysAgo: 60,
    answers: { ...owner, certificates: ['school'], school: 'Kallion yläaste', year: '1996', delivery: 'post' },
    steps: [
      { kind: 'opened', after: 1 },
      { kind: 'status', status: 'received', after: 1 },
      { kind: 'status', status: 'processing', after: 3 },
      { kind: 'status', status: 'decided', after: 8 },
    ],
    seen: true,
  },
  {
    // The official has asked for more: Complement shows, and the item is New.
    formSlug: 'arts-culture-grants',
    sentDaysAgo: 14,
    answers: { ...owner, phone: '+358401000001', applicantType: 'person', projectName: 'Kesäkonsertti Kalliossa', artForm: ['music'], description: 'Ilmainen ulkokonsertti Kallion puistoon elokuussa.', amount: '2500', projectStart: '2027-08-01' },
    steps: [
      { kind: 'opened', after: 2 },
      { kind: 'status', status: 'received', after: 2 },
      { kind: 'status', status: 'processing', after: 5 },
      { kind: 'request', fields: ['description', 'amount'], message: 'Kertoisitteko tarkemmin, mihin avustus käytetään? Liittäkää myös päivitetty talousarvio.', after: 9 },
    ],
  },
  {
    // In handling, with a message from the official: New until opened.
    formSlug: 'dog-declaration',
    sentDaysAgo: 6,
    answers: { ...owner, dogName: 'Musti', breed: 'suomenpystykorva', dateOfBirth: '2024-04-12', colour: 'punainen', assistanceDog: 'no', declarationType: 'new-dog' },
    steps: [
      { kind: 'opened', after: 1 },
      { kind: 'status', status: 'received', after: 1 },
      { kind: 'status', status: 'processing', after: 2 },
      { kind: 'message', body: 'Kiitos ilmoituksesta. Koiravero laskutetaan syyskuussa; lasku tulee kotiosoitteeseenne.', after: 3 },
    ],
  },
  // Just sent: nothing from the city yet.
  { formSlug: 'referee-fee', sentDaysAgo: 1, answers: { ...owner, phone: '+358401000001', matches: [{ date: '2026-11-22', teams: 'HJK – HIFK', fee: '120' }], iban: 'FI21 1234 5600 0007 85' }, steps: [] },
];

export async function seedDemoFolder(db: Database): Promise<void> {
  const resident = findResident('portaalia-testaaja');
  if (!resident) return;
  await db.transaction(async (tx) => {
    const hash = hashPersonalIdentityCode(resident.nationalId);
    // The person row as her first sign-in would write it (found again by the code's hash then).
    const [person] = await tx
      .insert(persons)
      .values({ nationalIdHash: hash, nationalIdEncrypted: encryptPersonalIdentityCode(resident.nationalId), firstNames: resident.givenName, lastName: resident.familyName })
      .onConflictDoUpdate({ target: persons.nationalIdHash, set: { nationalIdHash: hash } })
      .returning({ id: persons.id });
    const personId = person!.id;
    const [already] = await tx.select({ id: formSubmissions.id }).from(formSubmissions).where(eq(formSubmissions.ownerPersonId, personId)).limit(1);
    if (already) return;

    const slugs = [...items.map((item) => item.formSlug), 'dog-declaration'];
    const definitions = await tx
      .select({ id: formDefinitions.id, slug: formDefinitions.slug, serviceSlug: formDefinitions.serviceSlug, version: formDefinitions.version })
      .from(formDefinitions)
      .where(inArray(formDefinitions.slug, slugs))
      .orderBy(desc(formDefinitions.version));
    const serviceRows = await tx.select({ slug: services.slug, divisionId: services.divisionId }).from(services).where(inArray(services.slug, definitions.map((row) => row.serviceSlug)));
    const divisionOf = new Map(serviceRows.map((row) => [row.slug, row.divisionId]));
    const now = Date.now();

    for (const demo of items) {
      const definition = definitions.find((row) => row.slug === demo.formSlug);
      if (!definition) continue;
      const divisionId = divisionOf.get(definition.serviceSlug) ?? null;
      const sentAt = new Date(now - demo.sentDaysAgo * DAY);
      const [draft] = await tx
        .insert(formDrafts)
        .values({ definitionId: definition.id, formSlug: demo.formSlug, ownerPersonId: personId, createdByPersonId: personId, answers: demo.answers, createdAt: new Date(sentAt.getTime() - 20 * 60 * 1000), updatedAt: sentAt, submittedAt: sentAt })
        .returning({ id: formDrafts.id });
      const [submission] = await tx
        .insert(formSubmissions)
        .values({
          draftId: draft!.id,
          definitionId: definition.id,
          formSlug: demo.formSlug,
          serviceSlug: definition.serviceSlug,
          ownerPersonId: personId,
          sentByPersonId: personId,
          answers: demo.answers,
          locale: 'fi',
          savedToFolder: true,
          divisionId,
          sentAt,
          updatedAt: sentAt,
        })
        .returning({ id: formSubmissions.id });
      const item = { id: submission!.id, ownerPersonId: personId, ownerOrganisationId: null, savedToFolder: true };
      await recordEvent(tx, item, { type: 'status', status: 'sent', actor: 'resident', at: sentAt });
      let at = sentAt;
      for (const step of demo.steps) {
        at = new Date(sentAt.getTime() + step.after * DAY + 60 * 60 * 1000);
        const city = { actor: 'official' as const, divisionId, at };
        if (step.kind === 'opened') await tx.insert(submissionAccessLog).values({ submissionId: item.id, divisionId, channel: 'back_office', at: new Date(at.getTime() - 30 * 60 * 1000) });
        if (step.kind === 'status') await recordEvent(tx, item, { type: 'status', status: step.status, ...city });
        if (step.kind === 'message') {
          const [message] = await tx.insert(submissionMessages).values({ submissionId: item.id, author: 'official', divisionId, body: step.body, createdAt: at }).returning({ id: submissionMessages.id });
          await recordEvent(tx, item, { type: 'message', messageId: message!.id, ...city });
        }
        if (step.kind === 'request') {
          await tx.insert(informationRequests).values({ submissionId: item.id, divisionId, fieldNames: step.fields, attachmentsRequested: true, message: step.message, createdAt: at });
          await recordEvent(tx, item, { type: 'status', status: 'information_requested', ...city });
        }
      }
      if (demo.seen) await tx.update(formSubmissions).set({ ownerSeenAt: new Date(at.getTime() + DAY) }).where(eq(formSubmissions.id, item.id));
    }

    // And a dog declaration begun and left unsent: under Drafts at the bottom.
    const dog = definitions.find((row) => row.slug === 'dog-declaration');
    const [openDraft] = await tx.select({ id: formDrafts.id }).from(formDrafts).where(and(eq(formDrafts.ownerPersonId, personId), isNull(formDrafts.submittedAt))).limit(1);
    if (dog && !openDraft) {
      await tx.insert(formDrafts).values({ definitionId: dog.id, formSlug: 'dog-declaration', ownerPersonId: personId, createdByPersonId: personId, answers: { ...owner, dogName: 'Halli' }, currentPage: 1, visitedPages: 2, updatedAt: new Date(now - 2 * DAY) });
    }
  });
}
