import { describe, expect, it } from 'vitest';
import { createFormatter } from 'next-intl';
import { shortDateTime } from './shown-date';

describe('shortDateTime', () => {
  const moment = new Date('2026-07-01T05:05:00Z'); // 8.05 in Helsinki (summer time)

  it('shows a moment in Helsinki time in the short style of each language', () => {
    expect(shortDateTime(moment, 'fi')).toBe('1.7.2026 klo 8.05');
    expect(shortDateTime(new Date('2026-12-01T05:05:00Z'), 'fi')).toBe('1.12.2026 klo 7.05');
  });

  it('says the same as next-intl’s short date and time, which the other pages use', () => {
    for (const locale of ['fi', 'sv', 'en']) {
      const format = createFormatter({ locale, timeZone: 'Europe/Helsinki' });
      expect(shortDateTime(moment, locale)).toBe(format.dateTime(moment, { dateStyle: 'short', timeStyle: 'short' }));
    }
  });
});
