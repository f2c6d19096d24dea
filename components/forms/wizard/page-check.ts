/**
 * What the wizard checks of one page in the browser: the same zod schema the server action runs
 * (`answersSchema`), on the answers read from the form the way the server action reads the post
 * (`readPageAnswers`). react-hook-form runs it through `useBrowserCheck`.
 */
import type { Resolver } from 'react-hook-form';
import { readingResolver } from '@/components/forms/browser-check';
import type { Answers, FormDefinition } from '@/lib/forms/definition';
import { answersSchema } from '@/lib/forms/schema';

/** The schema of page `pageIndex` once it is complete. */
export function pageSchema(definition: FormDefinition, pageIndex: number, today?: string) {
  return answersSchema(definition, { mode: 'submit', pages: [pageIndex], today });
}

/** The resolver `useBrowserCheck` makes for the page: page `pageIndex` of the answers `read` gives. */
export function pageResolver(definition: FormDefinition, pageIndex: number, read: () => Answers, today?: string): Resolver<Answers> {
  return readingResolver(pageSchema(definition, pageIndex, today), read);
}
