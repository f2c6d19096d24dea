/**
 * Writes the demo data. Idempotent: every row has a stable slug, and running the seed again
 * brings divisions and notices back to what is written here without duplicating anything.
 * Demo services and notices an editor has changed are left alone, and so is the editors' choice
 * of popular services: a restart must not undo their work.
 */
import { eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { auditEntries, divisions, notices, serviceRevisions, services } from '../schema';
import { seedDemoCaseSystem } from '@/lib/api/case-systems';
import { indexService } from '@/lib/catalogue/search-index';
import { env } from '@/lib/env';
import { demoDivisions } from './demo-divisions';
import { demoCatalogue } from './demo-catalogue';
import { demoNotices } from './demo-notices';
import { writeDemoForms } from './demo-forms';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Adds the demo services that are missing and brings the others up to the demo text, except
 * those an editor has changed: their work stays.
 */
async function writeDemoServices(tx: Transaction, divisionId: Map<string, string>): Promise<void> {
  // Once an editor has chosen the popular services, the demo's choice no longer applies.
  const [popularChosen] = await tx.select({ id: auditEntries.id }).from(auditEntries).where(eq(auditEntries.action, 'popular.changed')).limit(1);
  const existing = new Map(
    (
      await tx
        .select({
          id: services.id,
          slug: services.slug,
          // Spelled out in full: inside a subquery an unqualified "id" would be the revision's own.
          editedByStaff: sql<boolean>`exists (select 1 from "service_revisions" where "service_revisions"."service_id" = "services"."id" and "service_revisions"."saved_by" is not null)`,
        })
        .from(services)
    ).map((row) => [row.slug, row]),
  );
  for (const { slug, popularity, content } of demoCatalogue) {
    const values = {
      draft: content,
      published: content,
      status: 'published' as const,
      divisionId: divisionId.get(content.division) ?? null,
      ...(popularChosen ? {} : { popularity }),
    };
    const found = existing.get(slug);
    if (found?.editedByStaff) continue;
    let serviceId: string;
    if (found) {
      await tx.update(services).set(values).where(eq(services.id, found.id));
      serviceId = found.id;
    } else {
      const [service] = await tx.insert(services).values({ slug, ...values, publishedAt: sql`now()` }).returning({ id: services.id });
      serviceId = service!.id;
      await tx.insert(serviceRevisions).values({ serviceId, action: 'published', content });
    }
    await indexService(tx, serviceId, content);
  }
}

/**
 * `demoCaseSystemKey`: the API key of the demo case system (DEMO_CASE_SYSTEM_KEY); without one
 * it gets a random key nobody is shown.
 */
export async function seedDemoData(db: Database, options: { demoCaseSystemKey?: string } = { demoCaseSystemKey: env.DEMO_CASE_SYSTEM_KEY }): Promise<void> {
  await db.transaction(async (tx) => {
    const divisionRows = await tx
      .insert(divisions)
      .values(demoDivisions)
      .onConflictDoUpdate({
        target: divisions.slug,
        set: { name: sql`excluded.name`, feedbackUrl: sql`excluded.feedback_url` },
      })
      .returning({ id: divisions.id, slug: divisions.slug });
    const divisionId = new Map(divisionRows.map((row) => [row.slug, row.id]));

    await writeDemoServices(tx, divisionId);
    await writeDemoForms(tx);
    // The urban environment division's case system sees the division's demo services (the dog
    // declaration among them) through /api/v1.
    await seedDemoCaseSystem(tx, {
      divisionId: divisionId.get('urban-environment')!,
      serviceSlugs: demoCatalogue.filter((service) => service.content.division === 'urban-environment').map((service) => service.slug),
      key: options.demoCaseSystemKey,
    });

    await tx
      .insert(notices)
      .values(demoNotices)
      .onConflictDoUpdate({
        target: notices.slug,
        set: {
          level: sql`excluded.level`,
          title: sql`excluded.title`,
          body: sql`excluded.body`,
          linkUrl: sql`excluded.link_url`,
          linkText: sql`excluded.link_text`,
        },
        // A notice an editor has saved is theirs now.
        setWhere: isNull(notices.updatedAt),
      });
  });
}
