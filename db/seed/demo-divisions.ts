import type { LocalizedText } from '../schema';

export type DemoDivision = { slug: string; name: LocalizedText; feedbackUrl: string };

export const demoDivisions: DemoDivision[] = [
  {
    slug: 'education',
    name: { fi: 'Kasvatuksen ja koulutuksen toimiala', sv: 'Sektorn för fostran och utbildning', en: 'Education Division' },
    feedbackUrl: 'https://palautteet.hel.fi/',
  },
  {
    slug: 'social-health',
    name: { fi: 'Sosiaali-, terveys- ja pelastustoimiala', sv: 'Social-, hälsovårds- och räddningssektorn', en: 'Social Services, Health Care and Rescue Services Division' },
    feedbackUrl: 'https://palautteet.hel.fi/',
  },
  {
    slug: 'culture-leisure',
    name: { fi: 'Kulttuurin ja vapaa-ajan toimiala', sv: 'Kultur- och fritidssektorn', en: 'Culture and Leisure Division' },
    feedbackUrl: 'https://palautteet.hel.fi/',
  },
  {
    slug: 'urban-environment',
    name: { fi: 'Kaupunkiympäristön toimiala', sv: 'Stadsmiljösektorn', en: 'Urban Environment Division' },
    feedbackUrl: 'https://palautteet.hel.fi/',
  },
  {
    slug: 'city-executive-office',
    name: { fi: 'Kaupunginkanslia', sv: 'Stadskansliet', en: 'City Executive Office' },
    feedbackUrl: 'https://palautteet.hel.fi/',
  },
];
