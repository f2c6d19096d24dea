'use client';

import type { Answers } from '@/lib/forms/definition';

/**
 * Unsaved edits kept in the browser while the session has ended (FRM3, going further): keyed by
 * form and owner, so nobody else signing in on the same browser gets them, and brought back
 * after signing in again. Each draft has its own copy, and a form not yet saved as a draft has one
 * per browser tab: a person with the same form open in several tabs gets back what each tab held,
 * and a new form opened in one tab never takes up what another tab was typing.
 */
export type BrowserCopy = { draftId: string | null; version: number | null; page: number; answers: Answers; at: string };

const TAB_ID_KEY = 'asiointi.tab';
const PREFIX = 'asiointi.unsaved.';

/** This tab's own name, kept for as long as the tab is open (a sign-in on the way keeps it). */
function tabId(): string {
  let id = sessionStorage.getItem(TAB_ID_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(TAB_ID_KEY, id);
  }
  return id;
}

const key = (slug: string, ownerKey: string, draftId: string | null) =>
  `${PREFIX}${slug}.${ownerKey}.${draftId ?? `new.${tabId()}`}`;

export function keepInBrowser(slug: string, ownerKey: string, copy: Omit<BrowserCopy, 'at'>): void {
  try {
    localStorage.setItem(key(slug, ownerKey, copy.draftId), JSON.stringify({ ...copy, at: new Date().toISOString() }));
  } catch {
    // Private mode or a full storage: nothing more can be done in the browser.
  }
}

/** The copy kept of this draft, or of this tab's form not yet saved when `draftId` is null. */
export function readBrowserCopy(slug: string, ownerKey: string, draftId: string | null): BrowserCopy | null {
  try {
    const text = localStorage.getItem(key(slug, ownerKey, draftId));
    return text ? (JSON.parse(text) as BrowserCopy) : null;
  } catch {
    return null;
  }
}

export function forgetBrowserCopy(slug: string, ownerKey: string, draftId: string | null): void {
  try {
    localStorage.removeItem(key(slug, ownerKey, draftId));
  } catch {
    // As above.
  }
}

/** A copy is for coming back after signing in again; after a day it is only personal data left behind. */
export const BROWSER_COPY_KEEP_MS = 24 * 60 * 60 * 1000;

/** Removes every form's copies older than a day (or unreadable), whoever they belong to. */
export function sweepOldBrowserCopies(now: number = Date.now()): void {
  try {
    const old: string[] = [];
    for (let index = 0; index < localStorage.length; index++) {
      const name = localStorage.key(index);
      if (!name?.startsWith(PREFIX)) continue;
      try {
        const at = Date.parse((JSON.parse(localStorage.getItem(name) ?? '') as BrowserCopy).at);
        if (!(now - at < BROWSER_COPY_KEEP_MS)) old.push(name);
      } catch {
        old.push(name);
      }
    }
    for (const name of old) localStorage.removeItem(name);
  } catch {
    // As above.
  }
}

/** Puts answers back into the form's inputs by their names ("group.0.field" inside groups). */
export function applyToForm(form: HTMLFormElement, answers: Answers): void {
  const pairs: [string, string | string[]][] = [];
  for (const [name, value] of Object.entries(answers)) {
    if (Array.isArray(value) && value.some((entry) => typeof entry === 'object')) {
      (value as Record<string, string | string[]>[]).forEach((item, index) => {
        for (const [child, childValue] of Object.entries(item)) pairs.push([`${name}.${index}.${child}`, childValue]);
      });
    } else {
      pairs.push([name, value as string | string[]]);
    }
  }
  for (const [name, value] of pairs) {
    const values = Array.isArray(value) ? value : [value];
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
      if (element.name !== name) continue;
      if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) element.checked = values.includes(element.value);
      else element.value = values[0] ?? '';
    }
  }
}
