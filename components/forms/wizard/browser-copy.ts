'use client';

import type { Answers } from '@/lib/forms/definition';

/**
 * Unsaved edits kept in the browser while the session has ended (FRM3, going further): keyed by
 * form and owner, so nobody else signing in on the same browser gets them, and brought back
 * after signing in again.
 */
export type BrowserCopy = { draftId: string | null; version: number | null; page: number; answers: Answers; at: string };

const key = (slug: string, ownerKey: string) => `asiointi.unsaved.${slug}.${ownerKey}`;

export function keepInBrowser(slug: string, ownerKey: string, copy: Omit<BrowserCopy, 'at'>): void {
  try {
    localStorage.setItem(key(slug, ownerKey), JSON.stringify({ ...copy, at: new Date().toISOString() }));
  } catch {
    // Private mode or a full storage: nothing more can be done in the browser.
  }
}

export function readBrowserCopy(slug: string, ownerKey: string): BrowserCopy | null {
  try {
    const text = localStorage.getItem(key(slug, ownerKey));
    return text ? (JSON.parse(text) as BrowserCopy) : null;
  } catch {
    return null;
  }
}

export function forgetBrowserCopy(slug: string, ownerKey: string): void {
  try {
    localStorage.removeItem(key(slug, ownerKey));
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
