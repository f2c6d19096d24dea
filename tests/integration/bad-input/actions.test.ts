/**
 * Bad input to every server action (the sign-in actions are in auth.test.ts): generated form
 * posts with fields missing, repeated, far too long, of control and invisible characters, of
 * wrong numbers, dates and ids (other people's among them), files where text belongs, and names
 * the form does not have (__proto__ among them), each in a random language of the page. Every
 * answer must be one the person can read: no exception, a refusal whose messages exist in
 * Finnish, Swedish and English, and nothing written for a refusal; what an accepted post writes
 * must be valid.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { divisions, formDrafts, notices, organisations, persons, profiles, representations, serviceRevisions, services, sessions, staffMembers } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { feedbackSchema } from '@/lib/feedback/schema';
import { allFields, type FormDefinition } from '@/lib/forms/definition';
import { checkAnswers } from '@/lib/forms/schema';
import { latestDefinition } from '@/lib/forms/queries';
import { settableStatuses } from '@/lib/matters/handling';
import { listFields, listOptions, flagFields, inEveryLanguage, localizedFields } from '@/lib/service-editor/form-values';
import { noticeFieldOrder } from '@/lib/notices/schema';
import { callAs, outcome, residentCaller, staffCaller, type Caller } from '../../support/callers';
import { makeOrganisation, makeSentItem, personOwner } from '../../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { formDataOf, meaningful, nastyText, scaled, recordWrites, takeWrites, untranslated, type FieldSpec, type Write } from './support';

vi.mock('next/headers', async () => (await import('../../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../../support/callers')).navigationModule);
vi.mock('next/cache', () => ({ updateTag: () => {}, revalidateTag: () => {}, revalidatePath: () => {} }));
// The language of the page the post came from, chosen by each case.
const page = vi.hoisted(() => ({ locale: 'fi' }));
vi.mock('next-intl/server', () => ({ getLocale: async () => page.locale }));
let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

let database: TestDatabase;
let dog: FormDefinition;

/** Everything the actions can be pointed at: the caller's own things and other people's. */
type World = {
  itemNumbers: string[];
  draftIds: string[];
  organisationIds: string[];
  serviceSlugs: string[];
  noticeIds: string[];
  revisionIds: string[];
};
let world: World;

async function registeredResident(options: { email?: string; actingFor?: string; represents?: string[] } = {}): Promise<Caller & { personId: string }> {
  const caller = await residentCaller(database);
  const [session] = await database.db.select({ personId: sessions.personId, createdAt: sessions.createdAt }).from(sessions).where(eq(sessions.sessionToken, caller.token));
  const personId = session!.personId!;
  await database.db.insert(profiles).values({
    personId,
    consentedAt: new Date(),
    registeredAt: new Date(),
    mobile: '+358401234567',
    email: options.email ?? null,
    emailConfirmedAt: options.email ? new Date() : null,
  });
  for (const organisationId of options.represents ?? []) await database.db.insert(representations).values({ personId, organisationId, confirmedAt: session!.createdAt });
  if (options.actingFor) await database.db.update(sessions).set({ actingForOrganisationId: options.actingFor }).where(eq(sessions.sessionToken, caller.token));
  return { ...caller, personId };
}

async function official(): Promise<Caller> {
  const caller = await staffCaller(database, 'official', `Ulla${randomBytes(2).toString('hex')}`, 'Ympäristö');
  const [division] = await database.db.select().from(divisions).where(eq(divisions.slug, 'urban-environment'));
  const [session] = await database.db.select({ staffMemberId: sessions.staffMemberId }).from(sessions).where(eq(sessions.sessionToken, caller.token));
  await database.db.update(staffMembers).set({ divisionId: division!.id }).where(eq(staffMembers.id, session!.staffMemberId!));
  return caller;
}

const editor = () => staffCaller(database, 'editor', `Eero${randomBytes(2).toString('hex')}`, 'Editori');

