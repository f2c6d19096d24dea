/**
 * The wizard's check of one page in the browser, through react-hook-form: the resolver runs the
 * same zod schema the server action runs (`answersSchema`), on the answers read from the form the
 * way the server action reads the post (`readPageAnswers`). The inputs stay plain, uncontrolled
 * ones, so the form posts as it is without JavaScript; react-hook-form keeps the errors.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { Answers, FormDefinition } from '@/lib/forms/definition';
import { answersSchema } from '@/lib/forms/schema';

/** A resolver that checks page `pageIndex` of the answers `read` gives, whatever react-hook-form holds. */
export function pageResolver(definition: FormDefinition, pageIndex: number, read: () => Answers, today?: string): Resolver<Answers> {
  const schema = answersSchema(definition, { mode: 'submit', pages: [pageIndex], today });
  const resolve = zodResolver(schema, undefined, { mode: 'sync' }) as unknown as Resolver<Answers>;
  return (_values, context, options) => resolve(read(), context, options);
}
