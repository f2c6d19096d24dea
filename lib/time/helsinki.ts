/**
 * Wall-clock time in Helsinki, as editors type it into `datetime-local` fields, and back. The
 * offset is read from the time-zone database for each moment, so summer time is always right.
 */
const TIME_ZONE = 'Europe/Helsinki';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(date: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour!, minute: +parts.minute!, second: +parts.second! };
}

/** How far Helsinki's clock is ahead of UTC at `utcMs`, in milliseconds. */
function offsetAt(utcMs: number): number {
  const c = wallClock(new Date(utcMs));
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - (utcMs - (utcMs % 1000));
}

// "2026-11-22T10:00", "2026-11-22 10:00" (a browser without a date-time picker) or "22.11.2026 10.00".
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(?:klo\s+)?(\d{1,2})[.:](\d{2})$/;

/** The moment a Helsinki wall-clock time names, or null when the text is no such time. */
export function fromHelsinkiLocal(text: string): Date | null {
  const value = text.trim();
  let year: number, month: number, day: number, hour: number, minute: number;
  const iso = ISO_LOCAL.exec(value);
  const finnish = iso ? null : FINNISH.exec(value);
  if (iso) [year, month, day, hour, minute] = iso.slice(1, 6).map(Number) as [number, number, number, number, number];
  else if (finnish) [day, month, year, hour, minute] = finnish.slice(1, 6).map(Number) as [number, number, number, number, number];
  else return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).getUTCDate() !== day) return null; // 31 April and the like
  let moment = asUtc - offsetAt(asUtc);
  // Near a change of summer time the first guess used the other offset: correct once.
  const corrected = asUtc - offsetAt(moment);
  if (corrected !== moment) moment = corrected;
  return new Date(moment);
}

/** The moment as a `datetime-local` value on Helsinki's clock: "2026-11-22T12:00". */
export function toHelsinkiLocal(date: Date): string {
  const c = wallClock(date);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}`;
}
