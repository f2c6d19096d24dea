/**
 * The portal's notion of "now". Everything that depends on time (session idle time, code
 * expiry, rate-limit windows) asks here, so tests can move time without waiting for it.
 */
// On globalThis: Next bundles route handlers and pages separately, each with its own copy of
// this module, and a moved clock must hold for all of them.
const holder = globalThis as typeof globalThis & { asiointiClockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (holder.asiointiClockOffsetMs ?? 0));
}

/** Moves this process's clock; for tests only (the test clock route refuses outside tests). */
export function setClockOffset(milliseconds: number): void {
  holder.asiointiClockOffsetMs = milliseconds;
}

export function clockOffset(): number {
  return holder.asiointiClockOffsetMs ?? 0;
}
