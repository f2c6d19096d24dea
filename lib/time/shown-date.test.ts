import { describe, expect, it } from 'vitest';
import { shortDateTime, shownDate } from './shown-date';

describe('dates as the portal shows them', () => {
  const summer = new Date('2026-07-01T05:05:00Z'); // 8.05 in Helsinki (summer time)
  const winter = new Date('2026-12-01T05:05:00Z'); // 7.05 in Helsinki

  it('shows a moment in Helsinki time, in the short style of each language as written in Finland', () => {
    expect(shortDateTime(summer, 'fi')).toBe('1.7.2026 klo 8.05');
    expect(shortDateTime(winter, 'fi')).toBe('1.12.2026 klo 7.05');
    expect(shortDateTime(summer, 'sv')).toBe('1.7.2026 8.05');
  });

  it('writes English dates day first with a 24-hour clock, never month first', () => {
    expect(shortDateTime(summer, 'en')).toBe('01/07/2026, 08:05');
    expect(shownDate(summer, 'en', 'date')).toBe('01/07/2026');
    expect(shownDate(summer, 'en', 'longDate')).toBe('1 July 2026');
    expect(shownDate(summer, 'en', 'mediumDateTime')).toBe('1 Jul 2026, 08:05');
  });

  it('gives long dates in words', () => {
    expect(shownDate(summer, 'fi', 'longDate')).toBe('1. heinäkuuta 2026');
    expect(shownDate(summer, 'sv', 'longDate')).toBe('1 juli 2026');
  });

  it('keeps a calendar date someone gave as it was given, whatever the time zone', () => {
    const given = new Date(Date.UTC(2024, 2, 1));
    expect(shownDate(given, 'fi', 'answerDate')).toBe('1.3.2024');
    expect(shownDate(given, 'en', 'answerDate')).toBe('1 Mar 2024');
  });
});
