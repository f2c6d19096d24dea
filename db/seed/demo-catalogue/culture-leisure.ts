import { cityPages, freeOfCharge, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* Culture and leisure: sports services. The grants are in culture-leisure-grants.ts. */

export const cultureLeisureServices: DemoCatalogueService[] = [
  {
    slug: 'referee-fee',
    popularity: 0,
    content: {
      name: { fi: 'Erotuomaripalkkio - hakeminen verkossa', sv: 'Domararvode - ansökan på nätet', en: 'Referee fee - Applying online' },
      synonyms: {
        fi: ['erotuomari', 'tuomari', 'tuomaripalkkio', 'palkkio', 'ottelu', 'koululaissarja', 'pelituomari', 'kulukorvaus'],
        sv: ['domare', 'domararvoden', 'arvode', 'match', 'skolserie', 'kostnadsersättning'],
        en: ['referee', 'umpire', 'official', 'match fee', 'school league', 'fee claim', 'expenses'],
      },
      summary: {
        fi: 'Hae palkkio kaupungin liikuntapalvelujen järjestämien koululais- ja nuorisosarjojen otteluiden tuomitsemisesta.',
        sv: 'Ansök om arvode för att ha dömt matcher i skol- och ungdomsserier som stadens idrottstjänster ordnar.',
        en: 'Claim your fee for refereeing matches in the school and youth leagues organised by the city’s sports services.',
      },
      description: {
        fi: 'Kaupungin liikuntapalvelut järjestää koululaisille ja nuorille sarjoja esimerkiksi jalkapallossa, salibandyssä ja koripallossa. Otteluiden erotuomarit hakevat palkkionsa tällä lomakkeella. Ilmoita lomakkeella tuomitsemasi ottelut, niiden päivämäärät ja paikat sekä tilinumerosi.\n\nVoit koota useamman ottelun samaan hakemukseen. Hae palkkio kuitenkin viimeistään kuukauden kuluttua viimeisestä ottelusta.',
        sv: 'Stadens idrottstjänster ordnar serier för skolelever och unga till exempel i fotboll, innebandy och basket. Domarna i matcherna ansöker om sitt arvode med den här blanketten. Ange de matcher du dömt, datum och platser samt ditt kontonummer.\n\nDu kan samla flera matcher i samma ansökan. Ansök ändå om arvodet senast en månad efter den sista matchen.',
        en: 'The city’s sports services organise leagues for schoolchildren and young people in football, floorball and basketball, for example. The referees of the matches claim their fee with this form. Give the matches you refereed, their dates and venues, and your bank account number.\n\nYou can collect several matches in one claim. Send the claim no later than one month after the last match.',
      },
      process: {
        fi: 'Liikuntapalvelujen sarjavastaava tarkistaa ottelut ottelupöytäkirjoista ja hyväksyy hakemuksen. Palkkio maksetaan tilillesi seuraavan palkanmaksun yhteydessä. Näet hakemuksen tilan asiointikansiossa.',
        sv: 'Den seriesansvariga vid idrottstjänsterna kontrollerar matcherna mot matchprotokollen och godkänner ansökan. Arvodet betalas till ditt konto vid följande löneutbetalning. Du ser ansökans status i e-tjänstmappen.',
        en: 'The league coordinator of the sports services checks the matches against the match reports and approves the claim. The fee is paid to your account with the next payroll. You can follow the claim’s status in the e-services folder.',
      },
      processingTime: {
        fi: 'Noin kaksi viikkoa. Palkkiot maksetaan kerran kuukaudessa.',
        sv: 'Ungefär två veckor. Arvodena betalas en gång i månaden.',
        en: 'About two weeks. Fees are paid once a month.',
      },
      validity: {
        fi: 'Palkkiota on haettava kuukauden kuluessa viimeisestä ottelusta.',
        sv: 'Arvodet ska sökas inom en månad efter den sista matchen.',
        en: 'The fee must be claimed within one month of the last match.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Ottelukohtaiset palkkiot ja matkakorvaukset on lueteltu sarjojen säännöissä. Liitä verokortti hakemukseen, jos et ole toimittanut sitä aiemmin tälle vuodelle.',
        sv: 'Arvodena per match och reseersättningarna anges i seriernas regler. Bifoga ditt skattekort om du inte redan lämnat in det för det här året.',
        en: 'The fees per match and travel allowances are listed in the league rules. Attach your tax card if you have not yet delivered it for this year.',
      },
      contact: {
        fi: 'Liikuntapalvelujen sarjatoiminta, puh. 09 310 87720 (ma–pe klo 9–15), sarjat@hel.test.',
        sv: 'Idrottstjänsternas serieverksamhet, tfn 09 310 87720 (mån–fre kl. 9–15), sarjat@hel.test.',
        en: 'Sports services leagues, tel. 09 310 87720 (Mon–Fri 9 AM–3 PM), sarjat@hel.test.',
      },
      prerequisites: {
        fi: 'Olet tuominnut liikuntapalvelujen sarjan ottelun sarjavastaavan nimeämänä erotuomarina.',
        sv: 'Du har dömt en match i idrottstjänsternas serie som domare utsedd av den seriesansvariga.',
        en: 'You have refereed a match in a sports services league, appointed by the league coordinator.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['culture-leisure'],
      targetGroups: ['personal-customers'],
      residentGroups: ['youth'],
      division: 'culture-leisure',
      eService: { kind: 'internal-form', formSlug: 'referee-fee' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: true,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Erotuomaripalkkiolomake', sv: 'Blankett för domararvode', en: 'Referee fee form' },
            format: 'docx',
            url: 'https://www.hel.test/static/liikunta/erotuomaripalkkio.docx',
          },
        ],
        telephone: { number: '09 310 87720', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'sarjat@hel.test',
      },
    },
  },
  {
    slug: 'sports-facility-booking',
    popularity: 0,
    content: {
      name: { fi: 'Liikuntatilojen vuorot ja varaukset', sv: 'Turer och bokningar i idrottsanläggningar', en: 'Booking sports facilities' },
      synonyms: {
        fi: ['liikuntavuoro', 'salivuoro', 'kenttävuoro', 'jäävuoro', 'vakiovuoro', 'urheiluseura', 'seura', 'liikuntahalli', 'tilavaraus', 'Varaamo'],
        sv: ['träningstur', 'salstur', 'planstur', 'istid', 'idrottsförening', 'förening', 'idrottshall', 'lokalbokning'],
        en: ['sports hall', 'gym booking', 'pitch booking', 'ice time', 'training slot', 'sports club', 'club', 'facility booking'],
      },
      summary: {
        fi: 'Hae seurallesi kausivuoroja tai varaa yksittäinen vuoro kaupungin liikuntahalliin, kentälle tai jäälle.',
        sv: 'Ansök om säsongsturer för din förening eller boka en enstaka tur i stadens idrottshallar, på planer eller på isen.',
        en: 'Apply for season slots for your club or book a single slot in the city’s sports halls, fields or ice rinks.',
      },
      description: {
        fi: 'Kaupungin liikuntatiloja ovat esimerkiksi liikuntahallit, koulujen liikuntasalit iltaisin, urheilukentät, tekonurmet ja jäähallit. Seurat ja yhteisöt hakevat vakiovuoroja syys- ja kevätkaudelle kerran vuodessa. Vapaaksi jääneitä vuoroja voi varata myös yksittäisiksi vuoroiksi, ja niitä voivat varata myös yksityishenkilöt ja yritykset.\n\nVuorojen jaossa etusijalla on lasten ja nuorten liikunta.',
        sv: 'Stadens idrottslokaler är till exempel idrottshallar, skolornas gymnastiksalar på kvällarna, idrottsplaner, konstgräsplaner och ishallar. Föreningar och sammanslutningar söker fasta turer för höst- och vårsäsongen en gång om året. Lediga turer kan också bokas som enstaka turer, och de kan bokas också av privatpersoner och företag.\n\nVid fördelningen av turerna går barns och ungas idrott först.',
        en: 'The city’s sports facilities include sports halls, school gyms in the evenings, sports fields, artificial turf pitches and ice rinks. Clubs and organisations apply for regular slots for the autumn and spring seasons once a year. Slots left free can also be booked one at a time, by private persons and enterprises too.\n\nChildren’s and young people’s sport comes first when slots are allocated.',
      },
      process: {
        fi: 'Kausivuorohakemukset käsitellään hakuajan jälkeen, ja vuoropäätökset lähetetään sähköpostilla. Yksittäinen vuoro vahvistuu heti, kun varaus on maksettu.',
        sv: 'Ansökningarna om säsongsturer behandlas efter ansökningstiden och besluten skickas per e-post. En enstaka tur bekräftas så snart bokningen betalats.',
        en: 'Season slot applications are handled after the application period, and decisions are sent by e-mail. A single slot is confirmed as soon as the booking is paid.',
      },
      processingTime: {
        fi: 'Kausivuoropäätökset noin kuukauden kuluttua hakuajan päättymisestä. Yksittäiset varaukset heti.',
        sv: 'Besluten om säsongsturer cirka en månad efter ansökningstidens slut. Enstaka bokningar direkt.',
        en: 'Season slot decisions about a month after the application period ends. Single bookings immediately.',
      },
      validity: {
        fi: 'Kausivuoro on voimassa päätöksessä mainitun kauden. Yksittäisen vuoron voi perua maksutta viimeistään kaksi viikkoa ennen.',
        sv: 'En säsongstur gäller den säsong som anges i beslutet. En enstaka tur kan avbokas avgiftsfritt senast två veckor i förväg.',
        en: 'A season slot is valid for the season stated in the decision. A single slot can be cancelled free of charge up to two weeks before.',
      },
      costs: {
        fi: 'Vuoroista peritään liikuntapalvelujen hinnaston mukainen maksu. Hinta riippuu tilasta, ajankohdasta ja käyttäjäryhmästä.',
        sv: 'För turerna tas en avgift ut enligt idrottstjänsternas prislista. Priset beror på lokalen, tidpunkten och användargruppen.',
        en: 'Slots are charged according to the sports services’ price list. The price depends on the facility, the time and the user group.',
      },
      moreInformation: {
        fi: 'Kausivuorojen hakuajat ja jakoperusteet julkaistaan kaupungin sivuilla keväällä.',
        sv: 'Ansökningstiderna och grunderna för fördelningen av säsongsturer publiceras på stadens webbplats på våren.',
        en: 'The application periods and allocation criteria for season slots are published on the city’s pages in the spring.',
      },
      contact: {
        fi: 'Liikuntatilojen varaukset, puh. 09 310 87700 (ma–pe klo 9–15), liikuntatilat@hel.test.',
        sv: 'Bokning av idrottslokaler, tfn 09 310 87700 (mån–fre kl. 9–15), liikuntatilat@hel.test.',
        en: 'Sports facility bookings, tel. 09 310 87700 (Mon–Fri 9 AM–3 PM), liikuntatilat@hel.test.',
      },
      prerequisites: {
        fi: 'Kausivuoroja voivat hakea rekisteröidyt yhdistykset ja muut yhteisöt. Seuran puolesta asioi henkilö, jolla on siihen Suomi.fi-valtuus.',
        sv: 'Säsongsturer kan sökas av registrerade föreningar och andra sammanslutningar. För föreningen agerar en person som har en Suomi.fi-fullmakt för det.',
        en: 'Season slots can be applied for by registered associations and other organisations. A person with a Suomi.fi authorisation acts for the club.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['culture-leisure'],
      targetGroups: ['associations', 'enterprises', 'personal-customers'],
      residentGroups: ['youth', 'children-families'],
      division: 'culture-leisure',
      eService: { kind: 'external', url: cityPages('e-asiointi/liikuntatilat', 'e-tjanster/idrottslokaler', 'e-services/sports-facilities') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: true,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 87700', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'liikuntatilat@hel.test',
      },
    },
  },
  {
    slug: 'sports-courses-enrolment',
    popularity: 0,
    content: {
      name: { fi: 'Liikuntakurssit, ilmoittautuminen verkossa', sv: 'Motionskurser, anmälan på nätet', en: 'Sports courses, online enrolment' },
      synonyms: {
        fi: ['liikuntakurssi', 'uimakoulu', 'vesijumppa', 'erityisliikunta', 'soveltava liikunta', 'senioriliikunta', 'kuntosali', 'jumppa'],
        sv: ['motionskurs', 'simskola', 'vattengympa', 'anpassad motion', 'seniormotion', 'gym', 'gympa'],
        en: ['exercise class', 'swimming lessons', 'aqua aerobics', 'adapted physical activity', 'senior exercise', 'gym', 'fitness class'],
      },
      summary: {
        fi: 'Ilmoittaudu kaupungin liikuntakursseille, kuten uimakouluun, senioriliikuntaan tai erityisliikunnan ryhmiin.',
        sv: 'Anmäl dig till stadens motionskurser, som simskola, seniormotion eller grupper i anpassad motion.',
        en: 'Enrol in the city’s sports courses, such as swimming lessons, senior exercise or adapted physical activity groups.',
      },
      description: {
        fi: 'Liikuntapalvelut järjestää ohjattuja kursseja kaikenikäisille: lasten ja aikuisten uimakouluja, vesiliikuntaa, kuntosali- ja tasapainoryhmiä ikääntyneille sekä erityisliikunnan ryhmiä ihmisille, joilla on vamma tai pitkäaikaissairaus.\n\nKurssihaussa näet kurssien ajat, paikat ja vapaat paikat. Erityisliikunnan ryhmiin voit pyytää myös neuvontaa sopivan ryhmän löytämiseksi.',
        sv: 'Idrottstjänsterna ordnar ledda kurser för alla åldrar: simskolor för barn och vuxna, vattenmotion, gym- och balansgrupper för äldre samt grupper i anpassad motion för personer med funktionsnedsättning eller långvarig sjukdom.\n\nI kurssökningen ser du kursernas tider, platser och lediga platser. Till grupperna i anpassad motion kan du också be om råd för att hitta en lämplig grupp.',
        en: 'The sports services organise guided courses for all ages: swimming lessons for children and adults, water exercise, gym and balance groups for older people, and adapted physical activity groups for people with a disability or long-term illness.\n\nThe course search shows times, places and free places. For adapted physical activity you can also ask for advice in finding a suitable group.',
      },
      process: {
        fi: 'Saat vahvistuksen sähköpostiisi heti, kun kurssi on maksettu. Täyttyneille kursseille voi jonottaa.',
        sv: 'Du får en bekräftelse till din e-post så snart kursen är betald. Till fulla kurser kan man köa.',
        en: 'You receive a confirmation by e-mail as soon as the course is paid. You can join a waiting list for full courses.',
      },
      processingTime: {
        fi: 'Ilmoittautuminen vahvistuu heti.',
        sv: 'Anmälan bekräftas direkt.',
        en: 'The enrolment is confirmed immediately.',
      },
      validity: {
        fi: 'Kurssipaikka on voimassa kurssin ajan.',
        sv: 'Kursplatsen gäller under kursen.',
        en: 'The place is valid for the duration of the course.',
      },
      costs: {
        fi: 'Kurssimaksu riippuu kurssista. Erityisliikunnan ja senioriliikunnan kurssit ovat edullisempia.',
        sv: 'Kursavgiften beror på kursen. Kurserna i anpassad motion och seniormotion är förmånligare.',
        en: 'The fee depends on the course. Adapted physical activity and senior courses cost less.',
      },
      moreInformation: {
        fi: 'Kurssit alkavat syys- ja tammikuussa. Ilmoittautumisen alkamispäivät julkaistaan kaupungin sivuilla.',
        sv: 'Kurserna börjar i september och januari. Datumen när anmälan öppnar publiceras på stadens webbplats.',
        en: 'Courses start in September and January. The dates when enrolment opens are published on the city’s pages.',
      },
      contact: {
        fi: 'Liikuntakurssien asiakaspalvelu, puh. 09 310 87750 (ma–pe klo 9–15), liikuntakurssit@hel.test. Erityisliikunta, puh. 09 310 87760.',
        sv: 'Kundtjänsten för motionskurser, tfn 09 310 87750 (mån–fre kl. 9–15), liikuntakurssit@hel.test. Anpassad motion, tfn 09 310 87760.',
        en: 'Sports courses customer service, tel. 09 310 87750 (Mon–Fri 9 AM–3 PM), liikuntakurssit@hel.test. Adapted physical activity, tel. 09 310 87760.',
      },
      prerequisites: {
        fi: 'Kursseille voivat ilmoittautua kaikki. Osa ryhmistä on tarkoitettu tietylle ikäryhmälle.',
        sv: 'Alla kan anmäla sig till kurserna. En del grupper är avsedda för en viss åldersgrupp.',
        en: 'Anyone can enrol. Some groups are meant for a particular age group.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['culture-leisure'],
      targetGroups: ['personal-customers'],
      residentGroups: ['elderly', 'disabled', 'children-families'],
      division: 'culture-leisure',
      eService: { kind: 'external', url: cityPages('e-asiointi/liikuntakurssit', 'e-tjanster/motionskurser', 'e-services/sports-courses') },
      requiresStrongIdentification: false,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 87750', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'liikuntakurssit@hel.test',
      },
    },
  },
];
