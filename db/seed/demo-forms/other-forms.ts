import type { FormDefinition } from '@/lib/forms/definition';
import { option, personFields, t } from './common';

const lead = t(
  'Täytä tiedot, niin käsittelemme hakemuksesi pian.',
  'Fyll i uppgifterna så behandlar vi din ansökan snart.',
  'Please fill in the information and we will process your application soon.',
);

export const dayCareApplication: FormDefinition = {
  slug: 'day-care-application',
  serviceSlug: 'day-care-application',
  title: t('Varhaiskasvatus- tai esiopetushakemus', 'Ansökan om småbarnspedagogik eller förskoleundervisning', 'Day care or pre-school application'),
  lead,
  pages: [
    { id: 'guardian', title: t('Huoltajan tiedot', 'Vårdnadshavarens uppgifter', 'Guardian information'), fields: personFields({ phoneRequired: true }) },
    {
      id: 'children',
      title: t('Lapset', 'Barn', 'Children'),
      fields: [
        {
          name: 'children',
          type: 'group',
          label: t('Lapset, joille haet paikkaa', 'Barn som du söker plats för', 'Children you are applying for'),
          itemLabel: t('Lapsi', 'Barn', 'Child'),
          required: true,
          maxItems: 6,
          fields: [
            { name: 'name', type: 'text', label: t('Lapsen nimi', 'Barnets namn', 'Child’s name'), required: true },
            { name: 'personalIdentityCode', type: 'personalIdentityCode', label: t('Lapsen henkilötunnus', 'Barnets personbeteckning', 'Child’s personal identity code'), required: true },
            {
              name: 'serviceType',
              type: 'radio',
              label: t('Haettava palvelu', 'Tjänst som söks', 'Service applied for'),
              required: true,
              options: [option('day-care', 'Varhaiskasvatus', 'Småbarnspedagogik', 'Early childhood education'), option('pre-school', 'Esiopetus', 'Förskoleundervisning', 'Pre-school education')],
            },
          ],
        },
      ],
    },
    {
      id: 'care',
      title: t('Hoidon tarve', 'Vårdbehov', 'Need for care'),
      fields: [
        { name: 'startDate', type: 'date', label: t('Toivottu aloituspäivä', 'Önskat startdatum', 'Preferred start date'), required: true, notInPast: true },
        {
          name: 'careTime',
          type: 'radio',
          label: t('Hoitoaika', 'Vårdtid', 'Care time'),
          required: true,
          options: [
            option('full-day', 'Kokopäiväinen (yli 5 tuntia päivässä)', 'Heldag (över 5 timmar per dag)', 'Full day (over 5 hours a day)'),
            option('part-day', 'Osapäiväinen (enintään 5 tuntia päivässä)', 'Halvdag (högst 5 timmar per dag)', 'Part day (at most 5 hours a day)'),
          ],
        },
        {
          name: 'language',
          type: 'select',
          label: t('Varhaiskasvatuksen kieli', 'Språket för småbarnspedagogiken', 'Language of early childhood education'),
          required: true,
          options: [option('fi', 'suomi', 'finska', 'Finnish'), option('sv', 'ruotsi', 'svenska', 'Swedish')],
        },
        { name: 'preferredUnits', type: 'longText', label: t('Toivotut päiväkodit', 'Önskade daghem', 'Preferred day care centres'), help: t('Kirjoita enintään kolme päiväkotia toivejärjestyksessä.', 'Skriv högst tre daghem i önskad ordning.', 'Write at most three day care centres in order of preference.'), required: true, maxLength: 500 },
        { name: 'shiftCare', type: 'yesNo', label: t('Tarvitaanko vuorohoitoa?', 'Behövs skiftvård?', 'Is shift care needed?'), required: true },
      ],
    },
  ],
};

