/** Text size A A A (UI2): the root font size in per cent, remembered in a cookie for a year. */
export const textSizes = ['100', '125', '150'] as const;
export type TextSize = (typeof textSizes)[number];
export const TEXT_SIZE_COOKIE = 'text-size';
export const TEXT_SIZE_MAX_AGE = 60 * 60 * 24 * 365;

export function parseTextSize(value: unknown): TextSize {
  return typeof value === 'string' && (textSizes as readonly string[]).includes(value) ? (value as TextSize) : '100';
}
