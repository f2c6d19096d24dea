import { cityPages, helsinkiInfo, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* Housing and the environment: residents' own matters. The permits for enterprises are in housing-environment-permits.ts. */

export const housingEnvironmentServices: DemoCatalogueService[] = [
  {
    slug: 'dog-declaration',
    popularity: 80,
    content: {
      name: { fi: 'Koiraveroilmoitus', sv: 'Hundskattedeklaration', en: 'Dog declaration' },
      synonyms: {
        fi: ['koira', 'koiravero', 'koiraveroilmoitus', 'koiranomistaja', 'koiran rekisteröinti', 'koiran omistajanvaihdos', 'lemmikki', 'pentu'],
        sv: ['hund', 'hundskatt', 'hundskatteanmälan', 'hundägare', 'registrering av hund', 'ägarbyte', 'husdjur', 'valp'],
        en: ['dog', 'dog tax', 'dog owner', 'dog registration', 'change of owner', 'pet', 'puppy'],
      },
      summary: {
        fi: 'Ilmoita koirasi tiedot, omistajan muutos tai koiran kuolema.',
        sv: 'Anmäl uppgifterna om din hund, byte av ägare eller hundens död.',
        en: 'Declare your dog, a change of owner or the death of the dog.',
      },
      description: {
        fi: 'Helsinkiläisen koiranomistajan on ilmoitettava koiransa kaupungille koiraveroa varten. Tee ilmoitus, kun koira täyttää kolme kuukautta, kun muutat Helsinkiin koiran kanssa, kun koira vaihtaa omistajaa tai kun koira kuolee. Ilmoita samalla lomakkeella myös osoitteesi muutos.\n\nTarvitset koiran nimen, rodun, syntymäajan ja tunnistusmerkinnän eli mikrosirun numeron. Jos koira on opas-, avustaja- tai kuulokoira, kerro siitä lomakkeella.',
        sv: 'En hundägare i Helsingfors ska anmäla sin hund till staden för hundskatten. Gör anmälan när hunden fyller tre månader, när du flyttar till Helsingfors med hunden, när hunden byter ägare eller när hunden dör. Anmäl också din adressändring med samma blankett.\n\nDu behöver hundens namn, ras, födelsedatum och ID-märkning, det vill säga mikrochipets nummer. Om hunden är ledar-, assistans- eller hörselhund, berätta det på blanketten.',
        en: 'A dog owner living in Helsinki must declare the dog to the city for the dog tax. Make the declaration when the dog turns three months old, when you move to Helsinki with your dog, when the dog changes owner or when it dies. Report your change of address on the same form.\n\nYou need the dog’s name, breed, date of birth and identification, that is, the number of its microchip. If the dog is a guide, assistance or hearing dog, tell us on the form.',
      },
      process: {
        fi: 'Ilmoitus tallentuu kaupungin koirarekisteriin. Ympäristöpalvelut voi pyytää täydennystä viestillä asiointikansioon. Koiravero laskutetaan kerran vuodessa erillisellä laskulla; ilmoituksesta ei tehdä erillistä päätöstä.',
        sv: 'Anmälan sparas i stadens hundregister. Miljötjänsterna kan be om komplettering genom ett meddelande i e-tjänstmappen. Hundskatten faktureras en gång om året med en separat faktura; inget separat beslut fattas om anmälan.',
        en: 'The declaration is stored in the city’s dog register. The environmental services may ask you to complement it by a message in the e-services folder. The dog tax is billed once a year on a separate invoice; no separate decision is made on the declaration.',
      },
      processingTime: {
        fi: 'Ilmoitus kirjataan rekisteriin noin kahden viikon kuluessa.',
        sv: 'Anmälan registreras inom cirka två veckor.',
        en: 'The declaration is registered within about two weeks.',
      },
      validity: {
        fi: 'Koira on rekisterissä, kunnes ilmoitat sen kuolemasta, omistajan vaihtumisesta tai poismuutosta.',
        sv: 'Hunden står i registret tills du anmäler dess död, ägarbyte eller flytt från staden.',
        en: 'The dog stays in the register until you report its death, a change of owner or moving away.',
      },
      costs: {
        fi: 'Ilmoituksen tekeminen on maksutonta. Koiraveron määrästä päättää kaupunginvaltuusto; voimassa oleva vero on kaupungin sivuilla.',
        sv: 'Det är avgiftsfritt att göra anmälan. Hundskattens belopp beslutas av stadsfullmäktige; den gällande skatten finns på stadens webbplats.',
        en: 'Making the declaration is free of charge. The amount of the dog tax is decided by the City Council; the current tax is on the city’s pages.',
      },
      moreInformation: {
        fi: 'Koira-aitaukset, koirien uimarannat ja kytkentämääräykset löytyvät kaupungin sivuilta.',
        sv: 'Hundrastgårdar, hundstränder och bestämmelser om koppel finns på stadens webbplats.',
        en: 'Dog parks, dog beaches and the leash rules are on the city’s pages.',
      },
      contact: {
        fi: 'Koirarekisteri, puh. 09 310 32080 (ma–pe klo 9–12), koirarekisteri@hel.test. Kaupunkiympäristön toimiala.',
        sv: 'Hundregistret, tfn 09 310 32080 (mån–fre kl. 9–12), koirarekisteri@hel.test. Stadsmiljösektorn.',
        en: 'Dog register, tel. 09 310 32080 (Mon–Fri 9 AM–12 noon), koirarekisteri@hel.test. Urban Environment Division.',
      },
      prerequisites: {
        fi: 'Olet koiran omistaja ja asut Helsingissä. Ilmoitus edellyttää vahvaa tunnistautumista.',
        sv: 'Du är hundens ägare och bor i Helsingfors. Anmälan kräver stark identifiering.',
        en: 'You own the dog and live in Helsinki. The declaration needs strong identification.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['housing-environment'],
      targetGroups: ['personal-customers'],
      residentGroups: [],
      division: 'urban-environment',
      eService: { kind: 'internal-form', formSlug: 'dog-declaration' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: false,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Koiraveroilmoitus', sv: 'Hundskattedeklaration', en: 'Dog declaration' },
            format: 'pdf',
            url: 'https://www.hel.test/static/kymp/koiraveroilmoitus.pdf',
          },
        ],
        telephone: { number: '09 310 32080', hours: weekdays(9, 12), callCharge: localCallCharge },
        visitingAddress: helsinkiInfo,
        email: 'koirarekisteri@hel.test',
      },
    },
  },
  {
    slug: 'allotment-garden-plot',
    popularity: 0,
    content: {
      name: { fi: 'Viljelypalstan vuokraaminen', sv: 'Hyra en odlingslott', en: 'Renting an allotment plot' },
      synonyms: {
        fi: ['viljelypalsta', 'palsta', 'kaupunkiviljely', 'kasvimaa', 'puutarha', 'siirtolapuutarha', 'palstaviljely'],
        sv: ['odlingslott', 'lott', 'stadsodling', 'köksträdgård', 'trädgård', 'koloniträdgård'],
        en: ['allotment', 'garden plot', 'urban gardening', 'vegetable garden', 'community garden', 'growing'],
      },
      summary: {
        fi: 'Hae kaupungin viljelypalstaa kasvien ja vihannesten kasvattamiseen.',
        sv: 'Ansök om en av stadens odlingslotter för att odla växter och grönsaker.',
        en: 'Apply for one of the city’s plots to grow plants and vegetables.',
      },
      description: {
        fi: 'Kaupunki vuokraa viljelypalstoja eri puolilla Helsinkiä. Palstat ovat yleensä 50–100 neliömetrin kokoisia, ja alueilla on kasteluvesi kesäkaudella. Osaa palsta-alueista hoitaa viljelijöiden yhdistys, joka vuokraa palstat jäsenilleen.\n\nVapautuvat palstat jaetaan hakemusten perusteella hakujärjestyksessä. Voit hakea palstaa ympäri vuoden; hakemus jää jonoon, kunnes toivomaltasi alueelta vapautuu palsta.',
        sv: 'Staden hyr ut odlingslotter på olika håll i Helsingfors. Lotterna är oftast 50–100 kvadratmeter stora och på områdena finns bevattningsvatten under sommarsäsongen. En del lottområden sköts av en förening för odlarna, som hyr ut lotterna till sina medlemmar.\n\nLotter som blir lediga fördelas i den ordning ansökningarna kommit in. Du kan söka en lott året om; ansökan står i kö tills en lott blir ledig på det område du önskar.',
        en: 'The city rents out allotment plots around Helsinki. Plots are usually 50–100 square metres, and the areas have irrigation water in the summer season. Some areas are run by a gardeners’ association, which rents the plots to its members.\n\nPlots that become free are allocated in the order the applications arrive. You can apply all year round; your application stays in the queue until a plot becomes free in the area you chose.',
      },
      process: {
        fi: 'Hakemus kirjataan jonoon. Kun palsta vapautuu, sinulle lähetetään vuokrasopimus ja lasku. Palsta on käytössäsi, kun sopimus on allekirjoitettu ja vuokra maksettu.',
        sv: 'Ansökan förs in i kön. När en lott blir ledig får du ett hyresavtal och en faktura. Lotten är din när avtalet är undertecknat och hyran betald.',
        en: 'Your application joins the queue. When a plot becomes free, you are sent a lease and an invoice. The plot is yours once the lease is signed and the rent paid.',
      },
      processingTime: {
        fi: 'Jonotusaika vaihtelee alueittain muutamasta kuukaudesta useaan vuoteen.',
        sv: 'Kötiden varierar mellan områdena från några månader till flera år.',
        en: 'The waiting time varies by area from a few months to several years.',
      },
      validity: {
        fi: 'Vuokrasopimus on voimassa kalenterivuoden ja jatkuu vuosittain, jos vuokra maksetaan ja palstaa hoidetaan.',
        sv: 'Hyresavtalet gäller ett kalenderår och förlängs årligen om hyran betalas och lotten sköts.',
        en: 'The lease runs for a calendar year and continues each year as long as the rent is paid and the plot is tended.',
      },
      costs: {
        fi: 'Hakeminen on maksutonta. Palstan vuosivuokra riippuu palstan koosta.',
        sv: 'Det är avgiftsfritt att ansöka. Årshyran för lotten beror på lottens storlek.',
        en: 'Applying is free of charge. The annual rent depends on the size of the plot.',
      },
      moreInformation: {
        fi: 'Palsta-alueiden kartta ja viljelyohjeet ovat kaupungin sivuilla.',
        sv: 'En karta över lottområdena och odlingsanvisningar finns på stadens webbplats.',
        en: 'A map of the allotment areas and growing instructions are on the city’s pages.',
      },
      contact: {
        fi: 'Viljelypalstat, viljelypalstat@hel.test. Vastaamme viesteihin arkipäivisin, yleensä kolmen päivän kuluessa.',
        sv: 'Odlingslotter, viljelypalstat@hel.test. Vi svarar på meddelanden på vardagar, i regel inom tre dagar.',
        en: 'Allotment plots, viljelypalstat@hel.test. We answer messages on working days, usually within three days.',
      },
      prerequisites: {
        fi: 'Olet täysi-ikäinen. Yksi palsta taloutta kohden. Myös yhdistykset voivat hakea yhteisöpalstaa.',
        sv: 'Du är myndig. En lott per hushåll. Också föreningar kan söka en gemensam lott.',
        en: 'You are an adult. One plot per household. Associations can also apply for a community plot.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['housing-environment', 'culture-leisure'],
      targetGroups: ['personal-customers', 'associations'],
      residentGroups: ['elderly', 'children-families'],
      division: 'urban-environment',
      eService: { kind: 'external', url: cityPages('e-asiointi/viljelypalstat', 'e-tjanster/odlingslotter', 'e-services/allotment-plots') },
      requiresStrongIdentification: false,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: null,
        visitingAddress: null,
        email: 'viljelypalstat@hel.test',
      },
    },
  },
  {
    slug: 'rental-housing-application',
    popularity: 0,
    content: {
      name: { fi: 'Kaupungin vuokra-asunnon hakeminen', sv: 'Ansökan om stadens hyresbostad', en: 'Applying for a city rental flat' },
      synonyms: {
        fi: ['vuokra-asunto', 'asuntohakemus', 'kaupungin asunto', 'vuokra-asuntohakemus', 'asunto', 'kaksio', 'yksiö', 'perheasunto', 'asunnottomuus'],
        sv: ['hyresbostad', 'bostadsansökan', 'stadens bostad', 'bostad', 'lägenhet', 'familjebostad', 'bostadslöshet'],
        en: ['rental housing', 'housing application', 'city flat', 'apartment', 'flat', 'family apartment', 'homelessness', 'council housing'],
      },
      summary: {
        fi: 'Hae asuntoa kaupungin omistamista vuokrataloista.',
        sv: 'Ansök om en bostad i stadens hyreshus.',
        en: 'Apply for a flat in the city’s rental buildings.',
      },
      description: {
        fi: 'Kaupungilla on kymmeniätuhansia vuokra-asuntoja eri puolilla Helsinkiä. Asukkaat valitaan asunnon tarpeen, varallisuuden ja tulojen perusteella; kiireellisimmin asuntoa tarvitsevat ovat etusijalla.\n\nHakemuksessa kerrotaan, keitä asuntoon muuttaa, millaista asuntoa ja miltä alueilta haet sekä nykyinen asumistilanteesi ja tulosi. Voit hakea useampaa aluetta samalla hakemuksella.',
        sv: 'Staden har tiotusentals hyresbostäder på olika håll i Helsingfors. Invånarna väljs utifrån bostadsbehov, förmögenhet och inkomster; de som har det mest brådskande behovet av bostad går först.\n\nI ansökan berättar du vem som flyttar in, vilken slags bostad och vilka områden du söker samt din nuvarande boendesituation och dina inkomster. Du kan söka flera områden med samma ansökan.',
        en: 'The city owns tens of thousands of rental flats around Helsinki. Residents are chosen on the basis of housing need, assets and income; those whose need is most urgent come first.\n\nIn the application you tell who will move in, what kind of flat and which areas you are looking for, and your current housing situation and income. You can apply for several areas with one application.',
      },
      process: {
        fi: 'Asuntopalvelut tarkistaa hakemuksen ja lähettää sinulle hakemusnumeron. Kun sopiva asunto vapautuu, sinulle tarjotaan asuntonäyttöä. Ota asunto vastaan tai kieltäydy siitä tarjouksessa mainitussa ajassa.',
        sv: 'Bostadstjänsterna kontrollerar ansökan och skickar ett ansökningsnummer. När en lämplig bostad blir ledig erbjuds du en visning. Ta emot bostaden eller tacka nej inom den tid som anges i erbjudandet.',
        en: 'The housing services check the application and send you an application number. When a suitable flat becomes free, you are offered a viewing. Accept or decline the flat within the time given in the offer.',
      },
      processingTime: {
        fi: 'Hakemus tulee voimaan noin viikon kuluessa sen jättämisestä. Asunnon saamiseen kuluva aika riippuu tilanteesta ja haetuista alueista.',
        sv: 'Ansökan träder i kraft inom cirka en vecka efter att den lämnats in. Hur länge det tar att få en bostad beror på situationen och de områden du söker.',
        en: 'The application is active about a week after you send it. How long it takes to get a flat depends on your situation and the areas you apply for.',
      },
      validity: {
        fi: 'Hakemus on voimassa kolme kuukautta. Voit uusia sen palvelussa ennen voimassaolon päättymistä.',
        sv: 'Ansökan gäller tre månader. Du kan förnya den i tjänsten innan den går ut.',
        en: 'The application is valid for three months. You can renew it in the service before it expires.',
      },
      costs: {
        fi: 'Hakeminen on maksutonta. Vuokra ja vakuus mainitaan asuntotarjouksessa.',
        sv: 'Det är avgiftsfritt att ansöka. Hyran och säkerheten anges i bostadserbjudandet.',
        en: 'Applying is free of charge. The rent and deposit are stated in the offer.',
      },
      moreInformation: {
        fi: 'Asumisneuvojat auttavat, jos sinulla on vuokrarästejä tai asunnottomuuden uhka.',
        sv: 'Boenderådgivarna hjälper om du har hyresskulder eller riskerar att bli bostadslös.',
        en: 'The housing advisers help if you have rent arrears or are at risk of losing your home.',
      },
      contact: {
        fi: 'Asuntopalvelut, puh. 09 310 13330 (ma–pe klo 9–15), asuntopalvelut@hel.test.',
        sv: 'Bostadstjänsterna, tfn 09 310 13330 (mån–fre kl. 9–15), asuntopalvelut@hel.test.',
        en: 'Housing services, tel. 09 310 13330 (Mon–Fri 9 AM–3 PM), asuntopalvelut@hel.test.',
      },
      prerequisites: {
        fi: 'Olet täyttänyt 18 vuotta, ja sinulla on oleskelulupa vähintään vuodeksi, jos et ole Suomen tai EU-maan kansalainen.',
        sv: 'Du har fyllt 18 år och har uppehållstillstånd för minst ett år om du inte är medborgare i Finland eller ett EU-land.',
        en: 'You are 18 or older and, if you are not a citizen of Finland or an EU country, have a residence permit for at least one year.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['housing-environment'],
      targetGroups: ['personal-customers'],
      residentGroups: ['youth', 'children-families', 'elderly', 'immigrants'],
      division: 'urban-environment',
      eService: { kind: 'external', url: cityPages('e-asiointi/vuokra-asuntohakemus', 'e-tjanster/ansokan-om-hyresbostad', 'e-services/rental-housing-application') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Vuokra-asuntohakemus', sv: 'Ansökan om hyresbostad', en: 'Rental housing application' },
            format: 'pdf',
            url: 'https://www.hel.test/static/kymp/vuokra-asuntohakemus.pdf',
          },
        ],
        telephone: { number: '09 310 13330', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Asuntopalvelut, Työpajankatu 8, Helsinki. Avoinna ma–pe klo 9–15.',
          sv: 'Bostadstjänsterna, Verkstadsgatan 8, Helsingfors. Öppet mån–fre kl. 9–15.',
          en: 'Housing services, Työpajankatu 8, Helsinki. Open Mon–Fri 9 AM–3 PM.',
        },
        email: 'asuntopalvelut@hel.test',
      },
    },
  },
];
