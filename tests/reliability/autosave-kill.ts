/**
 * Scenario 1: `kill -9` of the server while 200 autosaves are on their way, then a restart.
 *
 * 200 drafts, each saved again and again by a loop of its own, as a browser tab does: every
 * save names the version the previous answer gave. When the server is killed, every loop has a
 * save in flight, whose fate nobody was told. Afterwards each draft in the database must be at
 * its last acknowledged save (version and text), or one further with exactly the save that was
 * in flight: an acknowledged save that is missing is a lost save.
 */
import postgres from 'postgres';
import { AUTOSAVE_FIELD } from './browser';
import type { AutosaveClient } from './replay';
import { seconds, type Report } from './report';
import { killApp, sleep, type App } from './stack';

const SCENARIO = '1 kill -9 during autosaves';

export type DraftState = {
  draftId: string;
  /** The last save the server acknowledged. */
  version: number;
  text: string;
  /** The save on its way when the answer never came. */
  inDoubt?: { version: number; text: string };
};

type Options = {
  report: Report;
  client: AutosaveClient;
  app: App;
  /** Starts the server again on the same port and database. */
  restart: () => Promise<App>;
  databaseUrl: string;
  drafts: number;
  /** How long the autosaves may run before the kill, if fewer saves than drafts were acknowledged by then. */
  maxLoadMs: number;
};

export async function autosaveKill(options: Options): Promise<{ app: App; drafts: DraftState[] }> {
  const { report, client } = options;

  // The drafts are started as a browser's first autosave starts one, all at once.
  const started = await Promise.all(Array.from({ length: options.drafts }, (_, index) => client.save(null, null, `Aloituskatu ${index + 1}`).then((answer) => ({ answer, text: `Aloituskatu ${index + 1}` }))));
  const unstarted = started.filter(({ answer }) => answer.kind !== 'saved');
  if (unstarted.length > 0) throw new Error(`${unstarted.length} of ${options.drafts} drafts did not start: ${JSON.stringify(unstarted[0]!.answer)}`);
  const drafts: DraftState[] = started.map(({ answer, text }) => {
    if (answer.kind !== 'saved') throw new Error('unreachable');
    return { draftId: answer.draftId, version: answer.version, text };
  });

  let acknowledged = 0;
  let refusedBeforeKill = 0;
  let killed = false;
  let inFlightAtKill = 0;
  let inFlight = 0;
  const loop = async (draft: DraftState, index: number) => {
    for (let round = 1; !killed; round++) {
      const text = `Kuormakatu ${index + 1} ${round}`;
      draft.inDoubt = { version: draft.version + 1, text };
      inFlight++;
      const answer = await client.save(draft.draftId, draft.version, text);
      inFlight--;
      if (answer.kind === 'saved' && answer.draftId === draft.draftId && answer.version === draft.version + 1) {
        Object.assign(draft, { version: answer.version, text, inDoubt: undefined });
        acknowledged++;
        continue;
      }
      // Refused or unanswered: what became of it is for the database to say.
      if (!killed) refusedBeforeKill++;
      return;
    }
  };
  const loadStarted = performance.now();
  const loops = Promise.all(drafts.map(loop));
  // Killed once the saves flow: as many acknowledged as there are drafts, or at the latest after maxLoadMs.
  while (acknowledged < options.drafts && performance.now() - loadStarted < options.maxLoadMs) await sleep(50);
  inFlightAtKill = inFlight;
  const acknowledgedAtKill = acknowledged;
  killed = true;
  await killApp(options.app);
  const loadMs = performance.now() - loadStarted;
  await loops;
  console.error(`reliability: killed the server with ${inFlightAtKill} autosaves in flight, after ${acknowledgedAtKill} acknowledged`);

  report.add(
    SCENARIO,
    `${options.drafts} autosave loops, each on its own draft with its version, run until the kill`,
    acknowledgedAtKill > 0 && refusedBeforeKill === 0 && inFlightAtKill >= options.drafts * 0.9,
    `${acknowledged} saves acknowledged in ${seconds(loadMs)}, ${refusedBeforeKill} refused, ${inFlightAtKill} in flight at the kill`,
  );

  const app = await options.restart();

  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
  let rows;
  try {
    rows = await sql<{ id: string; version: number; text: string | null }[]>`
      select id, version, answers->>${AUTOSAVE_FIELD} as text from form_drafts where id in ${sql(drafts.map((draft) => draft.draftId))}`;
  } finally {
    await sql.end();
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  let present = 0;
  let landed = 0;
  const lost: string[] = [];
  for (const draft of drafts) {
    const row = byId.get(draft.draftId);
    if (row && row.version === draft.version && row.text === draft.text) {
      present++;
    } else if (row && draft.inDoubt && row.version === draft.inDoubt.version && row.text === draft.inDoubt.text) {
      present++;
      landed++;
      Object.assign(draft, { version: row.version, text: row.text });
    } else {
      lost.push(`${draft.draftId}: acknowledged version ${draft.version} "${draft.text}", database ${row ? `version ${row.version} "${row.text}"` : 'has no such draft'}`);
    }
    draft.inDoubt = undefined;
  }
  if (lost.length > 0) console.error(`reliability: lost saves:\n  ${lost.slice(0, 10).join('\n  ')}`);
  report.add(
    SCENARIO,
    'after the kill and a restart, every draft holds its last acknowledged save (or the one in flight)',
    lost.length === 0,
    `${present}/${drafts.length} drafts as acknowledged (${landed} with the unanswered save in flight), ${lost.length} lost`,
  );

  // The restarted server takes the same tab's next save at the version the database holds.
  const again = await Promise.all(drafts.map((draft, index) => client.save(draft.draftId, draft.version, `Jälkikatu ${index + 1}`)));
  let savedAgain = 0;
  again.forEach((answer, index) => {
    const draft = drafts[index]!;
    if (answer.kind === 'saved' && answer.version === draft.version + 1) {
      savedAgain++;
      Object.assign(draft, { version: answer.version, text: `Jälkikatu ${index + 1}` });
    }
  });
  report.add(
    SCENARIO,
    'the restarted server takes the next autosave of every draft, same session',
    savedAgain === drafts.length,
    `restart to healthy ${seconds(app.startMs)}; ${savedAgain}/${drafts.length} saved`,
  );
  return { app, drafts };
}
