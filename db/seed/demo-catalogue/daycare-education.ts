import { cityPages, freeOfCharge, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* Day care and education: early childhood education and comprehensive school. */

export const daycareEducationServices: DemoCatalogueService[] = [
  {
    slug: 'day-care-application',
    popularity: 100,
    content: {
      name: { fi: 'Varhaiskasvatus- tai esiopetushakemus', sv: 'Ansökan om småbarnspedagogik eller förskoleundervisning', en: 'Day care or pre-school application' },
      synonyms: {
        fi: ['päivähoito', 'päiväkoti', 'päivähoitohakemus', 'päiväkotipaikka', 'esikoulu', 'eskari', 'perhepäivähoito', 'hoitopaikka', 'vuorohoito'],
        sv: ['dagvård', 'daghem', 'dagis', 'förskola', 'dagvårdsplats', 'familjedagvård', 'skiftvård'],
        en: ['daycare', 'kindergarten', 'nursery', 'preschool', 'childcare', 'early childhood education', 'family day care'],
      },
      summary: {
        fi: 'Hae lapsellesi paikkaa kunnalliseen varhaiskasvatukseen tai esiopetukseen.',
        sv: 'Ansök om en plats inom kommunal småbarnspedagogik eller förskoleundervisning för ditt barn.',
        en: 'Apply for a place for your child in municipal early childhood education or pre-school.',
      },
      description: {
        fi: 'Tällä hakemuksella haet lapsellesi paikkaa kaupungin päiväkotiin, perhepäivähoitoon tai esiopetukseen. Voit hakea kokopäiväistä tai osapäiväistä varhaiskasvatusta sekä ilta- ja vuorohoitoa, jos tarvitset hoitoa työn tai opiskelun vuoksi. Hakemuksella voit myös hakea siirtoa toiseen päiväkotiin.\n\nJätä hakemus viimeistään neljä kuukautta ennen kuin tarvitset paikan. Jos tarve johtuu äkillisestä työllistymisestä tai opiskelun alkamisesta, jätä hakemus mahdollisimman pian, vähintään kaksi viikkoa ennen. Esiopetukseen haetaan tammikuussa, ja esiopetus alkaa elokuussa.',
        sv: 'Med den här ansökan söker du en plats för ditt barn på ett daghem, inom familjedagvården eller i förskoleundervisningen. Du kan söka småbarnspedagogik på heltid eller deltid samt kvälls- och skiftvård om du behöver vård på grund av arbete eller studier. Du kan också söka förflyttning till ett annat daghem.\n\nLämna in ansökan senast fyra månader innan du behöver platsen. Om behovet beror på att du plötsligt fått arbete eller börjat studera, lämna in ansökan så snart som möjligt, minst två veckor innan. Till förskoleundervisningen söker man i januari, och undervisningen börjar i augusti.',
        en: 'With this application you apply for a place for your child in a city day care centre, in family day care or in pre-school. You can apply for full-day or part-day early childhood education, and for evening and shift care if you need care because of work or studies. You can also apply for a transfer to another day care centre.\n\nSend the application at least four months before you need the place. If the need arises from suddenly finding work or starting studies, apply as soon as possible, at least two weeks before. Pre-school applications are made in January, for the start in August.',
      },
      process: {
        fi: 'Hakemus siirtyy alueesi varhaiskasvatuksen palveluohjaukseen. Palveluohjaaja voi olla sinuun yhteydessä, jos hakemuksesta puuttuu tietoja. Saat päätöksen asiointikansioon, ja päiväkodin johtaja kutsuu teidät tutustumaan ennen aloitusta. Ota paikka vastaan tai peru se päätöksessä kerrotulla tavalla.',
        sv: 'Ansökan går till servicehandledningen för småbarnspedagogik i ditt område. Servicehandledaren kan kontakta dig om uppgifter saknas. Du får beslutet i e-tjänstmappen, och daghemsföreståndaren bjuder in er att bekanta er med daghemmet innan barnet börjar. Ta emot platsen eller tacka nej på det sätt som anges i beslutet.',
        en: 'The application goes to the early childhood education service guidance of your area. A service adviser may contact you if information is missing. You receive the decision in the e-services folder, and the head of the day care centre invites you for a visit before the start. Accept or decline the place as the decision tells you.',
      },
      processingTime: {
        fi: 'Paikka järjestetään viimeistään neljän kuukauden kuluttua hakemuksen jättämisestä, äkillisessä tarpeessa kahden viikon kuluttua. Päätös lähetetään yleensä noin kuukautta ennen toivottua aloituspäivää.',
        sv: 'Platsen ordnas senast fyra månader efter att ansökan lämnats in, vid plötsligt behov inom två veckor. Beslutet skickas i regel ungefär en månad före önskat startdatum.',
        en: 'A place is arranged within four months of the application, or within two weeks when the need is sudden. The decision is usually sent about a month before the start date you asked for.',
      },
      validity: {
        fi: 'Varhaiskasvatuspaikka on voimassa, kunnes lapsi aloittaa esiopetuksen tai irtisanot paikan. Esiopetuspaikka on voimassa lukuvuoden.',
        sv: 'Platsen inom småbarnspedagogiken gäller tills barnet börjar i förskoleundervisningen eller du säger upp platsen. En plats i förskoleundervisningen gäller ett läsår.',
        en: 'A place in early childhood education lasts until the child starts pre-school or you give up the place. A pre-school place lasts one school year.',
      },
      costs: {
        fi: 'Hakeminen on maksutonta. Varhaiskasvatuksesta peritään asiakasmaksu, joka määräytyy perheen koon, tulojen ja hoitoajan mukaan. Esiopetus on maksutonta neljä tuntia päivässä.',
        sv: 'Det är avgiftsfritt att ansöka. För småbarnspedagogiken tas en klientavgift ut som beror på familjens storlek, inkomster och vårdtid. Förskoleundervisningen är avgiftsfri fyra timmar om dagen.',
        en: 'Applying is free of charge. A client fee is charged for early childhood education, based on the size of the family, its income and the hours of care. Pre-school education is free for four hours a day.',
      },
      moreInformation: {
        fi: 'Lue lisää varhaiskasvatuksen muodoista, päiväkodeista ja asiakasmaksuista kaupungin sivuilta. Yksityisen varhaiskasvatuksen palvelusetelistä ja Kelan tuista on omat ohjeensa.',
        sv: 'Läs mer om formerna av småbarnspedagogik, daghemmen och klientavgifterna på stadens webbplats. För servicesedeln för privat småbarnspedagogik och FPA:s stöd finns egna anvisningar.',
        en: 'Read more about the forms of early childhood education, the day care centres and the client fees on the city’s pages. The service voucher for private early childhood education and Kela’s benefits have their own instructions.',
      },
      contact: {
        fi: 'Varhaiskasvatuksen asiakasneuvonta, puh. 09 310 27240 (ma–pe klo 9–15), varhaiskasvatus@hel.test. Kasvatuksen ja koulutuksen toimiala.',
        sv: 'Kundrådgivningen för småbarnspedagogik, tfn 09 310 27240 (mån–fre kl. 9–15), varhaiskasvatus@hel.test. Sektorn för fostran och utbildning.',
        en: 'Early childhood education advice, tel. 09 310 27240 (Mon–Fri 9 AM–3 PM), varhaiskasvatus@hel.test. Education Division.',
      },
      prerequisites: {
        fi: 'Lapsi asuu tai on muuttamassa Helsinkiin. Hakijana on lapsen huoltaja, joka tunnistautuu vahvasti.',
        sv: 'Barnet bor i eller håller på att flytta till Helsingfors. Sökanden är barnets vårdnadshavare, som identifierar sig starkt.',
        en: 'The child lives in Helsinki or is moving here. The applicant is the child’s guardian, who signs in with strong identification.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['daycare-education'],
      targetGroups: ['personal-customers'],
      residentGroups: ['children-families'],
      division: 'education',
      eService: { kind: 'internal-form', formSlug: 'day-care-application' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: true,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Varhaiskasvatushakemus', sv: 'Ansökan om småbarnspedagogik', en: 'Early childhood education application' },
            format: 'pdf',
            url: 'https://www.hel.test/static/kasko/varhaiskasvatushakemus.pdf',
          },
        ],
        telephone: { number: '09 310 27240', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'varhaiskasvatus@hel.test',
      },
    },
  },
  {
    slug: 'day-care-fee-income',
    popularity: 0,
    content: {
      name: {
        fi: 'Varhaiskasvatuksen asiakasmaksu, tulotietojen ilmoittaminen',
        sv: 'Klientavgift för småbarnspedagogik, anmälan av inkomstuppgifter',
        en: 'Early childhood education fee, reporting income',
      },
      synonyms: {
        fi: ['päivähoitomaksu', 'päiväkotimaksu', 'tuloselvitys', 'tulotiedot', 'maksupäätös', 'palkkatodistus'],
        sv: ['dagvårdsavgift', 'daghemsavgift', 'inkomstutredning', 'avgiftsbeslut', 'lönespecifikation'],
        en: ['day care fee', 'daycare payment', 'income statement', 'fee decision', 'payslip'],
      },
      summary: {
        fi: 'Ilmoita perheesi tulot varhaiskasvatuksen asiakasmaksua varten tai kerro tulojen muuttumisesta.',
        sv: 'Anmäl familjens inkomster för klientavgiften inom småbarnspedagogiken eller meddela att inkomsterna ändrats.',
        en: 'Report your family’s income for the early childhood education fee, or tell us that it has changed.',
      },
      description: {
        fi: 'Varhaiskasvatuksen kuukausimaksu lasketaan perheen koon ja bruttotulojen perusteella. Ilmoita tulot, kun lapsi aloittaa varhaiskasvatuksessa ja aina, kun perheen tulot tai koko muuttuvat olennaisesti. Voit liittää palkkatodistukset ja muut tositteet suoraan palveluun.\n\nJos hyväksyt korkeimman maksun, tulotietoja ei tarvitse toimittaa.',
        sv: 'Månadsavgiften för småbarnspedagogik räknas ut enligt familjens storlek och bruttoinkomster. Anmäl inkomsterna när barnet börjar inom småbarnspedagogiken och alltid när familjens inkomster eller storlek ändras väsentligt. Du kan bifoga lönespecifikationer och andra verifikat direkt i tjänsten.\n\nOm du godkänner den högsta avgiften behöver du inte lämna inkomstuppgifter.',
        en: 'The monthly fee for early childhood education is calculated from the size of the family and its gross income. Report your income when your child starts and whenever the family’s income or size changes substantially. You can attach payslips and other documents directly in the service.\n\nIf you accept the highest fee, you do not need to report your income.',
      },
      process: {
        fi: 'Varhaiskasvatuksen asiakasmaksuyksikkö laskee maksun tulotietojen perusteella ja lähettää maksupäätöksen. Jos tietoja puuttuu, sinulta pyydetään lisäselvitystä.',
        sv: 'Enheten för klientavgifter räknar ut avgiften utifrån inkomstuppgifterna och skickar ett avgiftsbeslut. Om uppgifter saknas ber vi dig om en tilläggsutredning.',
        en: 'The client fee unit calculates the fee from your income information and sends you a fee decision. If something is missing, you will be asked for more information.',
      },
      processingTime: {
        fi: 'Maksupäätös lähetetään yleensä 2–4 viikon kuluessa.',
        sv: 'Avgiftsbeslutet skickas i regel inom 2–4 veckor.',
        en: 'The fee decision is usually sent within 2–4 weeks.',
      },
      validity: {
        fi: 'Maksupäätös on voimassa toistaiseksi. Maksut tarkistetaan, kun tulot tai perheen koko muuttuvat tai kun maksuihin tulee yleinen muutos.',
        sv: 'Avgiftsbeslutet gäller tills vidare. Avgifterna justeras när inkomsterna eller familjens storlek ändras eller när avgifterna ändras allmänt.',
        en: 'The fee decision is valid until further notice. Fees are reviewed when the income or size of the family changes or when fees change generally.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Asiakasmaksujen tulorajat ja esimerkkilaskelmat ovat kaupungin sivuilla.',
        sv: 'Inkomstgränserna för klientavgifterna och räkneexempel finns på stadens webbplats.',
        en: 'The income limits and example calculations of the client fees are on the city’s pages.',
      },
      contact: {
        fi: 'Varhaiskasvatuksen asiakasmaksut, puh. 09 310 27250 (ma–pe klo 9–12), asiakasmaksut@hel.test.',
        sv: 'Klientavgifter inom småbarnspedagogiken, tfn 09 310 27250 (mån–fre kl. 9–12), asiakasmaksut@hel.test.',
        en: 'Early childhood education fees, tel. 09 310 27250 (Mon–Fri 9 AM–12 noon), asiakasmaksut@hel.test.',
      },
      prerequisites: {
        fi: 'Lapsella on paikka kunnallisessa varhaiskasvatuksessa.',
        sv: 'Barnet har en plats inom den kommunala småbarnspedagogiken.',
        en: 'Your child has a place in municipal early childhood education.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['daycare-education'],
      targetGroups: ['personal-customers'],
      residentGroups: ['children-families'],
      division: 'education',
      eService: { kind: 'external', url: cityPages('e-asiointi/varhaiskasvatuksen-tulotiedot', 'e-tjanster/inkomstuppgifter-smabarnspedagogik', 'e-services/day-care-fee-income') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: true,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Tuloselvityslomake', sv: 'Inkomstutredning', en: 'Income statement form' },
            format: 'docx',
            url: 'https://www.hel.test/static/kasko/tuloselvitys.docx',
          },
        ],
        telephone: { number: '09 310 27250', hours: weekdays(9, 12), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'asiakasmaksut@hel.test',
      },
    },
  },
  {
    slug: 'school-enrolment',
    popularity: 0,
    content: {
      name: { fi: 'Ilmoittautuminen perusopetukseen', sv: 'Anmälan till grundläggande utbildning', en: 'Enrolment in comprehensive school' },
      synonyms: {
        fi: ['koulu', 'kouluun ilmoittautuminen', 'ekaluokka', 'koulunaloitus', 'lähikoulu', 'valmistava opetus', 'koulupaikka'],
        sv: ['skola', 'skolanmälan', 'första klass', 'skolstart', 'närskola', 'förberedande undervisning', 'skolplats'],
        en: ['school', 'school place', 'first grade', 'starting school', 'local school', 'preparatory education', 'primary school'],
      },
      summary: {
        fi: 'Ilmoita lapsesi kouluun, kun hän aloittaa ensimmäisen luokan tai muuttaa Helsinkiin kouluikäisenä.',
        sv: 'Anmäl ditt barn till skolan när barnet börjar första klass eller flyttar till Helsingfors i skolåldern.',
        en: 'Enrol your child in school when they start first grade or move to Helsinki at school age.',
      },
      description: {
        fi: 'Helsinkiläinen lapsi aloittaa koulun sinä vuonna, kun hän täyttää seitsemän vuotta. Ilmoittautuminen ensimmäiselle luokalle on tammikuussa. Lapselle osoitetaan lähikoulu kotiosoitteen perusteella; voit samalla hakea paikkaa myös muuhun kuin lähikouluun.\n\nJos muutatte Helsinkiin kesken lukuvuoden tai ulkomailta, ilmoita lapsi kouluun heti, kun muuttopäivä on tiedossa. Maahan muuttaneille oppilaille voidaan järjestää perusopetukseen valmistavaa opetusta.',
        sv: 'Ett barn i Helsingfors börjar skolan det år barnet fyller sju år. Anmälan till första klass görs i januari. Barnet anvisas en närskola utifrån hemadressen; samtidigt kan du söka plats i en annan skola än närskolan.\n\nOm ni flyttar till Helsingfors mitt under läsåret eller från utlandet, anmäl barnet till skolan så snart flyttdagen är känd. För elever som flyttat till Finland kan förberedande undervisning för den grundläggande utbildningen ordnas.',
        en: 'A child in Helsinki starts school in the year they turn seven. Enrolment for first grade takes place in January. Your child is given a local school based on your home address; at the same time you can apply for a place in another school.\n\nIf you move to Helsinki during the school year or from abroad, enrol your child as soon as you know the moving date. Pupils who have moved to Finland can be given preparatory education before they join a regular class.',
      },
      process: {
        fi: 'Saat päätöksen lähikoulusta huhtikuun aikana. Jos haet muuhun kouluun, haku käsitellään lähikoulupäätöksen jälkeen ja saat siitä erillisen päätöksen. Koulu lähettää ennen lukuvuoden alkua tietoa koulun aloituksesta.',
        sv: 'Du får beslutet om närskola under april. Om du söker till en annan skola behandlas ansökan efter beslutet om närskola och du får ett separat beslut. Skolan skickar information om skolstarten före läsårets början.',
        en: 'You receive the decision on the local school during April. If you apply for another school, that application is handled after the local school decision and you receive a separate decision. The school sends information about the start before the school year begins.',
      },
      processingTime: {
        fi: 'Ensimmäiselle luokalle ilmoittautuneet saavat päätöksen huhtikuussa. Muuttajien ilmoittautumiset käsitellään noin kahdessa viikossa.',
        sv: 'De som anmält sig till första klass får beslutet i april. Anmälningar från inflyttade behandlas på ungefär två veckor.',
        en: 'Children enrolled for first grade receive the decision in April. Enrolments of families moving to Helsinki are handled in about two weeks.',
      },
      validity: {
        fi: 'Koulupaikka on voimassa, kunnes oppilas siirtyy toiseen kouluun tai päättää perusopetuksen.',
        sv: 'Skolplatsen gäller tills eleven byter skola eller slutför den grundläggande utbildningen.',
        en: 'The school place lasts until the pupil moves to another school or completes comprehensive school.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Koulujen oppilaaksiottoalueet, painotettu opetus ja ruotsinkieliset koulut löytyvät kaupungin sivuilta.',
        sv: 'Skolornas elevupptagningsområden, undervisning med tyngdpunkt och de svenskspråkiga skolorna finns på stadens webbplats.',
        en: 'The schools’ catchment areas, schools with special emphasis and the Swedish-language schools are listed on the city’s pages.',
      },
      contact: {
        fi: 'Perusopetuksen oppilaaksiotto, puh. 09 310 27260 (ma–pe klo 10–14), oppilaaksiotto@hel.test.',
        sv: 'Elevintagningen, tfn 09 310 27260 (mån–fre kl. 10–14), oppilaaksiotto@hel.test.',
        en: 'Pupil admissions, tel. 09 310 27260 (Mon–Fri 10 AM–2 PM), oppilaaksiotto@hel.test.',
      },
      prerequisites: {
        fi: 'Lapsi asuu Helsingissä tai on muuttamassa Helsinkiin. Ilmoittautujana on lapsen huoltaja.',
        sv: 'Barnet bor i eller håller på att flytta till Helsingfors. Anmälan görs av barnets vårdnadshavare.',
        en: 'The child lives in Helsinki or is moving here. The enrolment is made by the child’s guardian.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['daycare-education'],
      targetGroups: ['personal-customers'],
      residentGroups: ['children-families', 'immigrants'],
      division: 'education',
      eService: { kind: 'external', url: cityPages('e-asiointi/kouluun-ilmoittautuminen', 'e-tjanster/skolanmalan', 'e-services/school-enrolment') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: true,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Ilmoittautuminen perusopetukseen', sv: 'Anmälan till grundläggande utbildning', en: 'Enrolment in comprehensive school' },
            format: 'pdf',
            url: 'https://www.hel.test/static/kasko/ilmoittautuminen-perusopetukseen.pdf',
          },
        ],
        telephone: { number: '09 310 27260', hours: weekdays(10, 14), callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Kasvatuksen ja koulutuksen toimialan asiakaspalvelu, Töysänkatu 2 D, Helsinki.',
          sv: 'Kundtjänsten vid sektorn för fostran och utbildning, Töysägatan 2 D, Helsingfors.',
          en: 'Education Division customer service, Töysänkatu 2 D, Helsinki.',
        },
        email: 'oppilaaksiotto@hel.test',
      },
    },
  },
];