/** What a refusal or an accepted post looks like for one action. */
type Target = {
  covers: string;
  runs: number;
  caller: () => Promise<Caller | null>;
  form: (world: World) => fc.Arbitrary<FormData>;
  run: (form: FormData) => Promise<unknown>;
  /** The message keys (full keys) a state answer shows, with their values; a state without problems is an acceptance. */
  problems?: (state: unknown) => { key: string; values?: Record<string, unknown> }[] | null;
  /** A redirect's query parameter that names a problem, and the namespace its value is a key of. */
  problemParam?: { name: string; namespace: string };
  /** Tables the action may write when it accepts the post. */
  writes?: string[];
  /** Whether one written row is valid; a reason when not. */
  valid?: (write: Write) => string | null;
  /** Tables it may write even when it refuses or answers 404 (the wizard saves what was typed before it looks at the button). */
  writesOnRefusal?: string[];
};

const idle = { attempt: 0, status: 'idle' as const };
const handlingIdle = { attempt: 0, status: 'idle' as const, fieldErrors: {}, problems: [], values: {} };

/** A form state's problems as full keys: `namespace` + each field's and the form's key. */
function stateProblems(namespace: string | null, rootPrefixes: string[] = []) {
  return (state: unknown) => {
    const value = state as { status?: string; fieldErrors?: Record<string, string>; formError?: string; error?: string; fieldError?: string; errorValues?: Record<string, Record<string, unknown>> };
    if (value.status !== 'error' && value.status !== 'errors' && value.status !== 'conflict') return null;
    const keys = [...Object.entries(value.fieldErrors ?? {}), ['form', value.formError], ['error', value.error], ['field', value.fieldError]].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    const problems = keys.map(([field, key]) => ({
      key: namespace && !rootPrefixes.some((prefix) => key.startsWith(prefix)) ? `${namespace}.${key}` : key,
      values: value.errorValues?.[field],
    }));
    // A refusal the person cannot read is no refusal: it must name at least one problem (a conflict is its own message).
    if (value.status !== 'conflict' && problems.length === 0) problems.push({ key: '(a refusal without a message)', values: undefined });
    return problems;
  };
}

const handlingProblems = (state: unknown) => {
  const value = state as { status?: string; problems?: { key: string; values?: Record<string, unknown> }[] };
  if (value.status !== 'error') return null;
  return value.problems?.length ? value.problems : [{ key: '(a refusal without a message)' }];
};

const languages = ['fi', 'sv', 'en'];
const contactFields: FieldSpec = {
  email: ['nils@example.fi', 'a@b', 'NILS@EXAMPLE.FI '],
  mobile: ['+358401234567', '040 123 4567', '0401234567', '09 310 1234'],
  notifyByEmail: ['on'],
  notifyBySms: ['on'],
  notificationLanguage: languages,
  returnTo: ['/fi/profile', 'https://evil.example/', '//evil.example'],
};
const textLength = (limit: number, ...columns: string[]) => (write: Write) => {
  for (const column of columns) {
    const value = write.row[column];
    if (typeof value === 'string' && [...value].length > limit) return `${write.tbl}.${column} is ${[...value].length} characters, over ${limit}`;
  }
  return null;
};

