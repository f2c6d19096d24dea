import type { Field, LocalizedText, Option } from '@/lib/forms/definition';

export const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });
export const option = (value: string, fi: string, sv: string, en: string): Option => ({ value, label: t(fi, sv, en) });

/** The person's own details as the guide's dog declaration asks them, prefilled (FRM6). */
export function personFields(options: { phoneRequired?: boolean; address?: boolean } = {}): Field[] {
  const fields: Field[] = [
    { name: 'lastName', type: 'text', label: t('Sukunimi', 'Efternamn', 'Last name'), required: true, prefill: 'lastName' },
    { name: 'firstNames', type: 'text', label: t('Etunimi', 'Förnamn', 'First name'), required: true, prefill: 'firstNames' },
    {
      name: 'personalIdentityCode',
      type: 'personalIdentityCode',
      label: t('Henkilötunnus', 'Personbeteckning', 'Personal identity code'),
      required: true,
      prefill: 'personalIdentityCode',
    },
    {
      name: 'phone',
      type: 'phone',
      label: t('Puhelinnumero virka-aikana', 'Telefonnummer under tjänstetid', 'Telephone number during office hours'),
      help: t('Esimerkiksi 040 123 4567 tai +358 40 123 4567.', 'Till exempel 040 123 4567 eller +358 40 123 4567.', 'For example 040 123 4567 or +358 40 123 4567.'),
      required: options.phoneRequired ?? false,
      prefill: 'phone',
    },
    { name: 'email', type: 'email', label: t('Sähköpostiosoite', 'E-postadress', 'E-mail address'), required: true, prefill: 'email' },
  ];
  if (options.address !== false) {
    fields.push(
      { name: 'streetAddress', type: 'text', label: t('Katuosoite', 'Gatuadress', 'Street address'), required: true, prefill: 'streetAddress' },
      { name: 'postalCode', type: 'postalCode', label: t('Postinumero', 'Postnummer', 'Zipcode'), help: t('Viisi numeroa, esimerkiksi 00100.', 'Fem siffror, till exempel 00100.', 'Five digits, for example 00100.'), required: true, prefill: 'postalCode' },
      { name: 'postOffice', type: 'text', label: t('Postitoimipaikka', 'Postanstalt', 'Post office'), required: true, prefill: 'postOffice' },
    );
  }
  return fields;
}
