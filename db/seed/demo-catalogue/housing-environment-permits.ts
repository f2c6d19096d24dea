import { cityPages, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* Housing and the environment: permits and notifications for enterprises and associations. */

export const housingEnvironmentPermits: DemoCatalogueService[] = [
  {
    slug: 'terrace-permit',
    popularity: 0,
    content: {
      name: { fi: 'Terassilupa', sv: 'Terrasstillstånd', en: 'Terrace permit' },
      synonyms: {
        fi: ['terassi', 'kesäterassi', 'talviterassi', 'ravintola', 'kahvila', 'ulkotarjoilu', 'jalkakäytävä', 'katukahvila'],
        sv: ['terrass', 'sommarterrass', 'vinterterrass', 'restaurang', 'kafé', 'uteservering', 'trottoar'],
        en: ['terrace', 'summer terrace', 'winter terrace', 'restaurant', 'café', 'outdoor seating', 'pavement café', 'sidewalk'],
      },
      summary: {
        fi: 'Hae lupaa ravintolan tai kahvilan terassille kadulle, jalkakäytävälle tai aukiolle.',
        sv: 'Ansök om tillstånd för en terrass för en restaurang eller ett kafé på gatan, trottoaren eller ett torg.',
        en: 'Apply for a permit for a restaurant or café terrace on a street, pavement or square.',
      },
      description: {
        fi: 'Kaupungin katu- ja aukioalueelle sijoitettava terassi tarvitsee kaupungin luvan. Voit hakea lupaa kesäkaudeksi, talvikaudeksi tai koko vuodeksi. Hakemukseen liitetään terassin sijaintipiirros mittoineen sekä kuvaus kalusteista, aitauksista ja mahdollisista lämmittimistä.\n\nTerassin on jätettävä jalankulkijoille riittävän leveä kulkuväylä, eikä se saa estää pelastusteitä tai pysäkkejä. Jos terassilla tarjoillaan alkoholia, tarvitset lisäksi anniskeluluvan aluehallintovirastosta.',
        sv: 'En terrass på stadens gatu- och torgområden behöver stadens tillstånd. Du kan ansöka om tillstånd för sommarsäsongen, vintersäsongen eller hela året. Till ansökan bifogas en situationsritning över terrassen med mått och en beskrivning av möbler, inhägnader och eventuella värmare.\n\nTerrassen ska lämna en tillräckligt bred passage för fotgängare och får inte blockera räddningsvägar eller hållplatser. Om alkohol serveras på terrassen behöver du dessutom ett serveringstillstånd från regionförvaltningsverket.',
        en: 'A terrace on the city’s streets and squares needs a permit from the city. You can apply for the summer season, the winter season or the whole year. Attach a site drawing of the terrace with its measurements and a description of the furniture, fences and any heaters.\n\nThe terrace must leave a wide enough passage for pedestrians and must not block rescue routes or stops. If alcohol is served on the terrace, you also need a licence from the Regional State Administrative Agency.',
      },
      process: {
        fi: 'Alueidenkäytön käsittelijä tarkistaa hakemuksen ja pyytää tarvittaessa täydennystä viestillä asiointikansioon. Lupapäätös tehdään sähköisesti ja lähetetään asiointikansioon. Terassin saa pystyttää, kun lupa on myönnetty.',
        sv: 'Handläggaren för områdesanvändning kontrollerar ansökan och ber vid behov om komplettering genom ett meddelande i e-tjänstmappen. Tillståndsbeslutet fattas elektroniskt och skickas till e-tjänstmappen. Terrassen får byggas upp när tillståndet beviljats.',
        en: 'An area use officer checks the application and, if needed, asks you to complement it by a message in the e-services folder. The permit is decided electronically and sent to the folder. The terrace may be set up once the permit has been granted.',
      },
      processingTime: {
        fi: 'Yleensä 2–4 viikkoa. Hae kesäkauden lupaa viimeistään maaliskuussa.',
        sv: 'I regel 2–4 veckor. Ansök om tillstånd för sommarsäsongen senast i mars.',
        en: 'Usually 2–4 weeks. Apply for the summer season in March at the latest.',
      },
      validity: {
        fi: 'Lupa on voimassa päätöksessä mainitun kauden.',
        sv: 'Tillståndet gäller den säsong som anges i beslutet.',
        en: 'The permit is valid for the season stated in the decision.',
      },
      costs: {
        fi: 'Luvasta peritään maksu, joka määräytyy terassin pinta-alan, sijaintivyöhykkeen ja kauden pituuden mukaan.',
        sv: 'För tillståndet tas en avgift ut som bestäms av terrassens yta, zonen och säsongens längd.',
        en: 'The permit has a fee based on the terrace’s area, its location zone and the length of the season.',
      },
      moreInformation: {
        fi: 'Terassiohje ja maksuvyöhykkeiden kartta ovat kaupungin sivuilla.',
        sv: 'Anvisningen för terrasser och en karta över avgiftszonerna finns på stadens webbplats.',
        en: 'The terrace guidelines and a map of the fee zones are on the city’s pages.',
      },
      contact: {
        fi: 'Alueidenkäyttö, terassiluvat, puh. 09 310 22250 (ma–pe klo 9–12), terassit@hel.test.',
        sv: 'Områdesanvändning, terrasstillstånd, tfn 09 310 22250 (mån–fre kl. 9–12), terassit@hel.test.',
        en: 'Area use, terrace permits, tel. 09 310 22250 (Mon–Fri 9 AM–12 noon), terassit@hel.test.',
      },
      prerequisites: {
        fi: 'Hakijana on ravintolaa tai kahvilaa harjoittava yritys. Yrityksen puolesta asioi henkilö, jolla on siihen Suomi.fi-valtuus.',
        sv: 'Sökanden är ett företag som driver en restaurang eller ett kafé. För företaget agerar en person som har en Suomi.fi-fullmakt för det.',
        en: 'The applicant is an enterprise running a restaurant or café. A person with a Suomi.fi authorisation acts for the enterprise.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['housing-environment', 'transport-maps'],
      targetGroups: ['enterprises'],
      residentGroups: [],
      division: 'urban-environment',
      eService: { kind: 'internal-form', formSlug: 'terrace-permit' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: true,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 22250', hours: weekdays(9, 12), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'terassit@hel.test',
      },
    },
  },
  {
    slug: 'market-place-rental',
    popularity: 0,
    content: {
      name: { fi: 'Torimyyntipaikan vuokraaminen', sv: 'Hyra en torgplats', en: 'Renting a market place' },
      synonyms: {
        fi: ['tori', 'torikauppa', 'kauppatori', 'myyntipaikka', 'toripaikka', 'myyntikoju', 'kirpputori', 'joulumarkkinat'],
        sv: ['torg', 'torghandel', 'salutorget', 'försäljningsplats', 'torgplats', 'stånd', 'loppis', 'julmarknad'],
        en: ['market', 'market square', 'market stall', 'sales pitch', 'pitch', 'flea market', 'Christmas market', 'vendor'],
      },
      summary: {
        fi: 'Vuokraa myyntipaikka kaupungin torilta päiväksi, kuukaudeksi tai koko kaudeksi.',
        sv: 'Hyr en försäljningsplats på ett av stadens torg för en dag, en månad eller hela säsongen.',
        en: 'Rent a pitch on one of the city’s market squares for a day, a month or the whole season.',
      },
      description: {
        fi: 'Kaupunki vuokraa myyntipaikkoja Kauppatorilta, Hakaniemen torilta ja kaupunginosien toreilta. Kausipaikat haetaan vuosittain, päiväpaikkoja voi vuokrata vapaista paikoista. Myös yhdistykset voivat vuokrata päiväpaikan esimerkiksi myyjäisiin tai kampanjaan.\n\nJos myyt elintarvikkeita, tarvitset lisäksi ympäristöpalvelujen hyväksynnän tai elintarvikehuoneistoilmoituksen.',
        sv: '',
        en: 'The city rents pitches on the Market Square, Hakaniemi market and the neighbourhood squares. Season pitches are applied for yearly, and day pitches can be rented from those that are free. Associations can also rent a day pitch, for a bazaar or a campaign, for example.\n\nIf you sell food, you also need the approval of the environmental services or a food premises notification.',
      },
      process: {
        fi: 'Torivalvonta vahvistaa päiväpaikan varauksen sähköpostilla. Kausipaikkahakemukset käsitellään hakuajan jälkeen, ja paikat jaetaan torisääntöjen mukaisesti. Vuokrasopimus ja lasku lähetetään ennen kauden alkua.',
        sv: '',
        en: 'Market supervision confirms a day pitch booking by e-mail. Season pitch applications are handled after the application period, and pitches are allocated according to the market rules. The lease and invoice are sent before the season starts.',
      },
      processingTime: {
        fi: 'Päiväpaikat 1–3 arkipäivässä. Kausipaikat noin kuukauden kuluttua hakuajan päättymisestä.',
        sv: 'Dagplatser inom 1–3 vardagar. Säsongsplatser cirka en månad efter ansökningstidens slut.',
        en: 'Day pitches in 1–3 working days. Season pitches about a month after the application period ends.',
      },
      validity: {
        fi: 'Paikka on vuokralaisen käytössä vuokrasopimuksessa mainittuna aikana.',
        sv: 'Platsen står till hyresgästens förfogande under den tid som anges i hyresavtalet.',
        en: 'The pitch is the tenant’s for the period stated in the lease.',
      },
      costs: {
        fi: 'Vuokra määräytyy torin, paikan koon ja vuokra-ajan mukaan kaupungin torihinnaston perusteella.',
        sv: 'Hyran bestäms enligt torget, platsens storlek och hyrestiden enligt stadens prislista för torgen.',
        en: 'The rent depends on the square, the size of the pitch and the rental period, according to the city’s market price list.',
      },
      moreInformation: {
        fi: 'Torien aukioloajat ja torisäännöt ovat kaupungin sivuilla.',
        sv: 'Torgens öppettider och torgreglerna finns på stadens webbplats.',
        en: 'The markets’ opening hours and rules are on the city’s pages.',
      },
      contact: {
        fi: 'Torivalvonta, puh. 09 310 23560 (ma–pe klo 8–14), torit@hel.test.',
        sv: 'Torgövervakningen, tfn 09 310 23560 (mån–fre kl. 8–14), torit@hel.test.',
        en: 'Market supervision, tel. 09 310 23560 (Mon–Fri 8 AM–2 PM), torit@hel.test.',
      },
      prerequisites: {
        fi: 'Hakijana on yritys, yhdistys tai elinkeinonharjoittaja. Yrityksen tai yhdistyksen puolesta asioi henkilö, jolla on siihen Suomi.fi-valtuus.',
        sv: 'Sökanden är ett företag, en förening eller en näringsidkare. För ett företag eller en förening agerar en person som har en Suomi.fi-fullmakt för det.',
        en: 'The applicant is an enterprise, an association or a self-employed trader. A person with a Suomi.fi authorisation acts for an enterprise or association.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['housing-environment', 'city-administration'],
      targetGroups: ['enterprises', 'associations'],
      residentGroups: [],
      division: 'urban-environment',
      eService: { kind: 'external', url: cityPages('e-asiointi/torimyyntipaikat', 'e-tjanster/torgplatser', 'e-services/market-pitches') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Kausipaikkahakemus', sv: 'Ansökan om säsongsplats', en: 'Season pitch application' },
            format: 'docx',
            url: 'https://www.hel.test/static/kymp/torien-kausipaikkahakemus.docx',
          },
        ],
        telephone: { number: '09 310 23560', hours: weekdays(8, 14), callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Torivalvonnan toimisto, Kauppatori, Helsinki. Avoinna ma–pe klo 8–11.',
          sv: 'Torgövervakningens kontor, Salutorget, Helsingfors. Öppet mån–fre kl. 8–11.',
          en: 'Market supervision office, Market Square, Helsinki. Open Mon–Fri 8 AM–11 AM.',
        },
        email: 'torit@hel.test',
      },
    },
  },
  {
    slug: 'noise-notification',
    popularity: 0,
    content: {
      name: { fi: 'Meluilmoitus', sv: 'Bullerdeklaration', en: 'Noise notification' },
      synonyms: {
        fi: ['melu', 'meluilmoitus tapahtumasta', 'rakennustyömaa', 'paalutus', 'louhinta', 'ulkoilmakonsertti', 'tapahtuma', 'ympäristölupa'],
        sv: ['buller', 'byggarbetsplats', 'pålning', 'sprängning', 'utomhuskonsert', 'evenemang', 'miljötillstånd'],
        en: ['noise', 'construction site', 'piling', 'blasting', 'outdoor concert', 'event', 'environmental permit'],
      },
      summary: {
        fi: 'Ilmoita ympäristöpalveluille tilapäisestä, erityisen häiritsevää melua aiheuttavasta työstä tai tapahtumasta.',
        sv: 'Anmäl till miljötjänsterna tillfälligt arbete eller evenemang som orsakar särskilt störande buller.',
        en: 'Notify the environmental services of temporary work or an event that causes particularly disturbing noise.',
      },
      description: {
        fi: 'Tilapäisestä toiminnasta, josta aiheutuu erityisen häiritsevää melua tai tärinää, on tehtävä ilmoitus ympäristönsuojeluviranomaiselle. Tällaisia ovat esimerkiksi paalutus, louhinta, purkutyöt ja yöllä tehtävät rakennustyöt sekä ulkoilmakonsertit ja muut äänentoistoa käyttävät tapahtumat.\n\nTee ilmoitus viimeistään 30 vuorokautta ennen toiminnan alkua. Kerro toiminnan kesto, työajat, melutasot ja se, miten lähialueen asukkaille tiedotetaan.',
        sv: 'Tillfällig verksamhet som orsakar särskilt störande buller eller vibrationer ska anmälas till miljöskyddsmyndigheten. Sådan verksamhet är till exempel pålning, sprängning, rivningsarbeten och byggarbete på natten samt utomhuskonserter och andra evenemang med ljudåtergivning.\n\nGör anmälan senast 30 dygn innan verksamheten börjar. Berätta hur länge verksamheten pågår, arbetstiderna, bullernivåerna och hur de närboende informeras.',
        en: 'Temporary activities that cause particularly disturbing noise or vibration must be notified to the environmental protection authority. These include piling, blasting, demolition and night-time construction, as well as outdoor concerts and other events with sound systems.\n\nMake the notification at least 30 days before the activity starts. Tell us how long it lasts, the working hours, the noise levels and how the neighbours will be informed.',
      },
      process: {
        fi: 'Ympäristöpalvelut käsittelee ilmoituksen ja antaa siitä päätöksen, jossa voidaan määrätä esimerkiksi työaikoja, melutasoja ja asukkaiden tiedottamista. Päätöksestä tiedotetaan lähialueelle.',
        sv: 'Miljötjänsterna behandlar anmälan och fattar ett beslut där till exempel arbetstider, bullernivåer och information till invånarna kan bestämmas. Beslutet kungörs i närområdet.',
        en: 'The environmental services handle the notification and give a decision, which may set working hours, noise levels and how residents are informed. The neighbourhood is informed of the decision.',
      },
      processingTime: {
        fi: 'Yleensä 2–4 viikkoa.',
        sv: 'I regel 2–4 veckor.',
        en: 'Usually 2–4 weeks.',
      },
      validity: {
        fi: 'Päätös koskee ilmoitettua toimintaa ja sen aikaa.',
        sv: 'Beslutet gäller den anmälda verksamheten och den angivna tiden.',
        en: '',
      },
      costs: {
        fi: 'Ilmoituksen käsittelystä peritään ympäristönsuojeluviranomaisen taksan mukainen maksu.',
        sv: 'För behandlingen av anmälan tas en avgift ut enligt miljöskyddsmyndighetens taxa.',
        en: 'A fee is charged for handling the notification according to the environmental protection authority’s tariff.',
      },
      moreInformation: {
        fi: 'Ohjeet meluilmoituksen tekemiseen ja tapahtumien äänentoistoon ovat kaupungin sivuilla.',
        sv: 'Anvisningar för bullerdeklarationen och ljudåtergivning vid evenemang finns på stadens webbplats.',
        en: 'Instructions for the notification and for sound systems at events are on the city’s pages.',
      },
      contact: {
        fi: 'Ympäristöpalvelut, meluasiat, puh. 09 310 32010 (ma–pe klo 9–12), ymparistopalvelut@hel.test.',
        sv: 'Miljötjänster, bullerfrågor, tfn 09 310 32010 (mån–fre kl. 9–12), ymparistopalvelut@hel.test.',
        en: 'Environmental services, noise matters, tel. 09 310 32010 (Mon–Fri 9 AM–12 noon), ymparistopalvelut@hel.test.',
      },
      prerequisites: {
        fi: 'Ilmoituksen tekee toiminnanharjoittaja, esimerkiksi rakennuttaja, urakoitsija tai tapahtuman järjestäjä.',
        sv: 'Anmälan görs av verksamhetsutövaren, till exempel byggherren, entreprenören eller evenemangsarrangören.',
        en: '',
      },
      availableLanguages: ['fi', 'sv'],
      topics: ['housing-environment'],
      targetGroups: ['enterprises', 'associations'],
      residentGroups: [],
      division: 'urban-environment',
      // The e-service is in Finnish and Swedish; the English link leads to the Finnish one.
      eService: {
        kind: 'external',
        url: { fi: 'https://www.hel.test/fi/e-asiointi/meluilmoitus', sv: 'https://www.hel.test/sv/e-tjanster/bullerdeklaration', en: 'https://www.hel.test/fi/e-asiointi/meluilmoitus' },
      },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: true,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Meluilmoitus', sv: 'Bullerdeklaration', en: 'Noise notification' },
            format: 'pdf',
            url: 'https://www.hel.test/static/kymp/meluilmoitus.pdf',
          },
          {
            title: { fi: 'Meluilmoitus', sv: 'Bullerdeklaration', en: 'Noise notification' },
            format: 'docx',
            url: 'https://www.hel.test/static/kymp/meluilmoitus.docx',
          },
        ],
        telephone: { number: '09 310 32010', hours: weekdays(9, 12), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'ymparistopalvelut@hel.test',
      },
    },
  },
];
