import type { LocalizedText } from '../schema';

export type DemoService = { slug: string; division: string; popularity: number; name: LocalizedText; summary: LocalizedText };

/** The first services of the demo catalogue: the ones the front page lists as popular. */
export const demoServices: DemoService[] = [
  {
    slug: 'day-care-application',
    division: 'education',
    popularity: 100,
    name: { fi: 'Varhaiskasvatus- tai esiopetushakemus', sv: 'Ansökan om småbarnspedagogik eller förskoleundervisning', en: 'Day care or pre-school application' },
    summary: {
      fi: 'Hae lapsellesi paikkaa kunnalliseen varhaiskasvatukseen tai esiopetukseen.',
      sv: 'Ansök om en plats inom kommunal småbarnspedagogik eller förskoleundervisning för ditt barn.',
      en: 'Apply for a place for your child in municipal early childhood education or pre-school.',
    },
  },
  {
    slug: 'social-assistance',
    division: 'social-health',
    popularity: 90,
    name: { fi: 'Toimeentulotuki', sv: 'Utkomststöd', en: 'Social assistance' },
    summary: {
      fi: 'Hae täydentävää tai ehkäisevää toimeentulotukea.',
      sv: 'Ansök om kompletterande eller förebyggande utkomststöd.',
      en: 'Apply for supplementary or preventive social assistance.',
    },
  },
  {
    slug: 'dog-declaration',
    division: 'urban-environment',
    popularity: 80,
    name: { fi: 'Koiraveroilmoitus', sv: 'Hundskattedeklaration', en: 'Dog declaration' },
    summary: {
      fi: 'Ilmoita koirasi tiedot, omistajan muutos tai koiran kuolema.',
      sv: 'Anmäl uppgifterna om din hund, byte av ägare eller hundens död.',
      en: 'Declare your dog, a change of owner or the death of the dog.',
    },
  },
  {
    slug: 'adult-education-enrolment',
    division: 'education',
    popularity: 70,
    name: { fi: 'Työväenopistot, ilmoittautuminen verkossa', sv: 'Arbetarinstitut, anmälan på nätet', en: 'Adult education institutes, online enrolment' },
    summary: {
      fi: 'Työväenopistojen kurssit ja ilmoittautuminen verkossa.',
      sv: 'Arbetarinstitutens kurser och anmälan på nätet.',
      en: 'Course listings and online enrolment to the adult education institutes.',
    },
  },
  {
    slug: 'dental-care',
    division: 'social-health',
    popularity: 60,
    name: { fi: 'Suun terveydenhuollon asiointi', sv: 'E-tjänst för munhälsovård', en: 'Dental care e-service' },
    summary: {
      fi: 'Varaa, siirrä tai peru hammashoitoaika.',
      sv: 'Boka, flytta eller avboka en tid till tandvården.',
      en: 'Book, move or cancel a dental care appointment.',
    },
  },
];
