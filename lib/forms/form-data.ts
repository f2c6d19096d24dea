/**
 * Reads one page's answers from a posted form, the same way in the browser (autosave) and in
 * the server action (a plain post without JavaScript). A repeating group's inputs are named
 * "group.index.field".
 */
import { isListField, type Answers, type FormPage, type GroupItem, type ScalarField } from './definition';

function readScalar(field: ScalarField, formData: FormData, name: string): string | string[] {
  if (isListField(field)) return formData.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** How many items of a group the post carries: the highest index named, plus one. */
function groupSize(formData: FormData, group: string): number {
  let size = 0;
  for (const key of formData.keys()) {
    const match = new RegExp(`^${group}\\.(\\d+)\\.`).exec(key);
    if (match) size = Math.max(size, Number(match[1]) + 1);
  }
  return Math.min(size, 50);
}

export function readPageAnswers(page: FormPage, formData: FormData): Answers {
  const answers: Answers = {};
  for (const field of page.fields) {
    if (field.type === 'group') {
      const items: GroupItem[] = [];
      for (let index = 0; index < groupSize(formData, field.name); index++) {
        const item: GroupItem = {};
        for (const child of field.fields) item[child.name] = readScalar(child, formData, `${field.name}.${index}.${child.name}`);
        items.push(item);
      }
      answers[field.name] = items;
    } else {
      answers[field.name] = readScalar(field, formData, field.name);
    }
  }
  return answers;
}

/** Only the answers of `page`'s own fields: a save of one page never writes another page's answers. */
export function pageAnswersOnly(page: FormPage | undefined, answers: Answers): Answers {
  if (!page) return {};
  return Object.fromEntries(page.fields.filter((field) => field.name in answers).map((field) => [field.name, answers[field.name]!]));
}
