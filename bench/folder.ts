/**
 * The folder target of `npm run bench`: the e-services folder of a resident with many items
 * (issue 6: 500), read by the bench person's own signed-in session.
 *
 * The items are written straight into the database, as if the person had sent that many dog
 * declarations over the years and officials had handled them: every one with its draft, its
 * sending event and, for most, a status change by the city and a message, so that the folder's
 * queries meet the rows a real folder has. Health care items are added too: the folder must
 * leave them out without reading them one by one.
 */
import postgres from 'postgres';

export const FOLDER_ITEMS = 500;
export const FOLDER_PATH = '/fi/folder';

const STATUSES = ['sent', 'received', 'processing', 'information_requested', 'decided', 'cancelled'] as const;

/**
 * Gives the bench person (the one registered resident who is not made up, signed in by then)
 * `items` sent forms, plus a tenth as many health care forms the folder does not show. Returns
 * the number of items the folder holds.
 */
export async function fillFolder(databaseUrl: string, items = FOLDER_ITEMS): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    // The residents made up by bench/seed-at-scale.ts are named "… (mittaus)"; the bench person is the other one.
    const people = await sql<{ id: string }[]>`
      select p.person_id as id from profiles p join persons on persons.id = p.person_id
      where p.registered_at is not null and persons.last_name not like '% (mittaus)'`;
    if (people.length !== 1) throw new Error(`expected the bench person alone to be registered besides the made-up residents, found ${people.length}`);
    const personId = people[0]!.id;
    const forms = await sql<{ id: string; slug: string; service_slug: string; division_id: string | null; saved: boolean }[]>`
      select distinct on (d.slug) d.id, d.slug, d.service_slug, s.division_id,
        coalesce((s.published->>'savedToFolder')::boolean, true) as saved
      from form_definitions d left join services s on s.slug = d.service_slug
      where d.slug in ('dog-declaration', 'health-questionnaire')
      order by d.slug, d.version desc`;
    const dog = forms.find((form) => form.slug === 'dog-declaration');
    const health = forms.find((form) => form.slug === 'health-questionnaire');
    if (!dog || !health) throw new Error('the demo forms dog-declaration and health-questionnaire are missing');

    await sql.begin(async (tx) => {
      const make = async (form: typeof dog, n: number) => {
        // Spread over three years, a day apart, so that sorting by last update has work to do.
        const sentAt = new Date(Date.UTC(2024, 0, 1) + n * 24 * 60 * 60 * 1000 * 2);
        const status = STATUSES[n % STATUSES.length]!;
        const answers = { dogName: `Mittari ${n}`, streetAddress: `Mittarinkatu ${n}` };
        const [draft] = await tx<{ id: string }[]>`
          insert into form_drafts (definition_id, form_slug, owner_person_id, created_by_person_id, answers, created_at, updated_at, submitted_at)
          values (${form.id}, ${form.slug}, ${personId}, ${personId}, ${tx.json(answers)}, ${sentAt}, ${sentAt}, ${sentAt}) returning id`;
        const updatedAt = new Date(sentAt.getTime() + 3 * 24 * 60 * 60 * 1000);
        const [submission] = await tx<{ id: string }[]>`
          insert into form_submissions (draft_id, definition_id, form_slug, service_slug, owner_person_id, sent_by_person_id, answers, locale,
            saved_to_folder, status, division_id, sent_at, updated_at, decided_at, last_city_event_at)
          values (${draft!.id}, ${form.id}, ${form.slug}, ${form.service_slug}, ${personId}, ${personId}, ${tx.json(answers)}, 'fi',
            ${form.saved}, ${status}, ${form.division_id}, ${sentAt}, ${status === 'sent' ? sentAt : updatedAt},
            ${status === 'decided' ? updatedAt : null}, ${status === 'sent' ? null : updatedAt}) returning id`;
        await tx`insert into submission_events (submission_id, type, status, actor, at) values (${submission!.id}, 'status', 'sent', 'resident', ${sentAt})`;
        if (status !== 'sent') {
          await tx`insert into submission_events (submission_id, type, status, actor, division_id, at)
            values (${submission!.id}, 'status', ${status}, 'official', ${form.division_id}, ${updatedAt})`;
          const [message] = await tx<{ id: string }[]>`
            insert into submission_messages (submission_id, author, division_id, body, created_at)
            values (${submission!.id}, 'official', ${form.division_id}, ${`Viesti asiasta ${n}`}, ${updatedAt}) returning id`;
          await tx`insert into submission_events (submission_id, type, actor, division_id, message_id, at)
            values (${submission!.id}, 'message', 'official', ${form.division_id}, ${message!.id}, ${updatedAt})`;
        }
      };
      for (let n = 0; n < items; n += 1) await make(dog, n);
      for (let n = 0; n < Math.ceil(items / 10); n += 1) await make(health, n);
    });

    // As autovacuum would soon after a real load: without fresh statistics PostgreSQL takes the
    // person's 550 rows for one and plans the folder's query for that. Vacuumed now, so that
    // autovacuum does not do it in the middle of a measurement.
    await sql`set client_min_messages = error`;
    await sql`vacuum (analyze)`;
    const [shown] = await sql<{ n: number }[]>`select count(*)::int as n from form_submissions where owner_person_id = ${personId} and saved_to_folder`;
    return shown!.n;
  } finally {
    await sql.end();
  }
}
