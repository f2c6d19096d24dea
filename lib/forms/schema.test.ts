import { describe, expect, it } from 'vitest';
import { demoForms } from '@/db/seed/demo-forms';
import type { FormDefinition, LocalizedText } from './definition';
import { allFields } from './definition';
import { checkAnswers, normalisePhone } from './schema';
import { readPageAnswers } from './form-data';

const l = (text: string): LocalizedText => ({ fi: text, sv: text, en: text });
const options = [
  { value: 'a', label: l('A') },
  { value: 'b', label: l('B') },
];

/** One field of every type, one conditional field and a repeating group. */
const definition: FormDefinition = {
  slug: 'everything',
  serviceSlug: 'everything',
  title: l('Everything'),
  lead: l('Lead'),
  pages: [
    {
      id: 'first',
      title: l('First'),
      fields: [
        { name: 'text', type: 'text', label: l('Text'), required: true, maxLength: 10 },
        { name: 'chip', type: 'text', label: l('Chip'), pattern: { regex: '^\\d{3}$', message: l('Three digits') } },
        { name: 'long', type: 'longText', label: l('Long'), maxLength: 20 },
        { name: 'email', type: 'email', label: l('E-mail') },
        { name: 'phone', type: 'phone', label: l('Phone') },
        { name: 'pic', type: 'personalIdentityCode', label: l('Code') },
        { name: 'businessId', type: 'businessId', label: l('Business ID') },
        { name: 'postalCode', type: 'postalCode', label: l('Postal code') },
        { name: 'date', type: 'date', label: l('Date'), notInFuture: true },
        { name: 'number', type: 'number', label: l('Number'), min: 1, max: 10, integer: true },
        { name: 'select', type: 'select', label: l('Select'), options },
        { name: 'radio', type: 'radio', label: l('Radio'), options },
        { name: 'checkboxes', type: 'checkboxes', label: l('Checkboxes'), options },
        { name: 'yesNo', type: 'yesNo', label: l('Yes or no'), required: true },
        { name: 'why', type: 'text', label: l('Why'), required: true, visibleWhen: { field: 'yesNo', equals: ['yes'] } },
        { name: 'files', type: 'attachment', label: l('Files'), maxFiles: 2 },
      ],
    },
    {
      id: 'second',
      title: l('Second'),
      fields: [
        {
          name: 'children',
          type: 'group',
          label: l('Children'),
          itemLabel: l('Child'),
          required: true,
          maxItems: 2,
          fields: [
            { name: 'name', type: 'text', label: l('Name'), required: true },
            { name: 'pupil', type: 'yesNo', label: l('Pupil') },
            { name: 'school', type: 'text', label: l('School'), required: true, visibleWhen: { field: 'pupil', equals: ['yes'] } },
          ],
        },
      ],
    },
  ],
};

const today = '2026-06-15';
const submit = (answers: unknown, pages?: number[]) => checkAnswers(definition, answers, { mode: 'submit', pages, today });
const errorsOf = (answers: unknown, pages?: number[]) => {
  const result = submit(answers, pages);
  return result.ok ? {} : result.fieldErrors;
};

