/**
 * Fills the configured database (DATABASE_URL) to the size a city has:
 * `tsx bench/seed-at-scale.ts --services 1000 --residents 10000`. Migrates, writes the demo data,
 * then adds published services made from the demo ones ("Koiraveroilmoitus 17"), each indexed
 * for search as an editor's publish would, until the catalogue holds the number asked for; and
 * registered residents, each with a sent dog declaration and a draft, until that many have
 * registered. Running it again adds nothing that is already there.
 */
import { parseArgs } from 'node:util';
import { count, desc, eq, sql } from 'drizzle-orm';
import { configuredLocation } from '@/db/index';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedDemoData } from '@/db/seed';
import { demoCatalogue } from '@/db/seed/demo-catalogue';
import { divisions, formDefinitions, services, serviceRevisions } from '@/db/schema';
import { indexService } from '@/lib/catalogue/search-index';
import { encryptPersonalIdentityCode, hashPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import type { LocalizedText } from '@/db/schema';
import { rowsOf } from '@/db/rows';

function numbered(text: LocalizedText, n: number): LocalizedText {
  return Object.fromEntries(Object.entries(text).map(([language, value]) => [language, value ? `${value} ${n}` : value])) as LocalizedText;
}

/** The n-th made-up service: a demo service's description under a numbered name and address. */
function madeUp(n: number): { slug: string; content: ServiceContent } {
  const model = demoCatalogue[n % demoCatalogue.length]!;
  return { slug: `${model.slug}-${n}`, content: { ...model.content, name: numbered(model.content.name, n) } };
}

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * The n-th made-up resident's personal identity code: born in the 1980s, individual numbers
 * 002–899 (900–999 are the test people's), with the right check character, so the codes are
 * as valid as real ones and never a test person's.
 */
function madeUpIdentityCode(n: number): string {
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const year = 80 + (Math.floor(n / (28 * 12)) % 10);
  const individual = 2 + Math.floor(n / (28 * 12 * 10));
  if (individual > 899) throw new Error('more made-up residents than identity codes of this kind');
  const date = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}`;
  const number = String(individual).padStart(3, '0');
  return `${date}-${number}${CHECK_CHARACTERS[Number(date + number) % 31]}`;
}

const FIRST_NAMES = ['Aino', 'Eino', 'Helmi', 'Väinö', 'Ella', 'Onni', 'Sofia', 'Leo', 'Linnea', 'Elias'];
const LAST_NAMES = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen'];

/**
 * Registered residents, as many as `wanted`, each with one sent dog declaration and one draft,
 * written a thousand at a time. The bench person is not one of them.
 */
async function addResidents(db: Awaited<ReturnType<typeof openDatabase>>['db'], wanted: number): Promise<number> {
  const [dog] = await db
    .select({ id: formDefinitions.id, serviceSlug: formDefinitions.serviceSlug })
    .from(formDefinitions)
    .where(eq(formDefinitions.slug, 'dog-declaration'))
    .orderBy(desc(formDefinitions.version))
    .limit(1);
  if (!dog) throw new Error('the demo form dog-declaration is missing');
  const [division] = await db.select({ id: services.divisionId }).from(services).where(eq(services.slug, dog.serviceSlug)).limit(1);
  const countMadeUp = async () => rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from persons where last_name like '% (mittaus)'`))[0]?.n ?? 0;
  for (let have = await countMadeUp(); have < wanted; have = await countMadeUp()) {
    const batch = Array.from({ length: Math.min(1000, wanted - have) }, (_, i) => have + i);
    const codes = batch.map(madeUpIdentityCode);
    await db.transaction(async (tx) => {
      const people = await tx.execute(sql`
        insert into persons (national_id_hash, national_id_encrypted, first_names, last_name)
        select * from unnest(
          ${sql.param(codes.map((code) => hashPersonalIdentityCode(code)))}::text[],
          ${sql.param(codes.map((code) => encryptPersonalIdentityCode(code)))}::text[],
          ${sql.param(batch.map((n) => FIRST_NAMES[n % FIRST_NAMES.length]!))}::text[],
          ${sql.param(batch.map((n) => `${LAST_NAMES[Math.floor(n / 10) % LAST_NAMES.length]} (mittaus)`))}::text[])
        on conflict (national_id_hash) do nothing
        returning id`);
      const ids = rowsOf<{ id: string }>(people).map((row) => row.id);
      if (ids.length === 0) return;
      await tx.execute(sql`
        insert into profiles (person_id, consented_at, registered_at)
        select id, now(), now() from unnest(${sql.param(ids)}::uuid[]) as id`);
      // One draft that was sent and one still open per resident, and the sent one's item.
      await tx.execute(sql`
        with sent as (
          insert into form_drafts (definition_id, form_slug, owner_person_id, created_by_person_id, answers, submitted_at)
          select ${dog.id}, 'dog-declaration', id, id, '{"dogName": "Mittari"}'::jsonb, now() from unnest(${sql.param(ids)}::uuid[]) as id
          returning id, owner_person_id)
        insert into form_submissions (draft_id, definition_id, form_slug, service_slug, owner_person_id, sent_by_person_id, answers, locale,
          saved_to_folder, status, division_id)
        select id, ${dog.id}, 'dog-declaration', ${dog.serviceSlug}, owner_person_id, owner_person_id, '{"dogName": "Mittari"}'::jsonb, 'fi',
          true, 'received', ${division?.id ?? null}
        from sent`);
      await tx.execute(sql`
        insert into form_drafts (definition_id, form_slug, owner_person_id, created_by_person_id, answers)
        select ${dog.id}, 'dog-declaration', id, id, '{"dogName": "Luonnos"}'::jsonb from unnest(${sql.param(ids)}::uuid[]) as id`);
    });
  }
  return countMadeUp();
}

