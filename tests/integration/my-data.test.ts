import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, getTableColumns, is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import * as schema from '@/db/schema';
import { emailConfirmations, identityAccounts, organisations, persons, profiles, representations, sessions, signIns } from '@/db/schema';
import { encryptPersonalIdentityCode, hashPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { collectMyData, exportMyData } from '@/lib/my-data/collect';
import { deletePersonAndData, planDeletion } from '@/lib/my-data/deletion';
import type { GdprNode } from '@/lib/my-data/gdpr-tree';
import { messageKey } from '@/lib/my-data/sections';
import en from '@/messages/en.json';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

const at = (iso: string) => new Date(iso);

/**
 * A person with a row in every table that holds a person's data, every column filled (no nulls),
 * each value distinct, so that the export can be checked column by column.
 */
async function personWithEverything(tag: string, nationalId: string) {
  const db = database.db;
  const [organisation] = await db
    .insert(organisations)
    .values({ businessId: `${tag}-0000001-9`, name: `Organisation of ${tag}` })
    .returning();
  const [person] = await db
    .insert(persons)
    .values({
      nationalIdHash: hashPersonalIdentityCode(nationalId),
      nationalIdEncrypted: encryptPersonalIdentityCode(nationalId),
      firstNames: `Tiina ${tag}`,
      lastName: `Tiedonhaku-${tag}`,
      createdAt: at('2024-01-02T03:04:05.000Z'),
      lastLoginAt: at('2024-02-03T04:05:06.000Z'),
    })
    .returning();
  const personId = person!.id;
  await db.insert(profiles).values({
    personId,
    consentedAt: at('2024-01-02T03:05:00.000Z'),
    email: `${tag}@example.fi`,
    emailConfirmedAt: at('2024-01-02T03:10:00.000Z'),
    pendingEmail: `${tag}.new@example.fi`,
    mobile: '+358401000013',
    notifyByEmail: true,
    notifyBySms: false,
    notificationLanguage: 'sv',
    registeredAt: at('2024-01-02T03:10:01.000Z'),
    createdAt: at('2024-01-02T03:05:01.000Z'),
    updatedAt: at('2024-03-01T10:00:00.000Z'),
  });
  await db.insert(emailConfirmations).values({
    personId,
    email: `${tag}.new@example.fi`,
    codeHash: `secret-code-hash-${tag}`,
    attempts: 2,
    expiresAt: at('2024-03-01T10:30:00.000Z'),
    confirmedAt: at('2024-03-01T10:05:00.000Z'),
    createdAt: at('2024-03-01T10:00:01.000Z'),
  });
  await db.insert(signIns).values([
    { personId, at: at('2024-02-03T04:05:06.000Z'), method: 'bank:nordea', loa: 'substantial', organisationId: organisation!.id },
    { personId, at: at('2024-01-02T03:04:05.000Z'), method: 'mobile', loa: 'high', organisationId: organisation!.id },
  ]);
  await db.insert(representations).values({ personId, organisationId: organisation!.id, confirmedAt: at('2024-02-03T04:05:07.000Z') });
  await db.insert(identityAccounts).values({ provider: 'city', subject: `subject-${tag}`, personId, createdAt: at('2024-01-02T03:04:06.000Z') });
  await db.insert(sessions).values({
    sessionToken: `secret-session-token-${tag}`,
    personId,
    expires: at('2024-02-03T16:05:06.000Z'),
    createdAt: at('2024-02-03T04:05:06.000Z'),
    lastActivityAt: at('2024-02-03T05:00:00.000Z'),
    method: 'bank:nordea',
    loa: 'substantial',
    actingForOrganisationId: organisation!.id,
    revokedAt: at('2024-02-03T05:30:00.000Z'),
  });
  return { personId, organisationId: organisation!.id };
}

/**
 * Where each table's rows appear in the download. A table with a person_id column that is not
 * here fails the test below: its data would be missing from "Download my data".
 */
const exported = [
  { table: persons, section: 'PERSON', ownerColumn: persons.id },
  { table: profiles, section: 'PROFILE', ownerColumn: profiles.personId },
  { table: emailConfirmations, section: 'EMAIL_CONFIRMATIONS', record: 'EMAIL_CONFIRMATION', ownerColumn: emailConfirmations.personId },
  { table: signIns, section: 'SIGN_INS', record: 'SIGN_IN', ownerColumn: signIns.personId },
  { table: representations, section: 'REPRESENTATIONS', record: 'REPRESENTATION', ownerColumn: representations.personId },
  { table: identityAccounts, section: 'IDENTITY_ACCOUNTS', record: 'IDENTITY_ACCOUNT', ownerColumn: identityAccounts.personId },
  { table: sessions, section: 'SESSIONS', record: 'SESSION', ownerColumn: sessions.personId },
] as const;

/**
 * Columns deliberately left out of the download, each with the reason. Anything else a table
 * gains must reach the download, or this test fails.
 */
const leftOut: Record<string, Record<string, string>> = {
  persons: {
    // Given in full, decrypted, as NATIONAL_ID instead.
    nationalIdEncrypted: 'the stored form of the personal identity code',
    // A keyed hash only finds the person by their code; it tells nothing more about them.
    nationalIdHash: 'a look-up value derived from the code',
  },
  profiles: { personId: 'the same as PERSON.ID' },
  email_confirmations: {
    personId: 'the same as PERSON.ID',
    // A secret for checking a code, not data about the person.
    codeHash: 'secret',
  },
  sign_ins: { personId: 'the same as PERSON.ID' },
  representations: { personId: 'the same as PERSON.ID' },
  identity_accounts: { personId: 'the same as PERSON.ID' },
  sessions: {
    personId: 'the same as PERSON.ID',
    // Only a member of staff's session has one; a resident's is always empty.
    staffMemberId: 'never set on a resident\'s session',
    // The key to a live session: a download left on a shared computer must not let anyone in.
    sessionToken: 'secret',
  },
};

type Leaf = { key: string; value: unknown };
const isLeaf = (node: GdprNode): node is Extract<GdprNode, { value: unknown }> => 'value' in node;
const childrenOf = (node: GdprNode | undefined): GdprNode[] => (node && 'children' in node ? node.children : []);
const child = (node: GdprNode | undefined, key: string) => childrenOf(node).find((entry) => entry.key === key);
const leaves = (node: GdprNode | undefined): Leaf[] => childrenOf(node).filter(isLeaf);
const exportedValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

describe('Download my data', () => {
  it('holds every column of every row stored about the person, and no secrets', async () => {
    const { personId } = await personWithEverything('a', '040475-9560');
    await personWithEverything('b', '181162-9781');
    const tree = await exportMyData(personId);
    expect(tree.key).toBe('ASIOINTI');

    for (const { table, section, ownerColumn, ...rest } of exported) {
      const { name: tableName } = getTableConfig(table);
      const rows = await database.db.select().from(table as PgTable).where(eq(ownerColumn, personId));
      expect(rows.length, `rows of ${tableName}`).toBeGreaterThan(0);
      const sectionNode = child(tree, section);
      const records = 'record' in rest ? childrenOf(sectionNode).filter((node) => node.key === rest.record) : [sectionNode!];
      expect(records, `${section} has one record per row of ${tableName}`).toHaveLength(rows.length);

      for (const row of rows as Record<string, unknown>[]) {
        const expected = Object.entries(getTableColumns(table))
          .filter(([property]) => !(leftOut[tableName]?.[property]))
          .map(([property, column]) => {
            expect(row[property], `${tableName}.${column.name} is filled in the test data`).not.toBeNull();
            return { key: column.name.toUpperCase(), value: exportedValue(row[property]) };
          });
        // The row is one of the records, with every column under its own key.
        const match = records.find((record) => expected.every((leaf) => leaves(record).some((l) => l.key === leaf.key && l.value === leaf.value)));
        expect(match, `${tableName} row ${JSON.stringify(expected)} in ${section}`).toBeDefined();
      }
    }

    expect(leaves(child(tree, 'PERSON'))).toContainEqual({ key: 'NATIONAL_ID', value: '040475-9560' });
    const text = JSON.stringify(tree);
    for (const secret of ['secret-session-token-a', 'secret-code-hash-a', hashPersonalIdentityCode('040475-9560')]) expect(text).not.toContain(secret);
    // Only the caller's own rows: nothing of the other person.
    for (const theirs of ['Tiedonhaku-b', '181162-9781', 'b@example.fi', 'subject-b', 'secret-session-token-b']) expect(text).not.toContain(theirs);
  });

  it('covers every table that holds a person’s rows', () => {
    const tablesWithPersonId = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => getTableConfig(table))
      .filter((config) => config.columns.some((column) => column.name === 'person_id'))
      .map((config) => config.name);
    const covered = exported.map(({ table }) => getTableConfig(table).name);
    expect(tablesWithPersonId.filter((name) => !covered.includes(name))).toEqual([]);
  });

  it('is a tree of {key, value} and {key, children} nodes with UPPER_SNAKE keys', async () => {
    const { personId } = await personWithEverything('c', '091199-982W');
    const check = (node: GdprNode): void => {
      expect(node.key).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(Object.keys(node).sort()).toEqual(isLeaf(node) ? ['key', 'value'] : ['children', 'key']);
      if (isLeaf(node)) expect(['string', 'number', 'boolean'].includes(typeof node.value) || node.value === null).toBe(true);
      else node.children.forEach(check);
    };
    check(await exportMyData(personId));
  });

  it('has a label on the page for every field and section, and a line in the deletion summary', async () => {
    const { personId } = await personWithEverything('d', '300301A916K');
    const page = en.MyDataPage as unknown as { sections: Record<string, { heading: string; empty: string; fields?: Record<string, string> }>; fields: Record<string, string> };
    const removed = en.DeleteProfilePage.removed as Record<string, string>;
    for (const section of await collectMyData(personId)) {
      const name = messageKey(section.key);
      expect(page.sections[name], `MyDataPage.sections.${name}`).toMatchObject({ heading: expect.any(String), empty: expect.any(String) });
      expect(removed[name], `DeleteProfilePage.removed.${name}`).toEqual(expect.any(String));
      const fields = section.shape === 'single' ? section.fields : section.records.flatMap((record) => record.fields);
      for (const field of fields) {
        if (field.kind === 'internalId') continue;
        const key = messageKey(field.key);
        expect(page.sections[name]?.fields?.[key] ?? page.fields[key], `a label for ${section.key}.${field.key}`).toEqual(expect.any(String));
      }
    }
  });
});

