/**
 * The wizard's check of one page in the browser, through react-hook-form: the resolver runs the
 * same zod schema the server action runs (`answersSchema`), on the answers read from the form the
 * way the server action reads the post (`readPageAnswers`). The inputs stay plain, uncontrolled
 * ones, so the form posts as it is without JavaScript; react-hook-form keeps the errors.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors as HookFormErrors, Resolver } from 'react-hook-form';
import type { Answers, FormDefinition } from '@/lib/forms/definition';
import { answersSchema, type FieldErrors } from '@/lib/forms/schema';

/** A resolver that checks page `pageIndex` of the answers `read` gives, whatever react-hook-form holds. */
export function pageResolver(definition: FormDefinition, pageIndex: number, read: () => Answers, today?: string): Resolver<Answers> {
  const schema = answersSchema(definition, { mode: 'submit', pages: [pageIndex], today });
  const resolve = zodResolver(schema, undefined, { mode: 'sync' }) as unknown as Resolver<Answers>;
  return (_values, context, options) => resolve(read(), context, options);
}

const ERROR_KEYS = new Set(['message', 'type', 'ref', 'types']);

/**
 * react-hook-form's errors, nested by path, as the wizard shows them: "dogs.0.name" → message
 * key. A repeating group's own error ("too few items") comes as its `root` when its items have
 * errors too, and as the group's own otherwise.
 */
export function flatErrors(errors: HookFormErrors | Record<string, unknown>, prefix = ''): FieldErrors {
  const flat: FieldErrors = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || ERROR_KEYS.has(key)) continue;
    const path = key === 'root' && prefix ? prefix : prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) flat[path] = message;
    Object.assign(flat, flatErrors(value as Record<string, unknown>, path));
  }
  return flat;
}
