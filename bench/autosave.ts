/**
 * The autosave target of `npm run bench`: the form wizard's autosave, replayed as the browser
 * sends it, by many connections at once, each on a draft of its own.
 *
 * Autosave is a JSON post to app/api/forms/autosave (components/forms/wizard/post-autosave.ts).
 * A real browser signs the bench person in, types into the form, and the request its autosave
 * sends is taken as it is, cookie and all; the load then sends that request with only the draft,
 * its version and one answer changed.
 *
 * A save names the draft's version and a stale one is refused, so every connection has its own
 * draft and sends the version the previous answer gave it. Afterwards the database must hold, for
 * every draft, the last acknowledged version with the answers that save sent.
 */
import { chromium, type Browser } from '@playwright/test';
import type { Client, Options } from 'autocannon';
import postgres from 'postgres';
import { signIn } from './sign-in';

export const AUTOSAVE_FORM = 'dog-declaration';
/** The wizard's first step, in Finnish like the other targets. */
const FORM_PATH = `/fi/forms/${AUTOSAVE_FORM}`;
/** Where the wizard posts its autosaves. */
const AUTOSAVE_PATH = '/api/forms/autosave';
/** The answer each save changes: a plain text field of the first step. */
const FIELD = 'streetAddress';
const FIELD_LABEL = /^Katuosoite/;

type Answers = Record<string, unknown>;
type AutosaveInput = { slug: string; page: number; draftId: string | null; version: number | null; answers: Answers };

/** The browser's autosave request, as it was sent. */
type Captured = { path: string; headers: Record<string, string>; input: AutosaveInput };

/** One connection's draft: what the server last acknowledged, and the save on its way, if any. */
type Slot = {
  draftId: string;
  version: number;
  text: string;
  /** The answers as the database held them after the draft was started, without FIELD. */
  baseline: Answers;
  pending?: { version: number; text: string };
  saves: number;
};

export type AutosaveCheck = {
  drafts: number;
  /** Saves the server acknowledged, over all runs (warm-up included). */
  acknowledged: number;
  /** Saves whose answer was cut off by the end of a run but which the database has. */
  landedUnanswered: number;
  /** Drafts whose database row is not what the last acknowledged save (or the one after it) wrote. */
  mismatches: string[];
};

/** The save's result from the route's JSON answer, or undefined for anything else. */
export function autosaveResult(payload: string): { status?: string; draftId?: string; version?: number } | undefined {
  try {
    const value = JSON.parse(payload) as unknown;
    return value && typeof value === 'object' ? (value as { status?: string; draftId?: string; version?: number }) : undefined;
  } catch {
    return undefined;
  }
}

function isAutosaveInput(value: unknown): value is AutosaveInput {
  if (!value || typeof value !== 'object') return false;
  const input = value as Record<string, unknown>;
  return input.slug === AUTOSAVE_FORM && typeof input.page === 'number' && 'draftId' in input && 'version' in input && !!input.answers && typeof input.answers === 'object';
}

/**
 * Signs the bench person in, opens the form's first step in Chromium, types into a field and
 * keeps the autosave request the wizard sends a few seconds later.
 */
export async function captureAutosave(chromiumPath: string, browserBase: string): Promise<Captured> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const cookies = await signIn(browser, browserBase, FORM_PATH);
    const context = await browser.newContext({ locale: 'fi-FI' });
    context.setDefaultTimeout(30_000);
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(browserBase + FORM_PATH);
    const sent = page.waitForRequest((request) => {
      if (request.method() !== 'POST' || new URL(request.url()).pathname !== AUTOSAVE_PATH) return false;
      try {
        return isAutosaveInput(JSON.parse(request.postData() ?? '') as unknown);
      } catch {
        return false;
      }
    });
    await page.getByLabel(FIELD_LABEL).fill('Mittarinkatu 1');
    const request = await sent;
    // Its body cannot be read here (the wizard moves on to the draft's address at once); the
    // replays below check what the route answers.
    const response = await request.response();
    if (response?.status() !== 200) throw new Error(`the browser's autosave answered ${response?.status()}`);
    const url = new URL(request.url());
    const input = JSON.parse(request.postData()!) as AutosaveInput;
    if (input.answers[FIELD] !== 'Mittarinkatu 1') throw new Error(`the browser's autosave did not carry ${FIELD}`);
    const headers = await request.allHeaders();
    await context.close();
    return { path: url.pathname + url.search, headers, input };
  } finally {
    await browser.close();
  }
}

/** Everything the load of autosave needs: the captured request, the drafts and the check. */
export class AutosaveLoad {
  readonly path: string;
  /** The signed-in session's Cookie header, for the other signed-in targets. */
  readonly cookie: string;
  private readonly headers: Record<string, string>;
  private readonly slots: Slot[] = [];
  private nextSlot = 0;
  private counter = 0;
  /** Saves refused or not understood in the current run: errors, though answered 200. */
  refused = 0;
  private acknowledged = 0;
  private landedUnanswered = 0;

