/**
 * Writes the demo data. Idempotent: every row has a stable slug, and running the seed again
 * brings the rows back to what is written here without duplicating anything.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { divisions, notices, services } from '../schema';
import { demoDivisions } from './demo-divisions';
import { demoServices } from './demo-services';
import { demoNotices } from './demo-notices';

export async function seedDemoData(db: Database): Promise<void> {
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

    await tx
      .insert(services)
      .values(
        demoServices.map(({ division, ...service }) => ({ ...service, divisionId: divisionId.get(division) ?? null })),
      )
      .onConflictDoUpdate({
        target: services.slug,
        set: {
          name: sql`excluded.name`,
          summary: sql`excluded.summary`,
          divisionId: sql`excluded.division_id`,
          popularity: sql`excluded.popularity`,
          updatedAt: sql`now()`,
        },
      });

    await tx
      .insert(notices)
      .values(demoNotices)
      .onConflictDoUpdate({
        target: notices.slug,
        set: { level: sql`excluded.level`, title: sql`excluded.title`, body: sql`excluded.body` },
      });
  });
}
