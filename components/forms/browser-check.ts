/**
 * The parts of a form's check in the browser that are not React: react-hook-form's resolver over
 * what the form holds, and its errors as the forms show them. See use-browser-check.ts.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors as HookFormErrors, FieldValues, Resolver } from 'react-hook-form';
import { z } from 'zod';

// The pages' Content Security Policy allows no eval. Left to itself, zod's first check would try
// `new Function` to see whether it may compile its parsers, which the browser reports as a
// policy violation; in the browser it interprets instead (as fast, for forms of this size).
if (typeof window !== 'undefined') z.config({ jitless: true });

/**
 * A resolver that checks with `schema` the values `read` gives (the form as its server action
 * reads the post), whatever react-hook-form itself holds: the inputs are plain ones it does not
 * keep, so that the form also posts as it is without JavaScript.
 */
export function readingResolver<Values extends FieldValues>(schema: z.ZodType, read: () => unknown): Resolver<Values> {
  const resolve = zodResolver(schema as never, undefined, { mode: 'sync' }) as unknown as Resolver<Values>;
  return (_values, context, options) => resolve(read() as Values, context, options);
}

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
