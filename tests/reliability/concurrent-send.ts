/**
 * Scenario 3: one draft sent 50 times at once, as a double click, a retry and a second tab
 * would send it, by replaying the Send button's server action post that Chromium made. There
 * must be one submission with one item number and one "sent" event, and every one of the 50
 * posts must be told that item number (lib/forms/mutations.ts's sendDraft locks the draft).
 */
import postgres from 'postgres';
import type { Captured } from './browser';
import { replayHeaders } from './replay';
import { seconds, type Report } from './report';
import type { App } from './stack';

const SCENARIO = '3 concurrent sends of one draft';

type Options = { report: Report; app: App; send: Captured['send']; databaseUrl: string; sends: number };

/** Where a server action's redirect leads: the Location of a 303, or Next's x-action-redirect header. */
function redirectTarget(response: Response): string | undefined {
  const target = response.headers.get('x-action-redirect') ?? response.headers.get('location');
  return target ? target.split(';')[0] : undefined;
}

export async function concurrentSend(options: Options): Promise<void> {
  const { report, app, send } = options;
  const headers = replayHeaders(send, app.browserBase, app.loadBase);
  const url = send.url.replace(app.browserBase, app.loadBase);
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: options.sends }, async () => {
      try {
        const response = await fetch(url, { method: 'POST', headers, body: new Uint8Array(send.body), redirect: 'manual', signal: AbortSignal.timeout(60_000) });
        await response.arrayBuffer();
        const target = redirectTarget(response);
        return { status: response.status, itemNumber: target ? /\/sent\/(\d+)$/.exec(target)?.[1] : undefined, target };
      } catch (error) {
        return { status: 0, itemNumber: undefined, target: String(error) };
      }
    }),
  );
  const ms = performance.now() - started;

  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
  let submissions: { id: string; itemNumber: string }[];
  let events: number;
  try {
    submissions = await sql<{ id: string; itemNumber: string }[]>`select id, item_number::text as "itemNumber" from form_submissions where draft_id = ${send.draftId}`;
    [{ events }] = await sql<[{ events: number }]>`
      select count(*)::int as events from submission_events where submission_id in ${sql(submissions.length > 0 ? submissions.map((row) => row.id) : ['00000000-0000-0000-0000-000000000000'])}`;
  } finally {
    await sql.end();
  }

  const told = new Map<string, number>();
  for (const answer of answers) {
    const key = answer.itemNumber ? `item ${answer.itemNumber}` : `${answer.status} ${answer.target ?? 'no redirect'}`;
    told.set(key, (told.get(key) ?? 0) + 1);
  }
  const itemNumber = submissions[0]?.itemNumber;
  const allTold = itemNumber !== undefined && answers.every((answer) => answer.itemNumber === itemNumber);
  report.add(
    SCENARIO,
    `${options.sends} posts of Send at once make one submission with one item number and one event`,
    submissions.length === 1 && events === 1,
    `${submissions.length} submission(s)${itemNumber ? `, item ${itemNumber}` : ''}, ${events} event(s), in ${seconds(ms)}`,
  );
  report.add(
    SCENARIO,
    `each of the ${options.sends} posts is sent on to that item's confirmation page`,
    allTold,
    [...told.entries()].map(([key, count]) => `${count}× ${key}`).join(', '),
  );
}
