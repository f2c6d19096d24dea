/**
 * Addresses and numbers that read the same in every language, kept out of the message files
 * (where a text identical in all three would look untranslated).
 */
export const DATA_PROTECTION_EMAIL = 'tietosuoja@hel.fi';
export const CITY_POSTAL_ADDRESS = ['Helsingin kaupunki', 'PL 1', '00099 Helsingin kaupunki'] as const;

export const ACCESSIBILITY_SUPERVISOR = {
  website: 'https://www.saavutettavuusvaatimukset.fi',
  websiteLabel: 'www.saavutettavuusvaatimukset.fi',
  email: 'saavutettavuus@avi.fi',
  phone: '0295 016 000',
  phoneUri: 'tel:+358295016000',
} as const;

export const DATA_PROTECTION_OMBUDSMAN = { website: 'https://tietosuoja.fi', websiteLabel: 'tietosuoja.fi' } as const;

/** When the accessibility statement was prepared (Act on the Provision of Digital Services). */
export const ACCESSIBILITY_STATEMENT_DATE = new Date('2026-11-22T12:00:00+02:00');
/** When the privacy notice was last updated. */
export const PRIVACY_NOTICE_DATE = new Date('2026-11-22T12:00:00+02:00');

export const SUPPORTED_BROWSERS = ['Google Chrome', 'Mozilla Firefox', 'Apple Safari', 'Microsoft Edge'] as const;
