import { describe, expect, it } from 'vitest';
import { formatItemNumber, parseItemNumber } from './item-number';

describe('item numbers', () => {
  it('are shown with six digits', () => {
    expect(formatItemNumber(123)).toBe('000123');
    expect(formatItemNumber(100123)).toBe('100123');
    expect(formatItemNumber(1234567)).toBe('1234567');
  });

  it('are read as people type them and as addresses carry them', () => {
    expect(parseItemNumber('100123')).toBe(100123);
    expect(parseItemNumber(' #100 123 ')).toBe(100123);
    expect(parseItemNumber('000123')).toBe(123);
    expect(parseItemNumber(100123)).toBe(100123);
  });

  it('are nothing else', () => {
    for (const value of ['', '0', '12a', '-5', '1.5', '9'.repeat(16), null, undefined, {}, ['1']]) expect(parseItemNumber(value)).toBeNull();
  });
});
