/**
 * The portal's notion of "now". Everything that depends on time (session idle time, code
 * expiry, rate-limit windows) asks here, so tests can move time without waiting for it.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Moves this process's clock; for tests only (the test clock route refuses outside tests). */
export function setClockOffset(milliseconds: number): void {
  offsetMs = milliseconds;
}

export function clockOffset(): number {
  return offsetMs;
}