function targets(): Target[] {
  return [
    // Registration and the profile.
    {
      covers: 'lib/registration/actions.ts#register',
      runs: 250,
      caller: async () => residentCaller(database),
      form: () => formDataOf({ ...contactFields, consent: ['on'] }),
      run: async (form) => (await import('@/lib/registration/actions')).register(idle as never, form),
      problems: stateProblems('ContactForm', ['PhoneNumber.']),
      writes: ['profiles', 'email_confirmations', 'outbox_messages'],
      valid: (write) => (write.tbl === 'profiles' && !['fi', 'sv', 'en'].includes(String(write.row.notification_language)) ? `notification language ${String(write.row.notification_language)}` : textLength(254, 'email', 'pending_email')(write)),
    },
    {
      covers: 'lib/registration/actions.ts#confirmEmail',
      runs: 150,
      caller: async () => registeredResident(),
      form: () => formDataOf({ code: ['123456', '000000', '12345', '1234567', ' 123456 '], returnTo: ['/fi/profile'] }),
      run: async (form) => (await import('@/lib/registration/actions')).confirmEmail(idle as never, form),
      problems: stateProblems('ConfirmEmailPage'),
      writes: ['email_confirmations', 'profiles'],
    },
    {
      covers: 'lib/registration/actions.ts#resendConfirmationCode',
      runs: 100,
      caller: async () => registeredResident(),
      form: () => formDataOf({ returnTo: ['/fi/profile', 'https://evil.example/'] }),
      run: async (form) => (await import('@/lib/registration/actions')).resendConfirmationCode(form),
      writes: ['email_confirmations', 'outbox_messages'],
    },
    {
      covers: 'lib/profile/actions.ts#updateContactDetails',
      runs: 250,
      caller: async () => registeredResident(),
      form: () => formDataOf(contactFields),
      run: async (form) => (await import('@/lib/profile/actions')).updateContactDetails(idle as never, form),
      problems: stateProblems('ContactForm', ['PhoneNumber.']),
      writes: ['profiles', 'email_confirmations', 'outbox_messages'],
      valid: (write) => (write.tbl === 'profiles' && !['fi', 'sv', 'en'].includes(String(write.row.notification_language)) ? `notification language ${String(write.row.notification_language)}` : textLength(254, 'email', 'pending_email')(write)),
    },
    {
      covers: 'lib/organisation-notifications/actions.ts#saveOrganisationNotificationsAction',
      runs: 200,
      caller: async () => {
        const organisationId = await makeOrganisation(database, 'Koirakerho ry');
        world.organisationIds.push(organisationId);
        return registeredResident({ email: 'rauha@example.fi', actingFor: organisationId, represents: [organisationId] });
      },
      form: (w) => formDataOf({ organisationId: w.organisationIds, recipient: ['self', 'keep', 'none', 'other'], address: ['rauha@example.fi', 'muu@example.fi'], language: languages }),
      run: async (form) => (await import('@/lib/organisation-notifications/actions')).saveOrganisationNotificationsAction(idle as never, form),
      problems: stateProblems('OrganisationNotifications'),
      problemParam: { name: 'organisationNotifications', namespace: 'OrganisationNotifications.errors' },
      writes: ['organisations'],
      valid: (write) => (write.row.notification_email !== null && write.row.notification_email !== 'rauha@example.fi' ? `notification address ${String(write.row.notification_email)} is not the person's own` : null),
    },
    {
      covers: 'lib/roles/actions.ts#changeRole',
      runs: 150,
      caller: async () => {
        const organisationId = await makeOrganisation(database, 'Seura ry');
        return registeredResident({ represents: [organisationId] });
      },
      form: (w) => formDataOf({ role: ['personal', ...w.organisationIds], returnTo: ['/fi/folder', 'https://evil.example/'] }),
      run: async (form) => (await import('@/lib/roles/actions')).changeRole(form),
      problemParam: { name: 'error', namespace: 'RolePage.errors' },
      writes: ['sessions'],
    },
    {
      covers: 'lib/my-data/actions.ts#deleteOwnProfile',
      runs: 100,
      caller: async () => registeredResident(),
      // Confirmed, the profile is gone: that path is my-data.test.ts's. Here everything else.
      form: () => formDataOf({ confirm: ['yes', 'true', 'ON', '1'] }).filter((form) => form.get('confirm') !== 'on'),
      run: async (form) => (await import('@/lib/my-data/actions')).deleteOwnProfile(idle as never, form),
      problems: stateProblems('DeleteProfilePage'),
    },
    {
      covers: 'lib/feedback/actions.ts#sendFeedback',
      runs: 400,
      caller: async () => null,
      form: () => formDataOf({ category: ['general', 'signing-in', 'forms', 'folder', 'other'], message: ['Hyvä palvelu!', 'Kiitos'], email: ['nils@example.fi', ''] }),
      run: async (form) => (await import('@/lib/feedback/actions')).sendFeedback(idle as never, form),
      problems: stateProblems('FeedbackPage'),
      writes: ['feedback'],
      valid: (write) => {
        const parsed = feedbackSchema.safeParse({ category: write.row.category, message: write.row.message, email: write.row.email ?? '' });
        return parsed.success && parsed.data.message === write.row.message ? null : `feedback row ${JSON.stringify(write.row).slice(0, 200)} does not pass the form's own rules`;
      },
    },
    // Forms and the folder.
    {
      covers: 'lib/forms/actions.ts#wizardStep',
      runs: 500,
      // With a draft of their own among the ids, so that saving into a draft is reached too.
      caller: async () => {
        const resident = await registeredResident();
        const [draft] = await database.db.insert(formDrafts).values({ definitionId: (await latestDefinition('dog-declaration'))!.id, formSlug: 'dog-declaration', ownerPersonId: resident.personId, answers: {} }).returning({ id: formDrafts.id });
        world.draftIds.push(draft!.id, draft!.id, draft!.id);
        return resident;
      },
      form: (w) => {
        const fields: FieldSpec = {};
        for (const field of allFields(dog)) {
          const options = 'options' in field && field.options ? field.options.map((option) => option.value) : [];
          fields[field.type === 'attachment' ? `${field.name}__file` : field.name] = options.length ? options : ['Musti', '2024-01-01', '00100', '120587-9318', 'nils@example.fi'];
        }
        return formDataOf(
          { ...fields, returnToSummary: ['1'] },
          {
            slug: fc.oneof(fc.constantFrom('dog-declaration', 'dog-declaration', 'dog-declaration', 'no-such-form', '__proto__', ''), nastyText),
            draftId: fc.oneof(fc.constantFrom('', '', ...w.draftIds), nastyText),
            version: fc.constantFrom('1', '0', '-1', 'x', '99999999999', '9007199254740991', ''),
            page: fc.constantFrom('0', '1', '2', String(dog.pages.length), String(dog.pages.length + 1), '-1', '1e3', 'x'),
            intent: fc.constantFrom('save', 'next', 'back', 'goto:1', 'goto:summary', 'goto:x', 'add:__proto__', 'remove:x:99', 'upload:vaccination', 'upload:dogName', 'remove-file:vaccination:x', 'keep-mine', 'load-newer', ''),
          },
        );
      },
      run: async (form) => (await import('@/lib/forms/actions')).wizardStep(idle as never, form),
      problems: stateProblems(null),
      writes: ['form_drafts', 'form_attachments', 'form_submissions', 'submission_events', 'pending_notifications'],
      writesOnRefusal: ['form_drafts'],
      valid: (write) => {
        if (write.tbl !== 'form_drafts' || write.op === 'DELETE') return null;
        const checked = checkAnswers(dog, write.row.answers, { mode: 'draft' });
        return checked.ok ? null : `draft answers ${JSON.stringify(write.row.answers).slice(0, 200)} do not pass the form's rules: ${JSON.stringify(checked.fieldErrors)}`;
      },
    },
    {
      covers: 'lib/folder/actions.ts#removeDraftAction',
      runs: 150,
      caller: async () => registeredResident(),
      form: (w) => formDataOf({ draftId: w.draftIds, returnTo: ['/fi/folder?page=2', 'https://evil.example/', '/fi/folder#x'] }),
      run: async (form) => (await import('@/lib/folder/actions')).removeDraftAction(form),
      writes: [],
    },
    {
      covers: 'lib/folder/actions.ts#useAsTemplateAction',
      runs: 150,
      caller: async () => registeredResident(),
      form: (w) => formDataOf({ itemNumber: w.itemNumbers }),
      run: async (form) => (await import('@/lib/folder/actions')).useAsTemplateAction(form),
      writes: [],
    },
    // The back office.
    {
      covers: 'lib/matters/back-office-actions.ts#changeStatusAction',
      runs: 250,
      caller: official,
      form: (w) => formDataOf({ itemNumber: w.itemNumbers, status: [...settableStatuses, 'sent', 'information_requested'] }),
      run: async (form) => (await import('@/lib/matters/back-office-actions')).changeStatusAction(handlingIdle as never, form),
      problems: handlingProblems,
      writes: ['form_submissions', 'submission_events', 'pending_notifications', 'audit_entries'],
    },
    {
      covers: 'lib/matters/back-office-actions.ts#requestInformationAction',
      runs: 250,
      caller: official,
      form: (w) => formDataOf({ itemNumber: w.itemNumbers, fieldNames: ['dogName', 'breed', 'vaccination', 'personalIdentityCode'], attachmentsRequested: ['yes'], message: ['Kertokaa lisää.'] }),
      run: async (form) => (await import('@/lib/matters/back-office-actions')).requestInformationAction(handlingIdle as never, form),
      problems: handlingProblems,
      writes: ['form_submissions', 'submission_events', 'pending_notifications', 'audit_entries', 'information_requests', 'submission_messages'],
      valid: textLength(4000, 'message', 'body'),
    },
    {
      covers: 'lib/matters/back-office-actions.ts#attachDecisionAction',
      runs: 200,
      caller: official,
      form: (w) => formDataOf({ itemNumber: w.itemNumbers, file: [] }),
      run: async (form) => (await import('@/lib/matters/back-office-actions')).attachDecisionAction(handlingIdle as never, form),
      problems: handlingProblems,
      writes: ['form_submissions', 'submission_events', 'pending_notifications', 'audit_entries', 'submission_files'],
    },
    // Editors.
    {
      covers: 'lib/service-editor/actions.ts#saveService',
      runs: 250,
      caller: editor,
      form: (w) => {
        const fields: FieldSpec = { service: w.serviceSlugs, intent: ['publish', 'save'], slug: ['uusi-palvelu', 'Uusi Palvelu', 'a--b', '-a'], version: ['1', 'x'], division: ['urban-environment', 'education', 'none'], 'eService.kind': ['form', 'external', 'none'], 'eService.formSlug': ['dog-declaration'], email: ['neuvonta@hel.fi'], 'telephone.number': ['09 310 1234'], 'printableForms.rows': ['1', '25', '-1'], 'printableForms.0.format': ['pdf', 'doc'], 'printableForms.0.url': ['https://www.hel.fi/lomake.pdf'] };
        for (const field of localizedFields) for (const name of inEveryLanguage(field)) fields[name] = ['Koiravero', 'Hundskatt', 'Dog tax'];
        for (const name of [...inEveryLanguage('eService.url'), ...inEveryLanguage('printableForms.0.title')]) fields[name] = ['https://www.hel.fi/', 'Lomake'];
        for (const field of listFields) fields[field] = listOptions[field];
        for (const field of flagFields) fields[field] = ['on'];
        return formDataOf(fields);
      },
      run: async (form) => (await import('@/lib/service-editor/actions')).saveService(idle as never, form),
      problems: stateProblems('EditorServices'),
      writes: ['services', 'service_revisions', 'service_search', 'audit_entries', 'popular_services'],
      valid: (write) => (write.tbl === 'services' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(String(write.row.slug)) ? `service address ${JSON.stringify(write.row.slug)}` : null),
    },
    {
      covers: 'lib/service-editor/actions.ts#unpublishServiceAction',
      runs: 100,
      caller: editor,
      form: (w) => formDataOf({ service: w.serviceSlugs }),
      run: async (form) => (await import('@/lib/service-editor/actions')).unpublishServiceAction(form),
      writes: ['services', 'service_revisions', 'service_search', 'audit_entries', 'popular_services'],
    },
    {
      covers: 'lib/service-editor/actions.ts#restoreRevisionAction',
      runs: 100,
      caller: editor,
      form: (w) => formDataOf({ service: w.serviceSlugs, revision: w.revisionIds }),
      run: async (form) => (await import('@/lib/service-editor/actions')).restoreRevisionAction(form),
      writes: ['services', 'service_revisions', 'audit_entries'],
    },
    {
      covers: 'lib/notices/actions.ts#saveNotice',
      runs: 300,
      caller: editor,
      form: (w) => {
        const fields: FieldSpec = { id: w.noticeIds };
        for (const name of noticeFieldOrder) fields[name] = name.startsWith('linkUrl') ? ['https://www.hel.fi/', '/fi/e-services'] : name === 'level' ? ['info', 'alert', 'warning'] : name === 'startsAt' || name === 'endsAt' ? ['2026-12-24T18:00', '24.12.2026 18.00'] : ['Tiedote', 'Meddelande', 'Notice'];
        return formDataOf(fields);
      },
      run: async (form) => (await import('@/lib/notices/actions')).saveNotice(idle as never, form),
      problems: stateProblems('EditorNotices'),
      writes: ['notices', 'notice_texts', 'audit_entries'],
      valid: (write) => textLength(600, 'title', 'body', 'link_text', 'link_url')(write),
    },
    {
      covers: 'lib/notices/actions.ts#removeNotice',
      runs: 100,
      caller: editor,
      form: (w) => formDataOf({ id: w.noticeIds }),
      run: async (form) => (await import('@/lib/notices/actions')).removeNotice(form),
      writes: ['notices', 'notice_texts', 'audit_entries'],
    },
    {
      covers: 'lib/popular/actions.ts#changePopular',
      runs: 150,
      caller: editor,
      form: (w) => formDataOf({ op: ['add', 'up', 'down', 'remove'], slug: w.serviceSlugs, expected: [w.serviceSlugs.slice(0, 3).join(','), ''] }),
      run: async (form) => (await import('@/lib/popular/actions')).changePopular(form),
      problemParam: { name: 'problem', namespace: 'EditorPopular.problem' },
      writes: ['popular_services', 'audit_entries'],
    },
  ];
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'bad-input-actions-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  dog = (await latestDefinition('dog-declaration'))!.definition;

  // Other people's things, to point the actions at.
  const other = await registeredResident();
  const theirs = await makeSentItem(database, personOwner(other.personId));
  const [theirDraft] = await database.db.insert(formDrafts).values({ definitionId: (await latestDefinition('dog-declaration'))!.id, formSlug: 'dog-declaration', ownerPersonId: other.personId, answers: {} }).returning({ id: formDrafts.id });
  const sent = [theirs, await makeSentItem(database, personOwner(other.personId)), await makeSentItem(database, personOwner(other.personId), { divisionSlug: 'education' })];
  const [organisation] = await database.db.select({ id: organisations.id }).from(organisations).limit(1);
  const serviceRows = await database.db.select({ slug: services.slug }).from(services).limit(6);
  const noticeRows = await database.db.select({ id: notices.id }).from(notices).limit(3);
  const revisionRows = await database.db.select({ id: serviceRevisions.id }).from(serviceRevisions).limit(3);
  world = {
    itemNumbers: [...sent.map((item) => String(item.itemNumber)), String(sent[0]!.itemNumber + 1_000_000)],
    draftIds: [theirDraft!.id, theirs.draftId, '00000000-0000-4000-8000-000000000000'],
    organisationIds: organisation ? [organisation.id] : [],
    serviceSlugs: [...serviceRows.map((row) => row.slug), 'no-such-service'],
    noticeIds: [...noticeRows.map((row) => row.id), '00000000-0000-4000-8000-000000000000'],
    revisionIds: [...revisionRows.map((row) => row.id), 'x'],
  };
  // A person's code is never needed here; keep the list of persons from growing into the others' ids.
  void persons;
  await recordWrites(database);
}, 120_000);