  constructor(
    private readonly captured: Captured,
    private readonly base: string,
    browserBase: string,
    private readonly databaseUrl: string,
  ) {
    this.path = captured.path;
    this.cookie = captured.headers.cookie ?? '';
    // The browser's own headers, cookie included; the load goes to 127.0.0.1 rather than the
    // browser's localhost, so Origin and Referer say so too, or the route refuses the save as
    // cross-site. The length is worked out anew for each body. Accept-Encoding is left out:
    // autocannon cannot unpack a compressed answer to read the new version from it (and no
    // other target asks for compression either).
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(captured.headers)) {
      if (name.startsWith(':') || ['host', 'content-length', 'connection', 'accept-encoding'].includes(name)) continue;
      headers[name] = name === 'origin' || name === 'referer' ? value.replace(browserBase, base) : value;
    }
    this.headers = headers;
  }

  /** The body the browser would send for this save: its own, with draft, version and one answer changed. */
  private body(draftId: string | null, version: number | null, text: string): string {
    const input: AutosaveInput = { ...this.captured.input, draftId, version, answers: { ...this.captured.input.answers, [FIELD]: text } };
    return JSON.stringify(input);
  }

  private async post(body: string) {
    const response = await fetch(this.base + this.path, { method: 'POST', headers: this.headers, body });
    return { status: response.status, result: autosaveResult(await response.text()) };
  }

  /** One draft per connection, each started by an autosave as the browser's first one starts it. */
  async startDrafts(count: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      const text = `Aloituskatu ${index + 1}`;
      const { status, result } = await this.post(this.body(null, null, text));
      if (status !== 200 || result?.status !== 'saved' || !result.draftId || typeof result.version !== 'number') {
        throw new Error(`starting autosave draft ${index + 1} answered ${status} ${JSON.stringify(result)}`);
      }
      this.slots.push({ draftId: result.draftId, version: result.version, text, baseline: {}, saves: 0 });
    }
    const rows = await this.read();
    for (const slot of this.slots) {
      const rest = { ...rows.get(slot.draftId)?.answers };
      delete rest[FIELD];
      slot.baseline = rest;
    }
    // A save through the same path as the load, so that a request the server refuses stops the run here.
    const probe = this.slots[0]!;
    const { status, result } = await this.post(this.body(probe.draftId, probe.version, 'Koekatu 1'));
    if (status !== 200 || result?.status !== 'saved') throw new Error(`autosave (${this.path}) answered ${status} ${JSON.stringify(result)}; fix it before measuring`);
    Object.assign(probe, { version: result.version, text: 'Koekatu 1' });
    this.acknowledged += count + 1;
  }

  /** autocannon options: every connection takes a draft of its own and follows its version. */
  options(): Pick<Options, 'setupClient'> {
    this.nextSlot = 0;
    this.refused = 0;
    return {
      setupClient: (client: Client) => {
        const slot = this.slots[this.nextSlot++ % this.slots.length]!;
        client.setRequests([
          {
            method: 'POST',
            path: this.path,
            headers: this.headers,
            setupRequest: (request) => {
              const text = `Mittarinkatu ${++this.counter}`;
              slot.pending = { version: slot.version + 1, text };
              return { ...request, body: this.body(slot.draftId, slot.version, text) };
            },
            onResponse: (status, body) => {
              const pending = slot.pending;
              slot.pending = undefined;
              const result = status === 200 ? autosaveResult(String(body)) : undefined;
              if (result?.status === 'saved' && result.draftId === slot.draftId && typeof result.version === 'number' && pending) {
                slot.version = result.version;
                slot.text = pending.text;
                slot.saves++;
                this.acknowledged++;
              } else if (status === 200) {
                // A conflict, an expired session or an answer that is not a save's: a failed save.
                this.refused++;
              }
            },
          },
        ]);
      },
    };
  }

  private async read(): Promise<Map<string, { version: number; answers: Answers }>> {
    const sql = postgres(this.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<{ id: string; version: number; answers: Answers }[]>`
        select id, version, answers from form_drafts where id in ${sql(this.slots.map((slot) => slot.draftId))}`;
      return new Map(rows.map((row) => [row.id, { version: row.version, answers: row.answers }]));
    } finally {
      await sql.end();
    }
  }

  /**
   * After a run: each draft in the database must be at its last acknowledged version with that
   * save's answers, or one further with the answers of the save whose answer the end of the run
   * cut off (then that one is taken as the draft's state, so the next run goes on from it).
   */
  async check(): Promise<AutosaveCheck> {
    // A save cut off by the end of the run may still be finishing on the server.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rows = await this.read();
    const mismatches: string[] = [];
    const same = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
    for (const slot of this.slots) {
      const row = rows.get(slot.draftId);
      const expect = (text: string) => ({ ...slot.baseline, [FIELD]: text });
      if (row && row.version === slot.version && same(row.answers, expect(slot.text))) {
        slot.pending = undefined;
      } else if (row && slot.pending && row.version === slot.pending.version && same(row.answers, expect(slot.pending.text))) {
        Object.assign(slot, { version: slot.pending.version, text: slot.pending.text, pending: undefined });
        this.landedUnanswered++;
      } else {
        mismatches.push(`${slot.draftId}: acknowledged version ${slot.version} "${slot.text}", database ${row ? `version ${row.version} "${String(row.answers[FIELD])}"` : 'has no such draft'}`);
      }
    }
    return { drafts: this.slots.length, acknowledged: this.acknowledged, landedUnanswered: this.landedUnanswered, mismatches };
  }
}

/** JSON with keys in one order, so that answers compare by content. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, entry]) => [key, sortKeys(entry)]));
  return value;
}
