import type { ServiceContent } from '@/lib/catalogue/service-content';

/*
 * Wordings many service descriptions share, so that they read the same everywhere.
 */

type Localized = ServiceContent['summary'];

/** Opening hours on weekdays, e.g. weekdays(9, 15) → "ma–pe klo 9–15", "Mon–Fri 9 AM–3 PM". */
export function weekdays(from: number, to: number): Localized {
  const clock = (hour: number) => (hour < 12 ? `${hour} AM` : hour === 12 ? '12 noon' : `${hour - 12} PM`);
  return { fi: `ma–pe klo ${from}–${to}`, sv: `mån–fre kl. ${from}–${to}`, en: `Mon–Fri ${clock(from)}–${clock(to)}` };
}

export const localCallCharge: Localized = {
  fi: 'Puhelun hinta on paikallisverkko- tai matkapuhelinmaksu.',
  sv: 'Samtalet kostar lokalnätsavgift eller mobilsamtalsavgift.',
  en: 'Calls cost the local network or mobile call charge.',
};

export const freeOfCharge: Localized = {
  fi: 'Palvelu on maksuton.',
  sv: 'Tjänsten är avgiftsfri.',
  en: 'The service is free of charge.',
};

/** Addresses of the city's pages in each language, on the demo domain. */
export function cityPages(fi: string, sv: string, en: string): Localized {
  return { fi: `https://www.hel.test/fi/${fi}`, sv: `https://www.hel.test/sv/${sv}`, en: `https://www.hel.test/en/${en}` };
}

export const helsinkiInfo: Localized = {
  fi: 'Helsinki-info, Kaupungintalo, Pohjoisesplanadi 11–13, Helsinki. Avoinna ma–pe klo 9–16.',
  sv: 'Helsingfors-info, Stadshuset, Norra esplanaden 11–13, Helsingfors. Öppet mån–fre kl. 9–16.',
  en: 'Helsinki Info, City Hall, Pohjoisesplanadi 11–13, Helsinki. Open Mon–Fri 9 AM–4 PM.',
};
