/**
 * The people and organisations of the test identification service. Every personal identity code
 * uses an individual number from 900–999, which the population register never gives to anyone,
 * so no test person can be mistaken for a real one. test-people.test.ts recomputes every check
 * character and check digit.
 */

export type Loa = 'low' | 'substantial' | 'high';

export type TestOrganisation = { businessId: string; name: string };

/** A permanent address in Finland, as the population register gives it. */
export type TestAddress = { streetAddress: string; postalCode: string; postOffice: string };

export type TestResident = {
  id: string;
  givenName: string;
  familyName: string;
  nationalId: string;
  /** Online bank access codes; every listed bank accepts them. */
  bank: { userId: string; code: string };
  /** Mobile certificate: the phone number in E.164, and whether the person ever answers. */
  mobile: { phone: string; timesOut: boolean };
  /** Certificate card and its PIN 1, or null when the person has no card. */
  card: { pin: string } | null;
  /** Set only for someone whose identification is deliberately weaker than the method's own. */
  loaOverride?: Loa;
  /** Business IDs of the organisations the person may act for (national e-authorizations). */
  represents: string[];
  /**
   * The person's permanent address, or null for someone with a non-disclosure for safety
   * reasons, whose address the register never gives. Left out: a test address of their own
   * (see registeredAddress).
   */
  address?: TestAddress | null;
};

export type StaffRole = 'official' | 'editor' | 'admin';

export type TestStaffMember = {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  role: StaffRole;
  /** A division slug of db/seed/demo-divisions.ts; officials only. */
  division?: string;
};

export const testOrganisations: TestOrganisation[] = [
  // Yritys, jonka puolesta asioidaan yritysasiakkaana (ID2): organisaation kansio ja Y-tunnus.
  { businessId: '2345678-0', name: 'Testiyritys Oy' },
  // Yhdistys, jotta samalla edustajalla on kaksi organisaatiota valittavana.
  { businessId: '9876543-0', name: 'Kotikadun Asukasyhdistys ry' },
  // Yhdistys, jonka kansio pidetään erillään edustajan omasta (folder.spec.ts).
  { businessId: '4567890-7', name: 'Kansiokerho ry' },
  // Yhdistys, jonka ilmoitusosoitteen edustaja valitsee Omissa tiedoissa (organisation-notifications.spec.ts).
  { businessId: '3636360-4', name: 'Naapuriapu ry' },
];

