/**
 * The divisions' case systems and their API keys: made, given a new key, revoked and listed by
 * operators (`npm run case-system`, lib/api/case-system-cli.ts), looked up by key on every API
 * call. Takes the database as an argument, so the command line and the demo seed use it too.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { caseSystems, divisions, services } from '@/db/schema';
import type { CaseSystem } from '@/lib/matters/actor';
import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './keys';

type Executor = Pick<Database, 'select' | 'insert' | 'update'>;

export const CASE_SYSTEM_SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

export class CaseSystemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseSystemError';
  }
}

export type NewCaseSystem = { slug: string; name: string; divisionSlug: string; serviceSlugs: string[] };

/**
 * Checks what a case system is to see: its division exists, and every service is one of that
 * division's in the catalogue (a typo would otherwise give a system that quietly sees nothing).
 */
async function checkedScope(db: Executor, input: Pick<NewCaseSystem, 'divisionSlug' | 'serviceSlugs'>): Promise<{ divisionId: string; serviceSlugs: string[] }> {
  const [division] = await db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, input.divisionSlug)).limit(1);
  if (!division) throw new CaseSystemError(`No division "${input.divisionSlug}".`);
  const serviceSlugs = [...new Set(input.serviceSlugs.map((slug) => slug.trim()).filter(Boolean))];
  if (serviceSlugs.length === 0) throw new CaseSystemError('Name at least one service (--services a,b).');
  const found = await db.select({ slug: services.slug, divisionId: services.divisionId }).from(services).where(inArray(services.slug, serviceSlugs));
  const problems = serviceSlugs.flatMap((slug) => {
    const service = found.find((row) => row.slug === slug);
    if (!service) return [`no service "${slug}" in the catalogue`];
    if (service.divisionId !== division.id) return [`the service "${slug}" is not the division's "${input.divisionSlug}"`];
    return [];
  });
  if (problems.length > 0) throw new CaseSystemError(`Cannot use these services: ${problems.join('; ')}.`);
  return { divisionId: division.id, serviceSlugs };
}

/** Makes a case system and its first key; the key is in the answer and nowhere else. */
export async function createCaseSystem(db: Executor, input: NewCaseSystem): Promise<{ system: CaseSystem; key: string }> {
  if (!CASE_SYSTEM_SLUG.test(input.slug)) throw new CaseSystemError('The slug must be 2–63 lower-case letters, digits and hyphens.');
  if (input.name.trim() === '') throw new CaseSystemError('Give the case system a name (--name).');
  const [existing] = await db.select({ id: caseSystems.id }).from(caseSystems).where(eq(caseSystems.slug, input.slug)).limit(1);
  if (existing) throw new CaseSystemError(`A case system "${input.slug}" exists already; give it a new key with "rotate".`);
  const scope = await checkedScope(db, input);
  const key = generateApiKey();
  const [row] = await db
    .insert(caseSystems)
    .values({ slug: input.slug, name: input.name.trim(), divisionId: scope.divisionId, serviceSlugs: scope.serviceSlugs, keyPrefix: key.prefix, keyHash: key.hash })
    .returning();
  return { system: asCaseSystem(row!), key: key.key };
}

/** Gives a case system a new key (also after a revocation); the old key stops working at once. */
export async function rotateCaseSystemKey(db: Executor, slug: string): Promise<{ system: CaseSystem; key: string }> {
  const key = generateApiKey();
  const [row] = await db.update(caseSystems).set({ keyPrefix: key.prefix, keyHash: key.hash, revokedAt: null }).where(eq(caseSystems.slug, slug)).returning();
  if (!row) throw new CaseSystemError(`No case system "${slug}".`);
  return { system: asCaseSystem(row), key: key.key };
}

/** Revokes a case system's key: every call with it is refused from now on. */
export async function revokeCaseSystem(db: Executor, slug: string, at: Date): Promise<void> {
  const [row] = await db
    .update(caseSystems)
    .set({ revokedAt: at })
    .where(and(eq(caseSystems.slug, slug), isNull(caseSystems.revokedAt)))
    .returning({ id: caseSystems.id });
  if (!row) throw new CaseSystemError(`No case system "${slug}" with a key in use.`);
}

export type CaseSystemListing = { slug: string; name: string; division: string; serviceSlugs: string[]; keyPrefix: string; createdAt: Date; revokedAt: Date | null };

/** Every case system, without anything secret (the prefix is not). */
export async function listCaseSystems(db: Executor): Promise<CaseSystemListing[]> {
  return db
    .select({
      slug: caseSystems.slug,
      name: caseSystems.name,
      division: divisions.slug,
      serviceSlugs: caseSystems.serviceSlugs,
      keyPrefix: caseSystems.keyPrefix,
      createdAt: caseSystems.createdAt,
      revokedAt: caseSystems.revokedAt,
    })
    .from(caseSystems)
    .innerJoin(divisions, eq(divisions.id, caseSystems.divisionId))
    .orderBy(caseSystems.slug);
}

// Compared against when no row has the key's prefix, so an unknown prefix costs the same hash
// and comparison as a known one.
const NO_SUCH_KEY_HASH = hashApiKey('asi_000000000000_no-such-key');

/**
 * The case system a key belongs to, or null: an unknown or malformed key, a wrong secret and a
 * revoked key are all just null, so the caller cannot tell them apart.
 */
export async function caseSystemForKey(db: Executor, key: string): Promise<CaseSystem | null> {
  const prefix = apiKeyPrefix(key);
  const [row] = prefix ? await db.select().from(caseSystems).where(eq(caseSystems.keyPrefix, prefix)).limit(1) : [];
  const matches = apiKeyMatches(key, row?.keyHash ?? NO_SUCH_KEY_HASH);
  if (!row || !matches || row.revokedAt) return null;
  return asCaseSystem(row);
}

/**
 * The demo data's case system for the urban environment division's services, seeded only with
 * the demo data. Its key is the one given in DEMO_CASE_SYSTEM_KEY, so a developer or a preview
 * can call the API with a key they chose; without it the system gets a random key that nobody
 * is shown (`npm run case-system -- rotate --slug demo-urban-environment` gives a usable one).
 * A key given later replaces the old one on the next seed; without one the key is left alone.
 */
export async function seedDemoCaseSystem(db: Executor, input: { divisionId: string; serviceSlugs: string[]; key: string | undefined }): Promise<void> {
  const slug = 'demo-urban-environment';
  const given = input.key ? { prefix: apiKeyPrefix(input.key), hash: hashApiKey(input.key) } : null;
  if (input.key && !given?.prefix) throw new CaseSystemError('DEMO_CASE_SYSTEM_KEY is not a key of the form asi_<12 letters or digits>_<43 characters>.');
  const [existing] = await db.select({ id: caseSystems.id }).from(caseSystems).where(eq(caseSystems.slug, slug)).limit(1);
  const scope = { name: 'Demo: urban environment case system', divisionId: input.divisionId, serviceSlugs: input.serviceSlugs };
  if (existing) {
    await db
      .update(caseSystems)
      .set({ ...scope, ...(given ? { keyPrefix: given.prefix!, keyHash: given.hash } : {}) })
      .where(eq(caseSystems.id, existing.id));
    return;
  }
  const key = given ? { prefix: given.prefix!, hash: given.hash } : generateApiKey();
  await db.insert(caseSystems).values({ slug, ...scope, keyPrefix: key.prefix, keyHash: key.hash });
}

function asCaseSystem(row: typeof caseSystems.$inferSelect): CaseSystem {
  return { id: row.id, slug: row.slug, name: row.name, divisionId: row.divisionId, serviceSlugs: row.serviceSlugs };
}
