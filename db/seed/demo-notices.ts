import type { LocalizedText } from '../schema';

export type DemoNotice = {
  slug: string;
  level: 'info' | 'alert';
  title: LocalizedText;
  body: LocalizedText;
  linkUrl: LocalizedText | null;
  linkText: LocalizedText | null;
};

export const demoNotices: DemoNotice[] = [
  {
    slug: 'day-care-applications-open',
    level: 'info',
    title: {
      fi: 'Varhaiskasvatuksen syksyn haku on käynnissä',
      sv: 'Ansökan till småbarnspedagogiken för hösten pågår',
      en: 'Applications for day care starting in the autumn are open',
    },
    body: {
      fi: 'Jätä hakemus viimeistään neljä kuukautta ennen kuin tarvitset paikan.',
      sv: 'Lämna in ansökan senast fyra månader innan du behöver platsen.',
      en: 'Send your application at least four months before you need the place.',
    },
    linkUrl: {
      fi: '/fi/e-services/day-care-application',
      sv: '/sv/e-services/day-care-application',
      en: '/en/e-services/day-care-application',
    },
    linkText: {
      fi: 'Hae varhaiskasvatuspaikkaa',
      sv: 'Ansök om plats i småbarnspedagogiken',
      en: 'Apply for a day care place',
    },
  },
];