describe('Delete my profile', () => {
  const countRows = async (personId: string): Promise<Record<string, number>> => ({
    persons: (await database.db.select({ n: count() }).from(persons).where(eq(persons.id, personId)))[0]!.n,
    ...Object.fromEntries(
      await Promise.all(
        exported
          .filter(({ table }) => table !== persons)
          .map(async ({ table, ownerColumn }) => [
            getTableConfig(table).name,
            (await database.db.select({ n: count() }).from(table as PgTable).where(eq(ownerColumn, personId)))[0]!.n,
          ]),
      ),
    ),
  });

  it('says in the dry run what would go, and keeps nothing while there are no matters', async () => {
    const { personId } = await personWithEverything('e', '120690-9127');
    const plan = await planDeletion(personId);
    expect(plan.kept).toEqual([]);
    expect(plan.removed).toEqual([
      { key: 'PERSON', count: 1 },
      { key: 'PROFILE', count: 1 },
      { key: 'EMAIL_CONFIRMATIONS', count: 1 },
      { key: 'SERVICES_USED', count: 1 },
      { key: 'SIGN_INS', count: 2 },
      { key: 'REPRESENTATIONS', count: 1 },
      { key: 'IDENTITY_ACCOUNTS', count: 1 },
      { key: 'SESSIONS', count: 1 },
    ]);
    // A dry run removes nothing.
    expect(Object.values(await countRows(personId)).every((n) => n > 0)).toBe(true);
  });

  it('removes the person and every row of theirs, and leaves another person untouched', async () => {
    const mine = await personWithEverything('f', '250588-9340');
    const theirs = await personWithEverything('g', '150385-9024');
    const theirsBefore = await countRows(theirs.personId);

    expect(await deletePersonAndData(mine.personId)).toEqual({ deleted: true });

    const none = Object.fromEntries(Object.keys(theirsBefore).map((table) => [table, 0]));
    expect(await countRows(mine.personId)).toEqual(none);
    expect(await countRows(theirs.personId)).toEqual(theirsBefore);
    // The organisation is the organisation's own record, not the person's.
    expect(await database.db.select().from(organisations).where(eq(organisations.id, mine.organisationId))).toHaveLength(1);
    // Signing in again finds no one: registration starts anew.
    expect(await collectMyData(mine.personId)).toContainEqual({ key: 'PROFILE', shape: 'single', fields: [] });
  });

  it('removes nothing when a retention rule fails half-way', async () => {
    const { personId } = await personWithEverything('h', '210281-9988');
    const before = await countRows(personId);
    const failing = {
      id: 'mattersInHandling',
      findKept: async () => [],
      keep: async () => {
        throw new Error('the archive did not answer');
      },
    };
    await expect(deletePersonAndData(personId, [failing])).rejects.toThrow('the archive did not answer');
    expect(await countRows(personId)).toEqual(before);
  });
});
