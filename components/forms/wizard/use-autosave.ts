'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answers } from '@/lib/forms/definition';
import type { AutosaveInput, AutosaveResult } from '@/lib/forms/wizard-state';

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying' }
  | { kind: 'expired' }
  | { kind: 'conflict' }
  | { kind: 'invalid' };

/** Saving shortly after typing stops, at least this often while there are changes, and when the tab is hidden. */
export const AUTOSAVE_DELAY_MS = 3000;
export const AUTOSAVE_INTERVAL_MS = 5 * 60 * 1000;
const RETRY_MS = [5000, 10000, 30000, 60000];
/** How long a post of the page waits for an autosave on its way before it goes anyway. */
export const SETTLE_WAIT_MS = 10_000;

type Options = {
  slug: string;
  page: number;
  draftId: string | null;
  version: number | null;
  /** The page's answers as the form has them now. */
  read: () => Answers;
  save: (input: AutosaveInput) => Promise<AutosaveResult>;
  /** A new draft, or a new version of it, after each save. */
  onSaved: (draftId: string, version: number) => void;
  /** The session has ended: the page's answers must be kept in the browser. */
  onExpired: (answers: Answers) => void;
};

/**
 * Autosave (FRM3): a save a few seconds after the last change, when the tab is hidden, and at
 * least every five minutes while something is unsaved. A failed save is retried with a growing
 * pause; an ended session or another tab's newer save stops it and says so.
 */
export function useAutosave({ slug, page, draftId, version, read, save, onSaved, onExpired }: Options) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const state = useRef({ draftId, version, dirty: false, inFlight: false, again: false, stopped: false, retries: 0 });
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Who waits for the save on its way to land (see `landed` below).
  const waiting = useRef<(() => void)[]>([]);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writingAlone = useRef(false);
  useEffect(() => {
    // A post of the page may have started the draft or saved a newer version of it.
    if (draftId) Object.assign(state.current, { draftId, version });
  }, [draftId, version]);
  const callbacks = useRef({ read, save, onSaved, onExpired });
  useEffect(() => {
    callbacks.current = { read, save, onSaved, onExpired };
  });

  // Retries and follow-up saves call the latest flush through this.
  const again = useRef<() => Promise<void>>(async () => {});
  const flush = useCallback(async (): Promise<void> => {
    const current = state.current;
    if (current.stopped || !current.dirty) return;
    if (current.inFlight) {
      current.again = true;
      return;
    }
    current.inFlight = true;
    current.dirty = false;
    setStatus({ kind: 'saving' });
    const answers = callbacks.current.read();
    let result: AutosaveResult | null = null;
    try {
      result = await callbacks.current.save({ slug, page, draftId: current.draftId, version: current.version, answers });
    } catch {
      result = null;
    }
    current.inFlight = false;
    // Those waiting go on once this function has taken in the result: a promise's callbacks run
    // after its last line, when the new version is in `state`.
    for (const resolve of waiting.current.splice(0)) resolve();
    if (!result || result.status === 'notFound') {
      current.dirty = true;
      setStatus({ kind: 'retrying' });
      clearTimeout(retry.current);
      retry.current = setTimeout(() => void again.current(), RETRY_MS[Math.min(current.retries++, RETRY_MS.length - 1)]);
      return;
    }
    current.retries = 0;
    if (result.status === 'saved') {
      current.draftId = result.draftId;
      current.version = result.version;
      callbacks.current.onSaved(result.draftId, result.version);
      setStatus({ kind: 'saved', at: new Date(result.savedAt) });
      if (current.again || current.dirty) {
        current.again = false;
        current.dirty = true;
        void again.current();
      }
      return;
    }
    if (result.status === 'invalid') {
      // Something typed does not fit (too long): shown beside the field when the person moves on.
      current.dirty = true;
      setStatus({ kind: 'invalid' });
      return;
    }
    current.stopped = true;
    if (result.status === 'expired') {
      callbacks.current.onExpired(answers);
      setStatus({ kind: 'expired' });
    } else if (result.status === 'conflict') {
      setStatus({ kind: 'conflict' });
    }
  }, [slug, page]);

  useEffect(() => {
    again.current = flush;
  }, [flush]);

  /** Called on every change of the form. */
  const changed = useCallback(() => {
    state.current.dirty = true;
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', hidden);
    const interval = setInterval(() => void flush(), AUTOSAVE_INTERVAL_MS);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      clearInterval(interval);
      clearTimeout(debounce.current);
      clearTimeout(retry.current);
    };
  }, [flush]);

  /** Before the form is posted: nothing more to autosave, the post saves it. */
  const settle = useCallback(() => {
    clearTimeout(debounce.current);
    state.current.dirty = false;
    state.current.again = false;
  }, []);

  /**
   * Whether an autosave is on its way; when it has landed (or after SETTLE_WAIT_MS); and the draft
   * and version the page has now. A post of the page sent while a save is on its way would carry
   * the version before that save and be refused as coming from a stale tab.
   */
  const saving = useCallback(() => state.current.inFlight, []);
  const landed = useCallback(
    (): Promise<void> =>
      new Promise((resolve) => {
        if (!state.current.inFlight) return resolve();
        waiting.current.push(resolve);
        // A write made with `alone` (a file on its way) is waited for as long as it takes: its progress shows.
        if (!writingAlone.current) setTimeout(resolve, SETTLE_WAIT_MS);
      }),
    [],
  );
  const latest = useCallback(() => ({ draftId: state.current.draftId, version: state.current.version }), []);

  /**
   * Another write of the draft made from this page (an upload of a file, which saves the page's
   * answers too): it starts once an autosave on its way has landed, with the draft and version
   * that save gave, and no autosave goes while it is on its way. It answers with the draft and
   * version it saved, if it saved; what was changed meanwhile is saved after it, with those. A
   * write that fails (throws) leaves the page's answers to be saved by the autosave again.
   */
  const alone = useCallback(
    async <T,>(write: (ids: { draftId: string | null; version: number | null }) => Promise<{ result: T; saved?: { draftId: string; version: number } }>): Promise<T> => {
      while (state.current.inFlight) await landed();
      const current = state.current;
      clearTimeout(debounce.current);
      // The write carries the page's answers as they are now.
      current.dirty = false;
      current.again = false;
      current.inFlight = true;
      writingAlone.current = true;
      let failed = true;
      try {
        const { result, saved } = await write({ draftId: current.draftId, version: current.version });
        failed = false;
        if (saved) {
          current.draftId = saved.draftId;
          current.version = saved.version;
          callbacks.current.onSaved(saved.draftId, saved.version);
        }
        return result;
      } finally {
        current.inFlight = false;
        writingAlone.current = false;
        for (const resolve of waiting.current.splice(0)) resolve();
        if (failed || current.again || current.dirty) {
          current.again = false;
          current.dirty = true;
          void again.current();
        }
      }
    },
    [landed],
  );

  return { status, changed, settle, flush, saving, landed, latest, alone };
}
