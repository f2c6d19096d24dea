import type { FieldErrors as HookFormErrors } from 'react-hook-form';

const ERROR_KEYS = new Set(['message', 'type', 'ref', 'types']);

/**
 * react-hook-form's errors, nested by path, as the forms show them: "dogs.0.name" → message
 * key. A repeating group's own error ("too few items") comes as its `root` when its items have
 * errors too, and as the group's own otherwise.
 */
export function flatErrors(errors: HookFormErrors | Record<string, unknown>, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || ERROR_KEYS.has(key)) continue;
    const path = key === 'root' && prefix ? prefix : prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) flat[path] = message;
    Object.assign(flat, flatErrors(value as Record<string, unknown>, path));
  }
  return flat;
}
