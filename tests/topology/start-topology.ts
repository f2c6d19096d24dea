/**
 * Playwright's global setup for `npm run test:topology`: the production topology on one machine.
 *
 *   a throw-away PostgreSQL (.ci/throwaway-postgres.sh)
 *   `npm run db:migrate` as the deploy step, `npm run db:seed` for the catalogue and forms
 *   two app instances (`node server.mjs`, one build, MIGRATE_ON_START=false, JOBS_IN_APP=false)
 *   one job worker (`npm run worker`)
 *   a round-robin proxy in front of the instances: the one PUBLIC_URL people use
 *
 * Both instances and the worker share one AUTH_SECRET, one pair of personal identity code keys
 * and one attachments folder (production keeps attachments in object storage; a shared folder is
 * the same to the instances). Instance 1 starts before the migrations and must not be ready
 * until they have run. The returned teardown stops the worker and the instances with SIGTERM,
 * checks that they stopped cleanly, removes everything and prints the table of checks.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanUp, freePorts, onCleanUp, startDatabase, stopGroup } from '../../bench/server';
import { nextRound } from '../../lib/notifications/schedule';
import { startRoundRobinProxy } from './round-robin-proxy';
import { BUILD_DIR, INSTANCE_PORTS, PUBLIC_URL, ROOT, TOPOLOGY_PORT, checkTable, instanceUrl, recordCheck, type TopologyState } from './topology';

const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

type Started = { child: ChildProcess; log: string };

function start(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): Started {
  const fd = openSync(log, 'a');
  // A process group of its own: stopping the group stops whatever npm and tsx started under it.
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  onCleanUp(() => stopGroup(child));
  return { child, log };
}

function runStep(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}\n(log: ${log})`);
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, started?: Started): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (started && started.child.exitCode !== null) throw new Error(`${what}: the process stopped (exit ${started.child.exitCode}); see ${started.log}:\n${tail(started.log)}`);
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s${started ? `; see ${started.log}:\n${tail(started.log)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-30).join('\n') : '';
}

export default async function startTopology(): Promise<() => Promise<void>> {
  const setupStarted = Date.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asiointi-topology-'));
  const checksFile = path.join(dir, 'checks.jsonl');
  const attachmentsDir = path.join(dir, 'shared-attachments');
  const timed = async <T>(check: string, result: string, step: () => Promise<T> | T): Promise<T> => {
    const began = Date.now();
    const value = await step();
    recordCheck(checksFile, { check, result, ms: Date.now() - began });
    return value;
  };

  try {
    if (!existsSync(path.join(ROOT, BUILD_DIR, 'BUILD_ID'))) {
      await timed(`production build into ${BUILD_DIR}`, 'built', () => runStep(process.execPath, [NEXT_BIN, 'build'], { ...process.env, BUILD_DIR, NEXT_TELEMETRY_DISABLED: '1' }, 'next build'));
    }
    const [databasePort] = await freePorts(1);
    const databaseUrl = await timed('throw-away PostgreSQL', 'started', () => startDatabase(databasePort!));

    // What every process of the deployment shares: generated here, as a real deployment's
    // secret store would hand them out, never the development values.
    const shared: NodeJS.ProcessEnv = {
      ...process.env,
      // The test identification service and the test clock: the only differences from production.
      APP_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PUBLIC_URL,
      BUILD_DIR,
      DATA_DIR: path.join(dir, 'data'),
      ATTACHMENTS_DIR: attachmentsDir,
      MIGRATE_ON_START: 'false',
      JOBS_IN_APP: 'false',
      SEED_DEMO_DATA: 'false',
      AUTH_SECRET: randomBytes(32).toString('base64'),
      OIDC_CLIENT_SECRET: randomBytes(24).toString('base64url'),
      PERSONAL_ID_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      PERSONAL_ID_HASH_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'info',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    delete shared.AUTH_URL;

    // Instance 2 is stopped by the tests, and stays open five seconds after SIGTERM while not ready.
    const startInstance = (instance: 1 | 2) =>
      start(process.execPath, ['server.mjs', '--port', String(INSTANCE_PORTS[instance - 1]), '--shutdown-delay', instance === 2 ? '5' : '0'], shared, path.join(dir, `instance-${instance}.log`));

    // Instance 1 of the new release starts before the deploy step has migrated: alive, not ready.
    const first = startInstance(1);
    await timed('instance 1 before migrations: /api/live', '200 alive', () =>
      waitFor('instance 1 alive', async () => ((await getJson(`${instanceUrl(1)}/api/live`))?.status === 200 ? true : undefined), 120_000, first));
    const notReady = await getJson(`${instanceUrl(1)}/api/ready`);
    if (notReady?.status !== 503 || notReady.body.reason !== 'migrations-pending') {
      throw new Error(`instance 1 on an unmigrated database: /api/ready answered ${JSON.stringify(notReady)}, not 503 migrations-pending`);
    }
    recordCheck(checksFile, { check: 'instance 1 before migrations: /api/ready', result: `503 migrations-pending (${String(notReady.body.pending)} pending)` });

    await timed('deploy step: npm run db:migrate (once)', 'applied', () => runStep('npm', ['run', 'db:migrate'], shared, 'db:migrate'));
    await timed('deploy step: npm run db:seed (catalogue, forms)', 'written', () => runStep('npm', ['run', 'db:seed'], shared, 'db:seed'));
    await timed('instance 1 after migrations: /api/ready', '200 ready, without a restart', () =>
      waitFor('instance 1 ready', async () => ((await getJson(`${instanceUrl(1)}/api/ready`))?.status === 200 ? true : undefined), 60_000, first));

    const second = startInstance(2);
    await timed('instance 2: /api/ready', '200 ready', () =>
      waitFor('instance 2 ready', async () => ((await getJson(`${instanceUrl(2)}/api/ready`))?.status === 200 ? true : undefined), 120_000, second));

    // The worker's clock starts a minute into the next notification round, so the deliveries it
    // works go out rather than wait for the morning, whatever the hour of the test run.
    const round = nextRound(new Date());
    const workerOffset = round.getTime() + 60_000 - Date.now();
    const worker = start('npm', ['run', 'worker'], { ...shared, TEST_CLOCK_OFFSET_MS: String(workerOffset) }, path.join(dir, 'worker.log'));
    await timed('worker: npm run worker', `working (its clock at the round of ${round.toISOString()})`, () =>
      waitFor('worker started', async () => (tail(worker.log).includes('job queue started') ? true : undefined), 60_000, worker));

    const proxy = await startRoundRobinProxy(TOPOLOGY_PORT, [...INSTANCE_PORTS]);
    onCleanUp(() => proxy.close());
    recordCheck(checksFile, { check: 'setup in all', result: `${PUBLIC_URL} → instances on ${INSTANCE_PORTS.join(', ')}`, ms: Date.now() - setupStarted });

    const state: TopologyState = {
      databaseUrl,
      instancePids: [first.child.pid!, second.child.pid!],
      workerPid: worker.child.pid!,
      workerLog: worker.log,
      checksFile,
      attachmentsDir,
    };
    process.env.TOPOLOGY_STATE = JSON.stringify(state);

    return async () => {
      // The worker finishes the jobs it has and leaves on SIGTERM (npm passes the signal on).
      const began = Date.now();
      try {
        process.kill(-worker.child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      // npm leaves at once; the worker under it is gone when the whole process group is.
      const groupAlive = () => {
        try {
          process.kill(-worker.child.pid!, 0);
          return true;
        } catch {
          return false;
        }
      };
      while (groupAlive() && Date.now() - began < 20_000) await new Promise((resolve) => setTimeout(resolve, 100));
      const gone = !groupAlive();
      // The worker's log says what it did.
      const log = tail(worker.log);
      const stoppedWell = gone && log.includes('worker stopping') && !/"level":"(error|fatal)"/.test(log.slice(log.indexOf('worker stopping')));
      recordCheck(checksFile, {
        check: 'worker on SIGTERM',
        result: stoppedWell ? 'finished the jobs in hand and left' : `FAILED: ${gone ? 'no clean stop in its log' : 'still running after 20 s'}`,
        ms: Date.now() - began,
      });
      await cleanUp();
      console.log(`\nTwo instances, one worker, one PostgreSQL (${((Date.now() - setupStarted) / 1000).toFixed(0)} s in all):\n${checkTable(checksFile)}\n`);
      if (!stoppedWell) throw new Error(`the worker did not stop cleanly on SIGTERM; its log: ${worker.log}`);
      await rm(dir, { recursive: true, force: true });
    };
  } catch (error) {
    await cleanUp();
    console.error(`${checkTable(checksFile)}\n(the logs are in ${dir})`);
    throw error;
  }
}