afterAll(async () => {
  await database?.dispose();
  await rm(directory, { recursive: true, force: true });
});

/** Messages that say the server failed, not the input: bad input must never lead to them. */
const serverFaults = ['FeedbackPage.errors.sendFailed', 'DeleteProfilePage.errors.failed'];

/** What is wrong with one answer of `target` to one post: empty when nothing is. */
function judge(target: Target, result: Awaited<ReturnType<typeof outcome>>, writes: Write[]): string[] {
  const failures: string[] = [];
  const refused = (allowedTables: string[] = []) => {
    const written = writes.filter((write) => !allowedTables.includes(write.tbl));
    if (written.length) failures.push(`refused, but wrote ${written.map((write) => `${write.op} ${write.tbl}`).join(', ')}`);
    for (const write of writes) {
      const problem = target.valid?.(write);
      if (problem) failures.push(problem);
    }
  };
  if ('notFound' in result) refused(target.writesOnRefusal);
  else if ('redirect' in result) {
    const url = new URL(result.redirect, 'http://localhost');
    if (url.origin !== 'http://localhost') failures.push(`redirected off the portal to ${result.redirect}`);
    const problem = target.problemParam && url.searchParams.get(target.problemParam.name);
    if (problem && problem !== 'saved') {
      const missing = untranslated(`${target.problemParam!.namespace}.${problem}`);
      if (missing) failures.push(missing);
      refused();
    } else if (/\/sign-in\b|\/registration\b(?!\/confirm)/.test(url.pathname)) refused();
    else {
      const unexpected = writes.filter((write) => !(target.writes ?? []).includes(write.tbl));
      if (unexpected.length) failures.push(`wrote ${unexpected.map((write) => `${write.op} ${write.tbl}`).join(', ')}, which it should not`);
      for (const write of writes) {
        const problem = target.valid?.(write);
        if (problem) failures.push(problem);
      }
    }
  } else {
    const problems = target.problems?.(result.state) ?? null;
    if (problems) {
      for (const { key, values } of problems) {
        const missing = untranslated(key, values);
        if (missing) failures.push(missing);
        // "Could not be sent, try again" for input that can never be saved is a server fault in translation.
        if (serverFaults.includes(key)) failures.push(`answered ${key}: the input made the server fail`);
      }
      refused(target.writesOnRefusal);
    } else {
      const unexpected = writes.filter((write) => !(target.writes ?? []).includes(write.tbl));
      if (unexpected.length) failures.push(`answered ${JSON.stringify(result.state).slice(0, 200)} and wrote ${unexpected.map((write) => `${write.op} ${write.tbl}`).join(', ')}`);
      for (const write of writes) {
        const problem = target.valid?.(write);
        if (problem) failures.push(problem);
      }
    }
  }
  return failures;
}

describe('bad input to every server action', () => {
  // One test per action, so that a failure names the action and fast-check its smallest post.
  // BAD_INPUT_ONLY=wizardStep runs the actions whose name has that in it, while looking into one.
  for (const target of targets().filter((entry) => !process.env.BAD_INPUT_ONLY || entry.covers.includes(process.env.BAD_INPUT_ONLY))) {
    it(`${target.covers}: ${target.runs} posts, each answered with a translated refusal or valid rows, never an exception`, async () => {
      const caller = await target.caller();
      await takeWrites(database);
      await fc.assert(
        fc.asyncProperty(target.form(world), fc.constantFrom('fi', 'sv', 'en'), async (form, locale) => {
          page.locale = locale;
          callAs(caller);
          const result = await outcome(() => target.run(form));
          const writes = meaningful(await takeWrites(database));
          const failures = judge(target, result, writes);
          if (failures.length) throw new Error(`${failures.join('\n')}\nanswer: ${JSON.stringify(result).slice(0, 300)}`);
        }),
        { numRuns: scaled(target.runs) },
      );
      // Hundreds of cases: far longer than one ordinary test, however busy the machine.
    }, 180_000);
  }
});