async function main() {
  const { values } = parseArgs({ options: { services: { type: 'string', default: '1000' }, residents: { type: 'string', default: '10000' } } });
  const wanted = Number(values.services);
  if (!Number.isInteger(wanted) || wanted < demoCatalogue.length) throw new Error(`--services must be a whole number of at least ${demoCatalogue.length}`);
  const residents = Number(values.residents);
  if (!Number.isInteger(residents) || residents < 0) throw new Error('--residents must be a whole number');

  const location = configuredLocation();
  const handle = await openDatabase(location);
  await migrateDatabase(handle, location);
  const { db } = handle;
  await seedDemoData(db);

  const divisionIds = new Map((await db.select({ id: divisions.id, slug: divisions.slug }).from(divisions)).map((row) => [row.slug, row.id]));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(services);
  for (let n = 1, have = total; have < wanted; n += 1) {
    const { slug, content } = madeUp(n);
    const [exists] = await db.select({ id: services.id }).from(services).where(eq(services.slug, slug)).limit(1);
    if (exists) continue;
    await db.transaction(async (tx) => {
      const [service] = await tx
        .insert(services)
        .values({ slug, draft: content, published: content, status: 'published', publishedAt: sql`now()`, divisionId: divisionIds.get(content.division) ?? null })
        .returning({ id: services.id });
      await tx.insert(serviceRevisions).values({ serviceId: service!.id, action: 'published', content });
      await indexService(tx, service!.id, content);
    });
    have += 1;
  }
  const [{ total: after } = { total: 0 }] = await db.select({ total: count() }).from(services);
  console.error(`bench: the catalogue holds ${after} services`);
  const registered = await addResidents(db, residents);
  // Fresh statistics and visibility for the tables just filled, as autovacuum would give them
  // soon after: done now, autovacuum would take a core from the server in the middle of a measurement.
  await db.execute(sql`set client_min_messages = error`);
  await db.execute(sql`vacuum (analyze)`);
  await handle.close();
  console.error(`bench: ${registered} more residents have registered, each with a sent item and a draft`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