export const artsCultureGrants: FormDefinition = {
  slug: 'arts-culture-grants',
  serviceSlug: 'arts-culture-grants',
  title: t('Kulttuuri: taiteen ja kulttuurin avustukset', 'Kultur: understöd för konst och kultur', 'Culture: arts and culture grants'),
  lead,
  pages: [
    {
      id: 'applicant',
      title: t('Hakijan tiedot', 'Sökandens uppgifter', 'Applicant information'),
      fields: [
        {
          name: 'applicantType',
          type: 'radio',
          label: t('Haetko avustusta', 'Söker du understöd', 'Are you applying'),
          required: true,
          options: [option('person', 'henkilönä', 'som privatperson', 'as a person'), option('organisation', 'yhteisön puolesta', 'för en sammanslutning', 'for an organisation')],
        },
        { name: 'organisationName', type: 'text', label: t('Yhteisön nimi', 'Sammanslutningens namn', 'Name of the organisation'), required: true, visibleWhen: { field: 'applicantType', equals: ['organisation'] } },
        { name: 'businessId', type: 'businessId', label: t('Y-tunnus', 'FO-nummer', 'Business ID'), help: t('Esimerkiksi 1234567-8.', 'Till exempel 1234567-8.', 'For example 1234567-8.'), required: true, visibleWhen: { field: 'applicantType', equals: ['organisation'] } },
        ...personFields({ phoneRequired: true, address: true }),
      ],
    },
    {
      id: 'project',
      title: t('Hanke', 'Projekt', 'Project'),
      fields: [
        { name: 'projectName', type: 'text', label: t('Hankkeen nimi', 'Projektets namn', 'Name of the project'), required: true, maxLength: 120 },
        {
          name: 'artForm',
          type: 'checkboxes',
          label: t('Taiteenala', 'Konstart', 'Art form'),
          required: true,
          options: [
            option('music', 'Musiikki', 'Musik', 'Music'),
            option('theatre', 'Teatteri ja tanssi', 'Teater och dans', 'Theatre and dance'),
            option('visual', 'Kuvataide', 'Bildkonst', 'Visual arts'),
            option('literature', 'Kirjallisuus', 'Litteratur', 'Literature'),
            option('other', 'Muu', 'Annan', 'Other'),
          ],
        },
        { name: 'description', type: 'longText', label: t('Hankkeen kuvaus', 'Beskrivning av projektet', 'Description of the project'), required: true, maxLength: 4000 },
        { name: 'amount', type: 'number', label: t('Haettava summa (euroa)', 'Sökt belopp (euro)', 'Amount applied for (euros)'), required: true, min: 100, max: 50000, integer: true },
        { name: 'projectStart', type: 'date', label: t('Hanke alkaa', 'Projektet börjar', 'The project starts'), required: true },
      ],
    },
    {
      id: 'attachments',
      title: t('Liitteet', 'Bilagor', 'Attachments'),
      fields: [
        {
          name: 'budget',
          type: 'attachment',
          label: t('Talousarvio', 'Budget', 'Budget'),
          help: t('Talousarvio PDF-tiedostona.', 'Budgeten som PDF-fil.', 'The budget as a PDF file.'),
          required: true,
          maxFiles: 1,
          maxBytes: 2 * 1024 * 1024,
          accept: ['pdf'],
        },
        {
          name: 'otherAttachments',
          type: 'attachment',
          label: t('Muut liitteet', 'Övriga bilagor', 'Other attachments'),
          help: t('Esimerkiksi työnäytteet tai ansioluettelo.', 'Till exempel arbetsprov eller meritförteckning.', 'For example work samples or a CV.'),
          maxFiles: 5,
          maxBytes: 2 * 1024 * 1024,
          accept: ['pdf', 'jpg', 'png'],
        },
      ],
    },
  ],
};

export const refereeFee: FormDefinition = {
  slug: 'referee-fee',
  serviceSlug: 'referee-fee',
  title: t('Tuomaripalkkio', 'Domararvode', 'Referee fee'),
  lead,
  pages: [
    { id: 'referee', title: t('Tuomarin tiedot', 'Domarens uppgifter', 'Referee information'), fields: personFields() },
    {
      id: 'matches',
      title: t('Ottelut', 'Matcher', 'Matches'),
      fields: [
        {
          name: 'matches',
          type: 'group',
          label: t('Tuomitut ottelut', 'Dömda matcher', 'Matches refereed'),
          itemLabel: t('Ottelu', 'Match', 'Match'),
          required: true,
          maxItems: 10,
          fields: [
            { name: 'date', type: 'date', label: t('Päivämäärä', 'Datum', 'Date'), required: true, notInFuture: true },
            { name: 'teams', type: 'text', label: t('Joukkueet', 'Lag', 'Teams'), required: true },
            { name: 'fee', type: 'number', label: t('Palkkio (euroa)', 'Arvode (euro)', 'Fee (euros)'), required: true, min: 0, max: 1000 },
          ],
        },
        { name: 'iban', type: 'text', label: t('Tilinumero (IBAN)', 'Kontonummer (IBAN)', 'Account number (IBAN)'), required: true, maxLength: 34, pattern: { regex: '^FI\\d{2}\\s?(\\d{4}\\s?){3}\\d{2}$', message: t('Suomalainen IBAN, esimerkiksi FI21 1234 5600 0007 85.', 'Finskt IBAN, till exempel FI21 1234 5600 0007 85.', 'A Finnish IBAN, for example FI21 1234 5600 0007 85.') } },
      ],
    },
  ],
};