describe('the schema derived from a form definition', () => {
  it('requires the required fields on the pages checked, and only those', () => {
    expect(errorsOf({}, [0])).toEqual({ text: 'FormErrors.required', yesNo: 'FormErrors.required' });
    expect(errorsOf({}, [1])).toEqual({ children: 'FormErrors.tooFewItems' });
    expect(Object.keys(errorsOf({}))).toEqual(['text', 'yesNo', 'children']);
  });

  it('does not take spaces alone for an answer to a required question', () => {
    expect(errorsOf({ text: '   ', yesNo: 'no' }, [0])).toEqual({ text: 'FormErrors.required' });
  });

  it('checks each type’s format and gives its own message', () => {
    const errors = errorsOf(
      {
        text: 'far too long a text',
        chip: '12a',
        long: 'x'.repeat(21),
        email: 'not an address',
        phone: '12345',
        pic: '210281-9989',
        businessId: '1234567-8',
        postalCode: '0010',
        date: '2026-06-16',
        number: '3.5',
        select: 'c',
        radio: 'z',
        checkboxes: ['a', 'x'],
        yesNo: 'maybe',
        files: ['1', '2', '3'],
      },
      [0],
    );
    expect(errors).toEqual({
      text: 'FormErrors.tooLong',
      chip: 'FormErrors.invalidFormat',
      long: 'FormErrors.tooLong',
      email: 'FormErrors.email',
      phone: 'FormErrors.phone',
      pic: 'FormErrors.personalIdentityCodeCheck',
      businessId: 'FormErrors.businessIdCheck',
      postalCode: 'FormErrors.postalCode',
      date: 'FormErrors.dateInFuture',
      number: 'FormErrors.integer',
      select: 'FormErrors.invalidChoice',
      radio: 'FormErrors.invalidChoice',
      checkboxes: 'FormErrors.invalidChoice',
      yesNo: 'FormErrors.invalidChoice',
      files: 'FormErrors.tooManyFiles',
    });
    expect(errorsOf({ text: 'x', yesNo: 'no', number: '11', date: '2026-02-30' }, [0])).toEqual({ number: 'FormErrors.numberTooLarge', date: 'FormErrors.date' });
  });

  it('gives back the answers normalised, as they are kept', () => {
    const result = submit(
      {
        text: ' Testaaja ',
        email: 'Portaalia@Example.FI',
        phone: '040 123 4567',
        pic: '210281-9988',
        businessId: '234567-8',
        postalCode: '00100',
        date: '2026-06-15',
        number: '7',
        select: 'a',
        radio: 'b',
        checkboxes: ['a', 'b'],
        yesNo: 'no',
        children: [{ name: 'Iida', pupil: 'no' }],
      },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers).toMatchObject({ text: 'Testaaja', email: 'portaalia@example.fi', phone: '+358401234567', businessId: '0234567-8', checkboxes: ['a', 'b'] });
  });

  it('asks for a conditional field only while it is shown, and drops its answer when it is hidden', () => {
    expect(errorsOf({ text: 'x', yesNo: 'yes' }, [0])).toEqual({ why: 'FormErrors.required' });
    const hidden = submit({ text: 'x', yesNo: 'no', why: 'left over' }, [0]);
    expect(hidden).toEqual({ ok: true, answers: { text: 'x', yesNo: 'no' } });
  });

  it('checks each item of a repeating group, with its own conditional fields, and limits the items', () => {
    expect(errorsOf({ children: [{ name: 'Iida', pupil: 'yes' }, { pupil: 'no' }] }, [1])).toEqual({
      'children.0.school': 'FormErrors.required',
      'children.1.name': 'FormErrors.required',
    });
    expect(errorsOf({ children: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }, [1])).toEqual({ children: 'FormErrors.tooManyItems' });
  });

  it('accepts an unfinished draft and refuses only what would corrupt it', () => {
    const draft = (answers: unknown) => checkAnswers(definition, answers, { mode: 'draft' });
    expect(draft({})).toEqual({ ok: true, answers: {} });
    expect(draft({ email: 'half@', pic: '2102', unknown: 'dropped' })).toEqual({ ok: true, answers: { email: 'half@', pic: '2102' } });
    expect(draft({ text: 'x'.repeat(11) })).toEqual({ ok: false, fieldErrors: { text: 'FormErrors.tooLong' } });
    expect(draft({ text: ['not', 'text'] })).toEqual({ ok: false, fieldErrors: { text: 'FormErrors.invalid' } });
    expect(draft({ checkboxes: 'a' })).toEqual({ ok: false, fieldErrors: { checkboxes: 'FormErrors.invalid' } });
    expect(draft({ children: [{ name: 5 }] })).toEqual({ ok: false, fieldErrors: { 'children.0.name': 'FormErrors.invalid' } });
  });

  it('drops U+0000, which PostgreSQL cannot store, from every answer of a draft', () => {
    const draft = checkAnswers(definition, { text: 'Mu\u0000sti', checkboxes: ['a\u0000'], children: [{ name: 'Ri\u0000ku' }] }, { mode: 'draft' });
    expect(draft).toEqual({ ok: true, answers: { text: 'Musti', checkboxes: ['a'], children: [{ name: 'Riku' }] } });
  });

  it('reads a page posted without JavaScript into the same answers', () => {
    const data = new FormData();
    data.append('text', 'x');
    data.append('checkboxes', 'a');
    data.append('checkboxes', 'b');
    data.append('children.1.name', 'Toinen');
    data.append('children.0.name', 'Eka');
    data.append('children.0.pupil', 'yes');
    expect(readPageAnswers(definition.pages[0]!, data)).toMatchObject({ text: 'x', checkboxes: ['a', 'b'], files: [], yesNo: '' });
    expect(readPageAnswers(definition.pages[1]!, data)).toEqual({
      children: [
        { name: 'Eka', pupil: 'yes', school: '' },
        { name: 'Toinen', pupil: '', school: '' },
      ],
    });
  });

  it('takes Finnish phone numbers in any usual form', () => {
    expect(normalisePhone('09 310 1234')).toBe('+35893101234');
    expect(normalisePhone('+358 (0)40 123 4567')).toBe('+358401234567');
    expect(normalisePhone('abc')).toBeNull();
  });
});

describe('the demo forms', () => {
  it.each(demoForms.map(({ definition }) => [definition.slug, definition] as const))('%s has unique field names, three languages and conditions on fields that exist', (_slug, form) => {
    const fields = allFields(form);
    const names = fields.map((field) => field.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of fields) {
      for (const locale of ['fi', 'sv', 'en'] as const) expect(field.label[locale], `${field.name} ${locale}`).not.toBe('');
      if (field.visibleWhen) expect(names).toContain(field.visibleWhen.field);
    }
    expect(checkAnswers(form, {}, { mode: 'draft' }).ok).toBe(true);
    expect(checkAnswers(form, {}, { mode: 'submit' }).ok).toBe(false);
  });

  it('the dog declaration has the guide’s pages in the guide’s order', () => {
    const dog = demoForms.find(({ definition }) => definition.slug === 'dog-declaration')!.definition;
    expect(dog.pages.map((page) => page.title.en)).toEqual(['Owner information', 'Dog information', 'Change information', 'Additional information and tracking data']);
    expect(dog.pages[0]!.fields.map((field) => [field.label.en, Boolean(field.required)])).toEqual([
      ['Last name', true],
      ['First name', true],
      ['Personal identity code', true],
      ['Telephone number during office hours', false],
      ['E-mail address', true],
      ['Street address', true],
      ['Zipcode', true],
      ['Post office', true],
    ]);
  });
});
