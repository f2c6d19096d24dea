/**
 * What the two-instance test's pieces share: the addresses and settings of the topology that
 * start-topology.ts starts, and the table of what was checked, which each step adds a row to and
 * the teardown prints.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The proxy (the one public address) listens here, the two instances on the next two ports. */
export const TOPOLOGY_PORT = Number(process.env.TOPOLOGY_PORT ?? 3150);
export const PUBLIC_URL = `http://localhost:${TOPOLOGY_PORT}`;
export const INSTANCE_PORTS = [TOPOLOGY_PORT + 1, TOPOLOGY_PORT + 2] as const;
/** Any production build; CI passes the end-to-end tests' (the build does not depend on the settings it runs with). */
export const BUILD_DIR = process.env.TOPOLOGY_BUILD_DIR ?? '.next-topology';

/** Handed from the setup to the tests through the environment (Playwright passes it on to its workers). */
export type TopologyState = {
  databaseUrl: string;
  instancePids: number[];
  workerPid: number;
  workerLog: string;
  checksFile: string;
  attachmentsDir: string;
};

export function topologyState(): TopologyState {
  const text = process.env.TOPOLOGY_STATE;
  if (!text) throw new Error('TOPOLOGY_STATE is not set: run these tests with npm run test:topology');
  return JSON.parse(text) as TopologyState;
}

export function instanceUrl(instance: 1 | 2): string {
  return `http://127.0.0.1:${INSTANCE_PORTS[instance - 1]}`;
}

export type Check = { check: string; result: string; ms?: number };

/** Adds a row to the table the teardown prints. */
export function recordCheck(checksFile: string, row: Check): void {
  appendFileSync(checksFile, `${JSON.stringify(row)}\n`);
}

export function checkTable(checksFile: string): string {
  if (!existsSync(checksFile)) return '(nothing was checked)';
  const rows = readFileSync(checksFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Check);
  const width = Math.max(...rows.map((row) => row.check.length), 5);
  const lines = rows.map((row) => `${row.check.padEnd(width)}  ${row.ms === undefined ? '      ' : `${(row.ms / 1000).toFixed(1).padStart(5)}s`}  ${row.result}`);
  return [`${'check'.padEnd(width)}  time    result`, `${'-'.repeat(width)}  ------  ------`, ...lines].join('\n');
}

export const ROOT = path.resolve(__dirname, '..', '..');
