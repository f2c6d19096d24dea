/**
 * Fills the configured database (DATABASE_URL) with a catalogue of the size a city has:
 * `tsx bench/seed-at-scale.ts --services 1000`. Migrates, writes the demo data, then adds
 * published services made from the demo ones ("Koiraveroilmoitus 17"), each indexed for search
 * as an editor's publish would, until the catalogue holds the number asked for. Running it
 * again adds nothing that is already there.
 */
import { parseArgs } from 'node:util';
import { count, eq, sql } from 'drizzle-orm';
import { configuredLocation } from '@/db/index';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedDemoData } from '@/db/seed';
import { demoCatalogue } from '@/db/seed/demo-catalogue';
import { divisions, services, serviceRevisions } from '@/db/schema';
import { indexService } from '@/lib/catalogue/search-index';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import type { LocalizedText } from '@/db/schema';

function numbered(text: LocalizedText, n: number): LocalizedText {
  return Object.fromEntries(Object.entries(text).map(([language, value]) => [language, value ? `${value} ${n}` : value])) as LocalizedText;
}

/** The n-th made-up service: a demo service's description under a numbered name and address. */
function madeUp(n: number): { slug: string; content: ServiceContent } {
  const model = demoCatalogue[n % demoCatalogue.length]!;
  return { slug: `${model.slug}-${n}`, content: { ...model.content, name: numbered(model.content.name, n) } };
}

async function main() {
  const { values } = parseArgs({ options: { services: { type: 'string', default: '1000' } } });
  const wanted = Number(values.services);
  if (!Number.isInteger(wanted) || wanted < demoCatalogue.length) throw new Error(`--services must be a whole number of at least ${demoCatalogue.length}`);

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
  await handle.close();
  console.error(`bench: the catalogue holds ${after} services`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
