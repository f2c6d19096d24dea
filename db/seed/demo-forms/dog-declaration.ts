import type { FormDefinition } from '@/lib/forms/definition';
import { option, personFields, t } from './common';

/**
 * The dog declaration as the e-services guide shows it: owner information, dog information,
 * change information, additional information and tracking data, then the summary.
 */
export const dogDeclaration: FormDefinition = {
  slug: 'dog-declaration',
  serviceSlug: 'dog-declaration',
  title: t('Koiraveroilmoitus', 'Hundskattedeklaration', 'Dog declaration'),
  lead: t(
    'Täytä tiedot, niin käsittelemme ilmoituksesi pian.',
    'Fyll i uppgifterna så behandlar vi din anmälan snart.',
    'Please fill in the information and we will process your application soon.',
  ),
  pages: [
    {
      id: 'owner',
      title: t('Omistajan tiedot', 'Ägarens uppgifter', 'Owner information'),
      fields: personFields(),
    },
    {
      id: 'dog',
      title: t('Koiran tiedot', 'Hundens uppgifter', 'Dog information'),
      fields: [
        { name: 'dogName', type: 'text', label: t('Koiran nimi', 'Hundens namn', 'Name of the dog'), required: true, maxLength: 80 },
        { name: 'breed', type: 'text', label: t('Rotu', 'Ras', 'Breed'), help: t('Sekarotuisesta koirasta kirjoita ”sekarotuinen”.', 'För en blandrashund, skriv ”blandras”.', 'For a mixed-breed dog, write “mixed breed”.'), required: true, maxLength: 80 },
        {
          name: 'dogSex',
          type: 'radio',
          label: t('Sukupuoli', 'Kön', 'Sex'),
          required: true,
          options: [option('male', 'Uros', 'Hane', 'Male'), option('female', 'Narttu', 'Tik', 'Female')],
        },
        { name: 'dateOfBirth', type: 'date', label: t('Syntymäaika', 'Födelsedatum', 'Date of birth'), required: true, notInFuture: true },
        { name: 'colour', type: 'text', label: t('Väri', 'Färg', 'Colour'), maxLength: 60 },
        {
          name: 'microchip',
          type: 'text',
          label: t('Tunnistusmerkintä (mikrosirun numero)', 'ID-märkning (mikrochipets nummer)', 'Identification (microchip number)'),
          help: t('15 numeroa, jotka löydät koiran rekisteröintitodistuksesta.', '15 siffror som du hittar i hundens registreringsintyg.', '15 digits, which you find on the dog’s registration certificate.'),
          required: true,
          maxLength: 15,
          pattern: { regex: '^\\d{15}$', message: t('Mikrosirun numerossa on 15 numeroa.', 'Mikrochipets nummer har 15 siffror.', 'A microchip number has 15 digits.') },
        },
        { name: 'assistanceDog', type: 'yesNo', label: t('Onko koira opas-, avustaja- tai kuulokoira?', 'Är hunden ledar-, assistans- eller hörselhund?', 'Is the dog a guide, assistance or hearing dog?'), required: true },
        {
          name: 'assistanceType',
          type: 'radio',
          label: t('Koiran tehtävä', 'Hundens uppgift', 'The dog’s role'),
          required: true,
          visibleWhen: { field: 'assistanceDog', equals: ['yes'] },
          options: [
            option('guide', 'Opaskoira', 'Ledarhund', 'Guide dog'),
            option('assistance', 'Avustajakoira', 'Assistanshund', 'Assistance dog'),
            option('hearing', 'Kuulokoira', 'Hörselhund', 'Hearing dog'),
          ],
        },
      ],
    },
    {
      id: 'change',
      title: t('Muutostiedot', 'Ändringsuppgifter', 'Change information'),
      fields: [
        {
          name: 'declarationType',
          type: 'radio',
          label: t('Mitä ilmoitat?', 'Vad anmäler du?', 'What are you declaring?'),
          required: true,
          options: [
            option('new-dog', 'Uusi koira (täyttänyt kolme kuukautta)', 'Ny hund (fyllt tre månader)', 'A new dog (three months old)'),
            option('moved-to-helsinki', 'Muutin Helsinkiin koiran kanssa', 'Jag flyttade till Helsingfors med hunden', 'I moved to Helsinki with the dog'),
            option('received', 'Sain koiran toiselta omistajalta', 'Jag fick hunden av en annan ägare', 'I received the dog from another owner'),
            option('given-away', 'Koira siirtyi uudelle omistajalle', 'Hunden fick en ny ägare', 'The dog moved to a new owner'),
            option('died', 'Koira on kuollut', 'Hunden har dött', 'The dog has died'),
            option('address', 'Osoitteeni on muuttunut', 'Min adress har ändrats', 'My address has changed'),
          ],
        },
        { name: 'changeDate', type: 'date', label: t('Muutospäivä', 'Datum för ändringen', 'Date of the change'), required: true, notInFuture: true },
        {
          name: 'previousOwner',
          type: 'text',
          label: t('Edellisen omistajan nimi', 'Den tidigare ägarens namn', 'Name of the previous owner'),
          required: true,
          visibleWhen: { field: 'declarationType', equals: ['received'] },
        },
        {
          name: 'newOwner',
          type: 'text',
          label: t('Uuden omistajan nimi', 'Den nya ägarens namn', 'Name of the new owner'),
          required: true,
          visibleWhen: { field: 'declarationType', equals: ['given-away'] },
        },
        {
          name: 'newOwnerAddress',
          type: 'text',
          label: t('Uuden omistajan osoite', 'Den nya ägarens adress', 'Address of the new owner'),
          visibleWhen: { field: 'declarationType', equals: ['given-away'] },
        },
        {
          name: 'previousMunicipality',
          type: 'text',
          label: t('Edellinen kotikunta', 'Tidigare hemkommun', 'Previous municipality'),
          visibleWhen: { field: 'declarationType', equals: ['moved-to-helsinki'] },
        },
      ],
    },
    {
      id: 'additional',
      title: t('Lisätiedot ja seurantatiedot', 'Tilläggsuppgifter och uppföljningsuppgifter', 'Additional information and tracking data'),
      fields: [
        {
          name: 'additionalInformation',
          type: 'longText',
          label: t('Lisätietoja', 'Tilläggsuppgifter', 'Additional information'),
          help: t('Kerro tässä, jos haluat lisätä jotain ilmoitukseesi.', 'Berätta här om du vill tillägga något till din anmälan.', 'Tell us here if you want to add something to your declaration.'),
          maxLength: 2000,
        },
        {
          name: 'ownReference',
          type: 'text',
          label: t('Oma viitteesi', 'Din egen referens', 'Your own reference'),
          help: t('Näkyy asiointikansiossa, jotta tunnistat ilmoituksen myöhemmin.', 'Syns i e-tjänstmappen så att du känner igen anmälan senare.', 'Shown in the e-services folder, so that you recognise the declaration later.'),
          maxLength: 60,
        },
        {
          name: 'contactBy',
          type: 'radio',
          label: t('Miten otamme sinuun yhteyttä tarvittaessa?', 'Hur kontaktar vi dig vid behov?', 'How do we contact you if needed?'),
          required: true,
          options: [
            option('folder', 'Viestillä asiointikansioon', 'Med ett meddelande i e-tjänstmappen', 'By a message in the e-services folder'),
            option('email', 'Sähköpostilla', 'Per e-post', 'By e-mail'),
            option('phone', 'Puhelimella', 'Per telefon', 'By telephone'),
          ],
        },
      ],
    },
  ],
};
