import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/*
 * The server actions of the build the end-to-end server runs, and the two ways a browser calls
 * one: a fetch with the Next-Action header (with JavaScript), and a form post carrying the
 * action's id as a field (without it). The security specs post them with a foreign Origin.
 */

export type BuiltAction = { id: string; file: string; name: string; pagePath: string };

const buildDir = process.env.E2E_BUILD_DIR ?? '.next-e2e';

// What a dynamic segment is given when the action is posted to its page: Next checks the
// Origin before it looks at the page, the action or its arguments.
const samples: Record<string, string> = { locale: 'en', itemNumber: '100000', slug: 'dog-declaration', id: '00000000-0000-4000-8000-000000000000', bank: 'nordea' };

/** `app/[locale]/(resident)/profile/edit/page` → `/en/profile/edit`. */
function pagePathOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, '')
    .replace(/\/page$/, '')
    .split('/')
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const name = /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1];
      return name ? (samples[name] ?? 'x') : segment;
    });
  return `/${segments.join('/')}`;
}

/** Every server action in the build's manifest, with one page that runs it. */
export async function builtServerActions(): Promise<BuiltAction[]> {
  const manifest = JSON.parse(await readFile(path.join(buildDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const worker = Object.keys(action.workers).find((name) => name.endsWith('/page') && !name.startsWith('app/cached/')) ?? Object.keys(action.workers)[0]!;
    return { id, file: action.filename, name: action.exportedName, pagePath: pagePathOf(worker) };
  });
}

/** Every `export async function` of every 'use server' module in the source, as `file#name`. */
export async function serverActionsInSource(): Promise<string[]> {
  const found: string[] = [];
  for (const root of ['app', 'lib', 'components']) {
    for (const file of await sourceFiles(root)) {
      const source = await readFile(file, 'utf8');
      if (!/^['"]use server['"]/.test(source.trimStart())) continue;
      for (const [, name] of source.matchAll(/^export async function (\w+)/gm)) found.push(`${file}#${name}`);
    }
  }
  return found.sort();
}

async function sourceFiles(directory: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(full)));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
  }
  return files;
}

/** A call of the action as the browser's JavaScript makes it (no arguments). */
export function fetchAction(request: APIRequestContext, action: BuiltAction, origin: string) {
  return request.post(action.pagePath, {
    headers: { 'next-action': action.id, origin, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' },
    data: '[]',
    maxRedirects: 0,
  });
}

/** A form post to the action as a page without JavaScript sends it. */
export function formPostAction(request: APIRequestContext, action: BuiltAction, origin: string) {
  return request.post(action.pagePath, {
    headers: { origin },
    multipart: { [`$ACTION_ID_${action.id}`]: '' },
    maxRedirects: 0,
  });
}