export const copiesOfCertificates: FormDefinition = {
  slug: 'copies-of-certificates',
  serviceSlug: 'copies-of-certificates',
  title: t('Todistusjäljennösten tilaaminen', 'Beställning av kopior av betyg och intyg', 'Requesting copies of certificates'),
  lead,
  pages: [
    { id: 'applicant', title: t('Tilaajan tiedot', 'Beställarens uppgifter', 'Applicant information'), fields: personFields() },
    {
      id: 'certificates',
      title: t('Todistukset', 'Betyg och intyg', 'Certificates'),
      fields: [
        {
          name: 'certificates',
          type: 'checkboxes',
          label: t('Mitä todistuksia tilaat?', 'Vilka betyg eller intyg beställer du?', 'Which certificates are you requesting?'),
          required: true,
          options: [
            option('school', 'Peruskoulun päättötodistus', 'Avgångsbetyg från grundskolan', 'Basic education leaving certificate'),
            option('upper-secondary', 'Lukion päättötodistus', 'Gymnasiets avgångsbetyg', 'Upper secondary school certificate'),
            option('employment', 'Työtodistus kaupungin palveluksesta', 'Arbetsintyg från stadens tjänst', 'Certificate of employment with the city'),
          ],
        },
        { name: 'school', type: 'text', label: t('Koulu tai työpaikka', 'Skola eller arbetsplats', 'School or workplace'), required: true },
        { name: 'year', type: 'number', label: t('Valmistumis- tai päättymisvuosi', 'Examens- eller slutår', 'Year of graduation or end of employment'), required: true, integer: true, min: 1900, max: 2100 },
        { name: 'nameThen', type: 'text', label: t('Nimesi silloin, jos se on muuttunut', 'Ditt namn då, om det har ändrats', 'Your name then, if it has changed') },
        {
          name: 'delivery',
          type: 'radio',
          label: t('Toimitustapa', 'Leveranssätt', 'Delivery'),
          required: true,
          options: [option('post', 'Postitse', 'Per post', 'By post'), option('pickup', 'Noudan itse', 'Jag hämtar själv', 'I will collect it')],
        },
      ],
    },
  ],
};

/** A health care form: its service is not saved in the folder (FOL3). */
export const healthQuestionnaire: FormDefinition = {
  slug: 'health-questionnaire',
  serviceSlug: 'health-questionnaire',
  title: t('Terveystarkastuksen esitietolomake', 'Förhandsuppgifter inför hälsogranskning', 'Health check questionnaire'),
  lead: t(
    'Vastauksesi menevät suoraan terveysaseman potilastietoihin. Niitä ei tallenneta asiointikansioon.',
    'Dina svar går direkt till hälsostationens patientjournal. De sparas inte i e-tjänstmappen.',
    'Your answers go directly to the health station’s patient records. They are not saved in the e-services folder.',
  ),
  pages: [
    { id: 'patient', title: t('Perustiedot', 'Grunduppgifter', 'Basic information'), fields: personFields({ address: false }) },
    {
      id: 'health',
      title: t('Terveys ja elintavat', 'Hälsa och levnadsvanor', 'Health and lifestyle'),
      fields: [
        {
          name: 'smoking',
          type: 'radio',
          label: t('Tupakoitko?', 'Röker du?', 'Do you smoke?'),
          required: true,
          options: [option('no', 'En', 'Nej', 'No'), option('sometimes', 'Satunnaisesti', 'Ibland', 'Sometimes'), option('daily', 'Päivittäin', 'Dagligen', 'Daily')],
        },
        { name: 'medication', type: 'yesNo', label: t('Onko sinulla säännöllinen lääkitys?', 'Har du regelbunden medicinering?', 'Do you take regular medication?'), required: true },
        { name: 'medicationList', type: 'longText', label: t('Lääkkeet ja annokset', 'Läkemedel och doser', 'Medicines and doses'), required: true, visibleWhen: { field: 'medication', equals: ['yes'] } },
        { name: 'topics', type: 'longText', label: t('Mistä haluat keskustella tarkastuksessa?', 'Vad vill du diskutera vid granskningen?', 'What would you like to discuss at the check?') },
      ],
    },
  ],
};
