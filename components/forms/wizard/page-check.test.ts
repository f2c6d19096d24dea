import { describe, expect, it } from 'vitest';
import type { ResolverOptions } from 'react-hook-form';
import type { Answers, FormDefinition, LocalizedText } from '@/lib/forms/definition';
import { checkAnswers } from '@/lib/forms/schema';
import { flatErrors } from '@/components/forms/browser-check';
import { pageResolver } from './page-check';

const l = (text: string): LocalizedText => ({ fi: text, sv: text, en: text });

const definition: FormDefinition = {
  slug: 'grant',
  serviceSlug: 'grant',
  title: l('Grant'),
  lead: l('Lead'),
  pages: [
    {
      id: 'applicant',
      title: l('Applicant'),
      fields: [
        { name: 'email', type: 'email', label: l('E-mail'), required: true },
        { name: 'businessId', type: 'businessId', label: l('Business ID') },
        { name: 'start', type: 'date', label: l('Start'), notInPast: true },
        { name: 'member', type: 'yesNo', label: l('Member'), required: true },
        { name: 'since', type: 'number', label: l('Since'), required: true, integer: true, visibleWhen: { field: 'member', equals: ['yes'] } },
      ],
    },
    {
      id: 'people',
      title: l('People'),
      fields: [
        {
          name: 'people',
          type: 'group',
          label: l('People'),
          itemLabel: l('Person'),
          minItems: 2,
          maxItems: 3,
          fields: [
            { name: 'name', type: 'text', label: l('Name'), required: true },
            { name: 'pic', type: 'personalIdentityCode', label: l('Code') },
          ],
        },
      ],
    },
  ],
};

const today = '2026-06-15';
const resolverOptions: ResolverOptions<Answers> = { fields: {}, shouldUseNativeValidation: false };

async function browserCheck(page: number, answers: Answers) {
  const result = await pageResolver(definition, page, () => answers, today)({}, undefined, resolverOptions);
  return flatErrors(result.errors);
}

function serverCheck(page: number, answers: Answers) {
  const result = checkAnswers(definition, answers, { mode: 'submit', pages: [page], today });
  return result.ok ? {} : result.fieldErrors;
}

describe('the check of a page in the browser', () => {
  const cases: [string, number, Answers][] = [
    ['an empty page', 0, { email: '', businessId: '', start: '', member: '' }],
    ['formats wrong', 0, { email: 'half@', businessId: '1234567-1', start: '2026-06-14', member: 'yes', since: '1,5' }],
    ['a conditional question left empty', 0, { email: 'a@example.fi', member: 'yes', since: '' }],
    ['a page in order', 0, { email: 'a@example.fi', businessId: '0116297-6', start: '2026-06-15', member: 'no', since: 'hidden' }],
    ['too few items, one unnamed', 1, { people: [{ name: '', pic: '131052-308T' }] }],
    ['items with their own errors', 1, { people: [{ name: 'Iida', pic: '131052-308X' }, { name: '' }] }],
    ['too many items', 1, { people: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }] }],
    ['items in order', 1, { people: [{ name: 'a' }, { name: 'b', pic: '131052-308T' }] }],
  ];

  it.each(cases)('finds what the server action finds: %s', async (_case, page, answers) => {
    expect(await browserCheck(page, answers)).toEqual(serverCheck(page, answers));
  });

  it('names each problem by the path of its input, with its message key', async () => {
    expect(await browserCheck(0, { email: 'half@', member: '' })).toEqual({ email: 'FormErrors.email', member: 'FormErrors.required' });
    expect(await browserCheck(1, { people: [{ name: '' }] })).toEqual({ people: 'FormErrors.tooFewItems', 'people.0.name': 'FormErrors.required' });
  });

  it('checks the answers it reads from the form, not the values react-hook-form was handed', async () => {
    const resolver = pageResolver(definition, 0, () => ({ email: '', member: 'no' }), today);
    const result = await resolver({ email: 'a@example.fi', member: 'no' }, undefined, resolverOptions);
    expect(flatErrors(result.errors)).toEqual({ email: 'FormErrors.required' });
  });

  it('gives the answers as they are kept when the page is in order', async () => {
    const result = await pageResolver(definition, 0, () => ({ email: ' A@Example.FI ', member: 'no', since: '3' }), today)({}, undefined, resolverOptions);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ email: 'a@example.fi', member: 'no' });
  });
});