export const testResidents: TestResident[] = [
  {
    // Käyttöohjeen oma esimerkkihenkilö: ohjeen kuvat ja tekstit voi toistaa sellaisinaan.
    id: 'portaalia-testaaja',
    givenName: 'Portaalia Nordea',
    familyName: 'Testaaja',
    nationalId: '210281-9988',
    bank: { userId: '11111111', code: '1111' },
    mobile: { phone: '+358401000001', timesOut: false },
    card: { pin: '1234' },
    represents: [],
    address: { streetAddress: 'Testaajankatu 1 A 2', postalCode: '00100', postOffice: 'Helsinki' },
  },
  {
    // Tavallinen asukas kaikilla tunnistustavoilla; varmennekortilla saadaan korkea taso (high).
    id: 'aino-virtanen',
    givenName: 'Aino Maria',
    familyName: 'Virtanen',
    nationalId: '150385-9024',
    bank: { userId: '22222222', code: '2222' },
    mobile: { phone: '+358401000002', timesOut: false },
    card: { pin: '1234' },
    represents: [],
    address: { streetAddress: 'Ainonkuja 5', postalCode: '00250', postOffice: 'Helsinki' },
  },
  {
    // Ruotsinkielinen asukas: ruotsinkielisten näkymien ja ilmoituskielen testaamiseen.
    id: 'elsa-lindqvist',
    givenName: 'Elsa',
    familyName: 'Lindqvist',
    nationalId: '030392-9048',
    bank: { userId: '33333333', code: '3333' },
    mobile: { phone: '+358401000003', timesOut: false },
    card: { pin: '1234' },
    represents: [],
    address: { streetAddress: 'Provgatan 3 B 12', postalCode: '00170', postOffice: 'Helsingfors' },
  },
  {
    // Mobiilivarmenteen tunnistus katkeaa aina aikarajaan (ID1:n virheilmoitus).
    id: 'ville-viive',
    givenName: 'Ville',
    familyName: 'Viive',
    nationalId: '120459-906D',
    bank: { userId: '44444444', code: '4444' },
    mobile: { phone: '+358401000004', timesOut: true },
    card: null,
    represents: [],
  },
  {
    // Heikko tunnistus (loa low): heikolla tunnistuksella ei pääse kansioon eikä lomakkeisiin.
    id: 'heikki-heikko',
    givenName: 'Heikki',
    familyName: 'Heikko',
    nationalId: '170671-912J',
    bank: { userId: '55555555', code: '5555' },
    mobile: { phone: '+358401000005', timesOut: false },
    card: null,
    loaOverride: 'low',
    represents: [],
  },
  {
    // Saa edustaa kahta organisaatiota: yritysasiakkaan kirjautuminen ja organisaation valinta (ID2).
    id: 'yrjo-yrittaja',
    givenName: 'Yrjö',
    familyName: 'Yrittäjä',
    nationalId: '190975-920J',
    bank: { userId: '66666666', code: '6666' },
    mobile: { phone: '+358401000006', timesOut: false },
    card: null,
    represents: ['2345678-0', '9876543-0'],
  },
  {
    // Alaikäinen, syntynyt 2000-luvulla (välimerkki A): iän ja vuosisadan käsittelyn testaamiseen.
    id: 'lauri-nuorinen',
    givenName: 'Lauri',
    familyName: 'Nuorinen',
    nationalId: '081208A9086',
    bank: { userId: '77777777', code: '7777' },
    mobile: { phone: '+358401000007', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Vuoden 2023 uusi välimerkki Y: järjestelmien on hyväksyttävä myös uudet välimerkit.
    id: 'nils-nyman',
    givenName: 'Nils',
    familyName: 'Nyman',
    nationalId: '300690Y916Y',
    bank: { userId: '88888888', code: '8888' },
    mobile: { phone: '+358401000008', timesOut: false },
    card: { pin: '1234' },
    represents: [],
  },
  {
    // Tunnistautuu ensimmäistä kertaa mobiilivarmenteella.
    id: 'maija-mobiili',
    givenName: 'Maija',
    familyName: 'Mobiili',
    nationalId: '120690-9127',
    bank: { userId: '10101010', code: '1010' },
    mobile: { phone: '+358401000010', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Tunnistautuu ensimmäistä kertaa varmennekortilla.
    id: 'kalle-kortti',
    givenName: 'Kalle',
    familyName: 'Kortti',
    nationalId: '250588-9340',
    bank: { userId: '12121212', code: '1212' },
    mobile: { phone: '+358401000012', timesOut: false },
    card: { pin: '1234' },
    represents: [],
  },
  {
    // Lataa omat tietonsa (PRO6).
    id: 'tiina-tiedonhaku',
    givenName: 'Tiina',
    familyName: 'Tiedonhaku',
    nationalId: '040475-9560',
    bank: { userId: '13131313', code: '1313' },
    mobile: { phone: '+358401000013', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Poistaa profiilinsa (PRO6).
    id: 'paavo-poistaja',
    givenName: 'Paavo',
    familyName: 'Poistaja',
    nationalId: '181162-9781',
    bank: { userId: '14141414', code: '1414' },
    mobile: { phone: '+358401000014', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Vapaa testihenkilö uusille kokeiluille.
    id: 'olli-odottaja',
    givenName: 'Olli',
    familyName: 'Odottaja',
    nationalId: '091199-982W',
    bank: { userId: '15151515', code: '1515' },
    mobile: { phone: '+358401000015', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Turvakielto: väestötietojärjestelmä ei luovuta osoitetta, joten lomakkeiden osoitekentät ovat tyhjiä (FRM6).
    id: 'ritva-rajala',
    givenName: 'Ritva',
    familyName: 'Rajala',
    nationalId: '300301A916K',
    bank: { userId: '16161616', code: '1616' },
    mobile: { phone: '+358401000016', timesOut: false },
    card: null,
    represents: [],
    address: null,
  },
  {
    // Täyttää koiraveroilmoituksen suomeksi (FRM5).
    id: 'kaisa-koiranen',
    givenName: 'Kaisa',
    familyName: 'Koiranen',
    nationalId: '120587-9318',
    bank: { userId: '17171717', code: '1717' },
    mobile: { phone: '+358401000017', timesOut: false },
    card: null,
    represents: [],
    address: { streetAddress: 'Koirapolku 7', postalCode: '00200', postOffice: 'Helsinki' },
  },
  {
    // Täyttää koiraveroilmoituksen englanniksi (FRM5).
    id: 'oliver-owen',
    givenName: 'Oliver',
    familyName: 'Owen',
    nationalId: '030790-9426',
    bank: { userId: '18181818', code: '1818' },
    mobile: { phone: '+358401000018', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Luonnos tallentuu itsestään ja jatkuu uloskirjautumisen jälkeen (FRM3).
    id: 'leena-luonnos',
    givenName: 'Leena',
    familyName: 'Luonnos',
    nationalId: '251166-953S',
    bank: { userId: '19191919', code: '1919' },
    mobile: { phone: '+358401000019', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Kaksi välilehteä ja tuplaklikkaus Lähetä-painikkeeseen (FRM2).
    id: 'tuomas-tuplaklikki',
    givenName: 'Tuomas',
    familyName: 'Tuplaklikki',
    nationalId: '070880-964P',
    bank: { userId: '20202020', code: '2020' },
    mobile: { phone: '+358401000020', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Terveydenhuollon lomake, joka ei tallennu kansioon (FOL3), ja tyhjä lähetys (FRM1).
    id: 'terhi-terveys',
    givenName: 'Terhi',
    familyName: 'Terveys',
    nationalId: '140272-975N',
    bank: { userId: '21212121', code: '2121' },
    mobile: { phone: '+358401000021', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Lähettää lomakkeen selaimella, jossa JavaScript ei ole käytössä.
    id: 'jussi-ilman-skriptia',
    givenName: 'Jussi',
    familyName: 'Ilmanskriptiä',
    nationalId: '290995-9869',
    bank: { userId: '23232323', code: '2323' },
    mobile: { phone: '+358401000023', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Mittaa selaimen lataamat skriptit ja Lighthousen tulokset (npm run bench:browser); ei e2e-testeissä.
    id: 'mikko-mittari',
    givenName: 'Mikko',
    familyName: 'Mittari',
    nationalId: '140370-943X',
    bank: { userId: '24242424', code: '2424' },
    mobile: { phone: '+358401000024', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Vastaa käsittelijän viestiin ja täydentää hakemuksensa (folder-messages.spec.ts).
    id: 'viivi-vastaaja',
    givenName: 'Viivi',
    familyName: 'Vastaaja',
    nationalId: '150378-9318',
    bank: { userId: '31313131', code: '3131' },
    mobile: { phone: '+358401000031', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Toinen asukas, jolle Viivin asiat, viestit ja liitteet eivät näy (folder-messages.spec.ts).
    id: 'toivo-toinen',
    givenName: 'Toivo',
    familyName: 'Toinen',
    nationalId: '220685-947H',
    bank: { userId: '32323232', code: '3232' },
    mobile: { phone: '+358401000032', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Lähettää koiraveroilmoituksen, jonka virkailija käsittelee takahuoneessa (back-office.spec.ts).
    id: 'kerttu-kasiteltava',
    givenName: 'Kerttu',
    familyName: 'Käsiteltävä',
    nationalId: '050581-912K',
    bank: { userId: '28282828', code: '2828' },
    mobile: { phone: '+358401000028', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Valitsee ilmoitustavan ja saa ilmoituksen tasatunnilla, kun virkailija käsittelee hänen koiraveroilmoitustaan (notifications.spec.ts).
    id: 'ilona-ilmoitus',
    givenName: 'Ilona',
    familyName: 'Ilmoitus',
    nationalId: '140486-934K',
    bank: { userId: '34343434', code: '3434' },
    mobile: { phone: '+358401000034', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Kansio pitkänä: lajittelu, haku, sivutus, avattavat tiedot ja Uusi-merkintä (folder.spec.ts).
    id: 'kaisa-kansio',
    givenName: 'Kaisa',
    familyName: 'Kansio',
    nationalId: '120385-925X',
    bank: { userId: '25252525', code: '2525' },
    mobile: { phone: '+358401000025', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Käyttää lähetettyä lomaketta pohjana ja poistaa luonnoksen (folder.spec.ts).
    id: 'tero-pohja',
    givenName: 'Tero',
    familyName: 'Pohja',
    nationalId: '030790-926N',
    bank: { userId: '26262626', code: '2626' },
    mobile: { phone: '+358401000026', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Asioi omana itsenään ja Kansiokerhon puolesta: kaksi erillistä kansiota (folder.spec.ts).
    id: 'olga-oma',
    givenName: 'Olga',
    familyName: 'Oma',
    nationalId: '181172-927Y',
    bank: { userId: '27272727', code: '2727' },
    mobile: { phone: '+358401000027', timesOut: false },
    card: null,
    represents: ['4567890-7'],
  },
  {
    // Vaihtaa ilmoitustapaa Omissa tiedoissa selaimella, jossa JavaScript on pois päältä (notifications.spec.ts).
    id: 'saku-saataja',
    givenName: 'Saku',
    familyName: 'Säätäjä',
    nationalId: '220791-935F',
    bank: { userId: '35353535', code: '3535' },
    mobile: { phone: '+358401000035', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Naapuriavun rahastonhoitaja: valitsee yhdistyksen ilmoitusosoitteen ja -kielen (organisation-notifications.spec.ts).
    id: 'raili-rahastonhoitaja',
    givenName: 'Raili',
    familyName: 'Rahastonhoitaja',
    nationalId: '050483-9373',
    bank: { userId: '36363636', code: '3636' },
    mobile: { phone: '+358401000036', timesOut: false },
    card: null,
    represents: ['3636360-4'],
  },
  {
    // Kulkee koko asioinnin pelkällä näppäimistöllä: kirjautuu, täyttää ja lähettää koiraveroilmoituksen (keyboard-journey.spec.ts).
    id: 'noora-nappaimisto',
    givenName: 'Noora',
    familyName: 'Näppäimistö',
    nationalId: '240190-942W',
    bank: { userId: '42424242', code: '4242' },
    mobile: { phone: '+358401000042', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Avaa lomakkeen ja kansion selaimessa, joka kirjaa sisältöturvallisuuskäytännön rikkomukset (security.spec.ts).
    id: 'sanna-suojattu',
    givenName: 'Sanna',
    familyName: 'Suojattu',
    nationalId: '150392-946B',
    bank: { userId: '46464646', code: '4646' },
    mobile: { phone: '+358401000046', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Avaa jokaisen asukkaan sivun osoitteella, jossa on mitä tahansa (bad-addresses.spec.ts).
    id: 'pertti-parametri',
    givenName: 'Pertti',
    familyName: 'Parametri',
    nationalId: '071168-947F',
    bank: { userId: '47474747', code: '4747' },
    mobile: { phone: '+358401000047', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Kotikadun Asukasyhdistyksen edustaja, jonka sivut käydään läpi saavutettavuustestissä (accessibility-every-page.spec.ts).
    id: 'sakari-saavutettava',
    givenName: 'Sakari',
    familyName: 'Saavutettava',
    nationalId: '050575-9431',
    bank: { userId: '43434343', code: '4343' },
    mobile: { phone: '+358401000043', timesOut: false },
    card: null,
    represents: ['9876543-0'],
  },
  {
    // Tietoturvatestin henkilö: evästeet koko kirjautumisen ajan ja vieraan sivuston pyynnöt (security-*.spec.ts).
    id: 'seppo-suojattu',
    givenName: 'Seppo',
    familyName: 'Suojattu',
    nationalId: '141141-941U',
    bank: { userId: '41414141', code: '4141' },
    mobile: { phone: '+358401000041', timesOut: false },
    card: null,
    represents: [],
  },
  {
    // Liittää hakemukseen tiedoston hitaalla yhteydellä ja näkee latauksen edistymisen (forms-attachment-upload.spec.ts).
    id: 'liisa-liite',
    givenName: 'Liisa',
    familyName: 'Liite',
    nationalId: '150385-946J',
    bank: { userId: '45454545', code: '4545' },
    mobile: { phone: '+358401000045', timesOut: false },
    card: null,
    represents: [],
  },
];

export const testStaff: TestStaffMember[] = [
  // Kasvatuksen ja koulutuksen virkailija: käsittelee oman toimialansa asioita (USE4).
  { id: 'outi-kasittelija', givenName: 'Outi', familyName: 'Käsittelijä', email: 'outi.kasittelija@hel.test', role: 'official', division: 'education' },
  // Toisen toimialan virkailija: varmistaa, ettei virkailija näe toisen toimialan asioita.
  { id: 'pekka-palvelija', givenName: 'Pekka', familyName: 'Palvelija', email: 'pekka.palvelija@hel.test', role: 'official', division: 'social-health' },
  // Kaupunkiympäristön virkailija: käsittelee esimerkiksi koiraveroilmoitukset.
  { id: 'ulla-ymparisto', givenName: 'Ulla', familyName: 'Ympäristö', email: 'ulla.ymparisto@hel.test', role: 'official', division: 'urban-environment' },
  // Kulttuurin ja vapaa-ajan virkailija: käsittelee avustukset ja tuomaripalkkiot.
  { id: 'kalle-kulttuuri', givenName: 'Kalle', familyName: 'Kulttuuri', email: 'kalle.kulttuuri@hel.test', role: 'official', division: 'culture-leisure' },
  // Sisällöntuottaja, joka päivittää palvelukuvauksia ja tiedotteita (CAT4, USE2).
  { id: 'eeva-toimittaja', givenName: 'Eeva', familyName: 'Toimittaja', email: 'eeva.toimittaja@hel.test', role: 'editor' },
  // Pääkäyttäjä kaikkien hallintatoimintojen testaamiseen.
  { id: 'aki-yllapitaja', givenName: 'Aki', familyName: 'Ylläpitäjä', email: 'aki.yllapitaja@hel.test', role: 'admin' },
];

export function findResident(id: string): TestResident | undefined {
  return testResidents.find((resident) => resident.id === id);
}

export function findStaffMember(id: string): TestStaffMember | undefined {
  return testStaff.find((member) => member.id === id);
}

export function findOrganisation(businessId: string): TestOrganisation | undefined {
  return testOrganisations.find((organisation) => organisation.businessId === businessId);
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

/** Test residents who hold a certificate card, in the order the card reader lists them. */
export function cardHolders(): TestResident[] {
  return testResidents.filter((resident) => resident.card !== null);
}

/** Test residents who may act for at least one organisation. */
export function representatives(): TestResident[] {
  return testResidents.filter((resident) => resident.represents.length > 0);
}

/** The address the register gives for the person: their own, none, or a test street of their own. */
export function registeredAddress(resident: TestResident): TestAddress | null {
  if (resident.address !== undefined) return resident.address;
  const number = testResidents.indexOf(resident) + 1;
  return { streetAddress: `Testikatu ${number}`, postalCode: '00100', postOffice: 'Helsinki' };
}
