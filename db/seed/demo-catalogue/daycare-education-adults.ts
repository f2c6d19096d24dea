import { cityPages, localCallCharge } from './common';
import type { DemoCatalogueService } from './types';

/* Day care and education: the adult education institutes and language courses for adults. */

export const adultEducationServices: DemoCatalogueService[] = [
  {
    slug: 'adult-education-enrolment',
    popularity: 70,
    content: {
      name: { fi: 'Työväenopistot, ilmoittautuminen verkossa', sv: 'Arbetarinstitut, anmälan på nätet', en: 'Adult education institutes, online enrolment' },
      synonyms: {
        fi: ['työväenopisto', 'kansalaisopisto', 'kurssi', 'kurssit', 'kurssi-ilmoittautuminen', 'harrastus', 'aikuisopetus', 'Ilmonet', 'Arbis'],
        sv: ['arbetarinstitut', 'Arbis', 'kurs', 'kurser', 'kursanmälan', 'medborgarinstitut', 'vuxenutbildning', 'hobby'],
        en: ['course', 'courses', 'evening class', 'adult education', 'hobby', 'course enrolment', 'Ilmonet'],
      },
      summary: {
        fi: 'Työväenopistojen kurssit ja ilmoittautuminen verkossa.',
        sv: 'Arbetarinstitutens kurser och anmälan på nätet.',
        en: 'Course listings and online enrolment to the adult education institutes.',
      },
      description: {
        fi: 'Helsingin työväenopisto ja ruotsinkielinen Arbis järjestävät kursseja kielistä, taito- ja taideaineista, liikunnasta, tietotekniikasta ja yhteiskunnallisista aiheista. Kurssihaussa näet kurssien ajat, paikat, opettajat ja vapaat paikat. Voit ilmoittautua ja maksaa kurssin samalla kertaa.\n\nSyyslukukauden ilmoittautuminen alkaa elokuussa ja kevätlukukauden joulukuussa. Ilmoittautumisen alkamispäivät ilmoitetaan opistojen sivuilla.',
        sv: 'Helsingfors arbetarinstitut Arbis och det finskspråkiga arbetarinstitutet ordnar kurser i språk, hantverk och konst, motion, datateknik och samhälleliga ämnen. I kurssökningen ser du kursernas tider, platser, lärare och lediga platser. Du kan anmäla dig och betala kursen på en gång.\n\nAnmälan till höstterminen börjar i augusti och till vårterminen i december. Datumen meddelas på institutens webbplatser.',
        en: 'The Finnish-language Helsinki adult education institute and the Swedish-language Arbis offer courses in languages, crafts and arts, exercise, information technology and social topics. The course search shows the times, places, teachers and free places. You can enrol and pay for the course in one go.\n\nEnrolment for the autumn term opens in August and for the spring term in December. The exact dates are announced on the institutes’ pages.',
      },
      process: {
        fi: 'Saat vahvistuksen ilmoittautumisesta sähköpostiisi heti maksun jälkeen. Jos kurssi peruuntuu vähäisen osallistujamäärän vuoksi, opisto ilmoittaa siitä ja palauttaa kurssimaksun.',
        sv: 'Du får en bekräftelse på anmälan till din e-post direkt efter betalningen. Om kursen ställs in på grund av för få deltagare meddelar institutet detta och betalar tillbaka kursavgiften.',
        en: 'You receive a confirmation by e-mail as soon as you have paid. If a course is cancelled for lack of participants, the institute tells you and refunds the course fee.',
      },
      processingTime: {
        fi: 'Ilmoittautuminen vahvistuu heti.',
        sv: 'Anmälan bekräftas direkt.',
        en: 'The enrolment is confirmed immediately.',
      },
      validity: {
        fi: 'Kurssipaikka on voimassa kurssin ajan. Peru paikkasi viimeistään viikkoa ennen kurssin alkua, jos et voi osallistua.',
        sv: 'Kursplatsen gäller under kursen. Avboka din plats senast en vecka före kursstart om du inte kan delta.',
        en: 'The place is yours for the duration of the course. Cancel at least a week before the course starts if you cannot take part.',
      },
      costs: {
        fi: 'Kurssimaksut vaihtelevat kurssin pituuden ja aiheen mukaan. Hinta näkyy kunkin kurssin tiedoissa.',
        sv: 'Kursavgifterna varierar enligt kursens längd och ämne. Priset anges för varje kurs.',
        en: 'Course fees depend on the length and subject of the course. The price is shown with each course.',
      },
      moreInformation: {
        fi: 'Opinto-ohjelmat julkaistaan verkossa ja painettuina kirjastoissa ennen lukukauden alkua.',
        sv: 'Studieprogrammen publiceras på nätet och i tryck på biblioteken före terminsstarten.',
        en: 'The study programmes are published online and in print at the libraries before each term.',
      },
      contact: {
        fi: 'Työväenopiston asiakaspalvelu, puh. 09 310 88610 (ma–to klo 10–16), tyovaenopisto@hel.test. Arbis, puh. 09 310 88620, arbis@hel.test.',
        sv: 'Arbis kundtjänst, tfn 09 310 88620 (mån–tors kl. 10–16), arbis@hel.test. Det finskspråkiga arbetarinstitutet, tfn 09 310 88610, tyovaenopisto@hel.test.',
        en: 'Adult education institute customer service, tel. 09 310 88610 (Mon–Thu 10 AM–4 PM), tyovaenopisto@hel.test. Arbis, tel. 09 310 88620, arbis@hel.test.',
      },
      prerequisites: {
        fi: 'Kursseille voivat osallistua kaikki, asuinpaikasta riippumatta. Osa kursseista on tarkoitettu tietylle ikä- tai taitotasolle.',
        sv: 'Alla får delta i kurserna oberoende av hemort. En del kurser är avsedda för en viss ålder eller nivå.',
        en: 'Anyone can take part, wherever they live. Some courses are meant for a particular age or level.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['daycare-education', 'culture-leisure'],
      targetGroups: ['personal-customers'],
      residentGroups: ['elderly', 'immigrants'],
      division: 'education',
      eService: { kind: 'external', url: cityPages('e-asiointi/tyovaenopisto-kurssit', 'e-tjanster/arbis-kurser', 'e-services/adult-education-courses') },
      requiresStrongIdentification: false,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 88610', hours: { fi: 'ma–to klo 10–16', sv: 'mån–tors kl. 10–16', en: 'Mon–Thu 10 AM–4 PM' }, callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Työväenopiston toimisto, Helsinginkatu 26, Helsinki. Arbis, Dagmarinkatu 3, Helsinki.',
          sv: 'Arbis kansli, Dagmarsgatan 3, Helsingfors. Det finskspråkiga arbetarinstitutets kansli, Helsingegatan 26, Helsingfors.',
          en: 'Adult education institute office, Helsinginkatu 26, Helsinki. Arbis, Dagmarinkatu 3, Helsinki.',
        },
        email: 'tyovaenopisto@hel.test',
      },
    },
  },
  {
    slug: 'finnish-courses-for-immigrants',
    popularity: 0,
    content: {
      name: { fi: 'Suomen kielen kurssit maahan muuttaneille', sv: 'Kurser i finska för invandrare', en: 'Finnish courses for immigrants' },
      synonyms: {
        fi: ['suomen kieli', 'S2', 'kielikurssi', 'kotoutumiskoulutus', 'luku- ja kirjoitustaito', 'maahanmuuttaja', 'tasotesti', 'ruotsin kieli'],
        sv: ['finska', 'finskakurs', 'språkkurs', 'integrationsutbildning', 'invandrare', 'nivåtest', 'läs- och skrivkunnighet', 'svenska'],
        en: ['Finnish language', 'language course', 'learn Finnish', 'integration training', 'immigrant', 'level test', 'literacy', 'Swedish course'],
      },
      summary: {
        fi: 'Ilmoittaudu suomen kielen kurssille tai tasotestiin. Kursseja on aloittelijoille, jatkajille ja luku- ja kirjoitustaidon opiskelijoille.',
        sv: 'Anmäl dig till en kurs i finska eller till ett nivåtest. Det finns kurser för nybörjare, fortsättare och för den som lär sig läsa och skriva.',
        en: 'Enrol in a Finnish course or a level test. There are courses for beginners, for those who continue and for those learning to read and write.',
      },
      description: {
        fi: 'Kaupunki järjestää maahan muuttaneille aikuisille suomen kielen kursseja päivä- ja iltaopetuksena sekä verkossa. Jos olet opiskellut suomea aiemmin, varaa ensin aika tasotestiin, jotta löydät sopivan kurssin. Luku- ja kirjoitustaidon kursseilla opiskellaan kirjoittamista ja lukemista suomeksi alusta alkaen.\n\nPalvelussa voit myös kysyä neuvoa muista kielen opiskelun mahdollisuuksista, myös ruotsin kielen kursseista.',
        sv: 'Staden ordnar kurser i finska för vuxna invandrare som dag- och kvällsundervisning och på nätet. Om du har studerat finska tidigare, boka först ett nivåtest så att du hittar en lämplig kurs. På kurserna i läs- och skrivkunnighet lär man sig att läsa och skriva på finska från början.\n\nI tjänsten kan du också fråga om andra möjligheter att studera språk, också om kurser i svenska.',
        en: 'The city offers Finnish courses for adult immigrants as day and evening classes and online. If you have studied Finnish before, first book a level test so that you find the right course. Literacy courses teach reading and writing in Finnish from the very beginning.\n\nIn the service you can also ask for advice on other ways to study languages, including Swedish courses.',
      },
      process: {
        fi: 'Saat vahvistuksen sähköpostiisi. Tasotestin jälkeen opettaja suosittelee sinulle kurssia, ja voit ilmoittautua sille. Jos kurssi on täynnä, pääset jonoon ja sinulle ilmoitetaan vapautuvista paikoista.',
        sv: 'Du får en bekräftelse till din e-post. Efter nivåtestet rekommenderar läraren en kurs och du kan anmäla dig till den. Om kursen är full kommer du i kö och får besked när en plats blir ledig.',
        en: 'You receive a confirmation by e-mail. After the level test the teacher recommends a course and you can enrol in it. If the course is full, you are put on a waiting list and told when a place becomes free.',
      },
      processingTime: {
        fi: 'Tasotestiajan saa yleensä 1–3 viikon sisällä.',
        sv: 'En tid för nivåtestet får man i regel inom 1–3 veckor.',
        en: 'A level test time is usually available within 1–3 weeks.',
      },
      validity: {
        fi: 'Tasotestin tulos on voimassa vuoden.',
        sv: 'Resultatet av nivåtestet gäller ett år.',
        en: 'The level test result is valid for one year.',
      },
      costs: {
        fi: 'Tasotesti on maksuton. Osa kursseista on maksuttomia, osasta peritään kurssimaksu. Hinta näkyy kurssin tiedoissa.',
        sv: 'Nivåtestet är avgiftsfritt. En del kurser är avgiftsfria, för andra tas en kursavgift ut. Priset anges för varje kurs.',
        en: 'The level test is free of charge. Some courses are free and some have a course fee. The price is shown with each course.',
      },
      moreInformation: {
        fi: 'Neuvontaa saat myös kotoutumisen palveluista ja kirjastojen kielikahviloista.',
        sv: 'Rådgivning får du också från integrationstjänsterna och från bibliotekens språkkaféer.',
        en: 'You can also get advice from the integration services and at the libraries’ language cafés.',
      },
      contact: {
        fi: 'Suomen kielen opetuksen neuvonta, puh. 09 310 88630 (ma–to klo 12–15), suomenkieli@hel.test.',
        sv: 'Rådgivning om undervisning i finska, tfn 09 310 88630 (mån–tors kl. 12–15), suomenkieli@hel.test.',
        en: 'Finnish language teaching advice, tel. 09 310 88630 (Mon–Thu 12 noon–3 PM), suomenkieli@hel.test.',
      },
      prerequisites: {
        fi: 'Olet täysi-ikäinen ja asut Helsingissä.',
        sv: 'Du är myndig och bor i Helsingfors.',
        en: 'You are an adult living in Helsinki.',
      },
      availableLanguages: ['fi', 'sv', 'en', 'other'],
      topics: ['daycare-education'],
      targetGroups: ['personal-customers'],
      residentGroups: ['immigrants'],
      division: 'education',
      eService: { kind: 'external', url: cityPages('e-asiointi/suomen-kielen-kurssit', 'e-tjanster/kurser-i-finska', 'e-services/finnish-courses') },
      requiresStrongIdentification: false,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 88630', hours: { fi: 'ma–to klo 12–15', sv: 'mån–tors kl. 12–15', en: 'Mon–Thu 12 noon–3 PM' }, callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Työväenopiston toimisto, Helsinginkatu 26, Helsinki. Neuvonta paikan päällä ma ja ke klo 12–15.',
          sv: 'Arbetarinstitutets kansli, Helsingegatan 26, Helsingfors. Rådgivning på plats mån och ons kl. 12–15.',
          en: 'Adult education institute office, Helsinginkatu 26, Helsinki. Advice in person Mon and Wed 12 noon–3 PM.',
        },
        email: 'suomenkieli@hel.test',
      },
    },
  },
];
