/**
 * The send target of `npm run bench`: the Send button of the dog declaration's summary, as
 * Chromium posts it (a server action), each time with another complete, unsent draft.
 *
 * The bench person signs in and fills the whole declaration in a real browser, whose Send post is
 * kept and stopped before it reaches the server (tests/reliability/browser.ts). The draft is then
 * copied in the database, answers and version as they are, and each request of the load sends one
 * copy: the post with only the draft's id changed. Sending is the portal's heaviest write (the
 * answers checked against the form's version, an item number, the first event, all in one
 * transaction), so each send must be a new one: a draft sent again only answers with its item.
 *
 * Afterwards every draft whose send was answered must have exactly one submission, and no two
 * submissions may share an item number.
 */
import type { Options } from 'autocannon';
import postgres from 'postgres';
import { ResidentBrowser, type Captured } from '../tests/reliability/browser';

/** More copies than a run can send, so that no request sends a draft twice. */
const DRAFT_COPIES = 20_000;

export type SendCheck = {
  /** Sends answered with the way on to the sent page. */
  answered: number;
  /** Of the drafts whose send was answered, those with exactly one submission. */
  submitted: number;
  /** Item numbers given to more than one submission (must be none). */
  duplicateItemNumbers: number;
  problems: string[];
};

/** Signs the bench person in, fills the whole dog declaration and keeps the Send post. */
export async function captureSend(chromiumPath: string, browserBase: string): Promise<Captured['send']> {
  const browser = await ResidentBrowser.open(chromiumPath, browserBase);
  try {
    return (await browser.capture()).send;
  } finally {
    await browser.close();
  }
}

/** Where a server action's answer leads: Next's x-action-redirect header or a Location. */
function sentPage(headers: Record<string, string | string[] | undefined>): boolean {
  const target = [headers['x-action-redirect'], headers.location].flat().find((value): value is string => typeof value === 'string');
  return target !== undefined && /\/sent\/\d+/.test(target);
}

export class SendLoad {
  readonly path: string;
  private readonly headers: Record<string, string>;
  private drafts: string[] = [];
  private next = 0;
  private readonly answeredDrafts: string[] = [];
  /** Sends answered with anything but the way to the sent page, in the current run. */
  refused = 0;

  constructor(
    private readonly captured: Captured['send'],
    browserBase: string,
    loadBase: string,
    private readonly databaseUrl: string,
  ) {
    const url = new URL(captured.url);
    this.path = url.pathname + url.search;
    // As bench/autosave.ts: the browser's headers, with its address changed to the load's.
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(captured.headers)) {
      if (name.startsWith(':') || ['host', 'content-length', 'connection', 'accept-encoding'].includes(name)) continue;
      headers[name] = name === 'origin' || name === 'referer' ? value.replace(browserBase, loadBase) : value;
    }
    this.headers = headers;
  }

  /** Copies of the captured draft, unsent, with its answers and version. */
  async makeDrafts(): Promise<void> {
    const sql = postgres(this.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<{ id: string }[]>`
        insert into form_drafts (definition_id, form_slug, owner_person_id, owner_organisation_id, created_by_person_id, answers, current_page, visited_pages, version)
        select definition_id, form_slug, owner_person_id, owner_organisation_id, created_by_person_id, answers, current_page, visited_pages, version
        from form_drafts, generate_series(1, ${DRAFT_COPIES})
        where id = ${this.captured.draftId}
        returning id`;
      if (rows.length !== DRAFT_COPIES) throw new Error(`copied the draft ${rows.length} times, not ${DRAFT_COPIES}`);
      this.drafts = rows.map((row) => row.id);
    } finally {
      await sql.end();
    }
  }

  /** The post with another draft's id in place of the captured one (the same length: a UUID). */
  private bodyFor(draftId: string): Buffer {
    return Buffer.from(this.captured.body.toString('latin1').replaceAll(this.captured.draftId, draftId), 'latin1');
  }

  options(): Partial<Options> {
    this.refused = 0;
    return {
      method: 'POST',
      headers: this.headers,
      requests: [
        {
          setupRequest: (request, context) => {
            const draftId = this.drafts[this.next++];
            if (!draftId) throw new Error(`all ${DRAFT_COPIES} drafts were sent: raise DRAFT_COPIES in bench/send.ts`);
            context.draftId = draftId;
            return { ...request, path: this.path, body: this.bodyFor(draftId) };
          },
          onResponse: (status, _body, context, headers) => {
            if ((status === 200 || status === 303) && sentPage(headers)) this.answeredDrafts.push(String(context.draftId));
            else this.refused++;
          },
        },
      ],
    };
  }

  async check(): Promise<SendCheck> {
    const sql = postgres(this.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const [counts] = await sql<{ submitted: number; duplicates: number }[]>`
        with sent as (
          select s.draft_id, count(*) as submissions from form_submissions s
          where s.draft_id = any(${this.answeredDrafts}::uuid[]) group by s.draft_id)
        select
          (select count(*)::int from sent where submissions = 1) as submitted,
          (select count(*)::int from (select item_number from form_submissions group by item_number having count(*) > 1) d) as duplicates`;
      const problems: string[] = [];
      if (counts!.submitted !== this.answeredDrafts.length) problems.push(`${this.answeredDrafts.length - counts!.submitted} answered sends without exactly one submission`);
      if (counts!.duplicates > 0) problems.push(`${counts!.duplicates} item numbers given twice`);
      return { answered: this.answeredDrafts.length, submitted: counts!.submitted, duplicateItemNumbers: counts!.duplicates, problems };
    } finally {
      await sql.end();
    }
  }
}
