import { localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/*
 * Social services and health care: health care. None of these is saved in the e-services folder:
 * the answers stay in health care's own patient records, to protect the customer's privacy.
 */

export const healthCareServices: DemoCatalogueService[] = [
  {
    slug: 'dental-care',
    popularity: 60,
    content: {
      name: { fi: 'Suun terveydenhuollon asiointi', sv: 'E-tjänst för munhälsovård', en: 'Dental care e-service' },
      synonyms: {
        fi: ['hammashoito', 'hammaslääkäri', 'hammashoitola', 'ajanvaraus', 'hammastarkastus', 'suuhygienisti', 'hammassärky', 'ajan peruminen'],
        sv: ['tandvård', 'tandläkare', 'tandklinik', 'tidsbokning', 'tandkontroll', 'munhygienist', 'tandvärk', 'avboka tid'],
        en: ['dentist', 'dental appointment', 'dental clinic', 'booking', 'dental check-up', 'dental hygienist', 'toothache', 'cancel appointment'],
      },
      summary: {
        fi: 'Varaa, siirrä tai peru hammashoitoaika.',
        sv: 'Boka, flytta eller avboka en tid till tandvården.',
        en: 'Book, move or cancel a dental care appointment.',
      },
      description: {
        fi: 'Palvelussa voit varata ajan suun terveystarkastukseen tai suuhygienistille, siirtää varattua aikaa ja perua sen. Näet myös tulevat aikasi. Voit hoitaa myös alle 18-vuotiaan lapsesi aikoja.\n\nKiireellistä hoitoa, kuten särkyä tai hammastapaturmaa, ei voi varata verkossa. Soita silloin keskitettyyn ajanvaraukseen.',
        sv: 'I tjänsten kan du boka en tid för munhälsoundersökning eller hos munhygienist, flytta en bokad tid och avboka den. Du ser också dina kommande tider. Du kan också sköta tiderna för ditt barn under 18 år.\n\nBrådskande vård, som värk eller tandolycksfall, kan inte bokas på nätet. Ring då den centraliserade tidsbokningen.',
        en: 'In the service you can book an oral health check-up or a dental hygienist appointment, move a booked appointment and cancel it. You can also see your coming appointments and handle those of your child under 18.\n\nUrgent care, such as toothache or a dental injury, cannot be booked online. In that case call the central appointment line.',
      },
      process: {
        fi: 'Varaus vahvistuu heti, ja saat muistutuksen tekstiviestinä ennen käyntiä. Tiedot tallentuvat vain suun terveydenhuollon potilastietojärjestelmään, eivät asiointikansioon.',
        sv: 'Bokningen bekräftas direkt och du får en påminnelse per textmeddelande före besöket. Uppgifterna sparas bara i munhälsovårdens patientdatasystem, inte i e-tjänstmappen.',
        en: 'The booking is confirmed at once, and you receive a text message reminder before the visit. The information is stored only in dental care’s patient records, not in the e-services folder.',
      },
      processingTime: {
        fi: 'Varaus, siirto ja peruminen vahvistuvat heti.',
        sv: 'Bokning, flyttning och avbokning bekräftas direkt.',
        en: 'Bookings, moves and cancellations are confirmed immediately.',
      },
      validity: {
        fi: 'Varattu aika on voimassa, kunnes käyt vastaanotolla tai perut sen. Peru aika viimeistään edellisenä arkipäivänä.',
        sv: 'En bokad tid gäller tills du besöker mottagningen eller avbokar den. Avboka tiden senast föregående vardag.',
        en: 'A booked appointment stands until your visit or until you cancel it. Cancel by the previous working day at the latest.',
      },
      costs: {
        fi: 'Alle 18-vuotiaiden hoito on maksutonta. Aikuisilta peritään käynnistä ja toimenpiteistä asiakasmaksu. Käyttämättä ja peruuttamatta jätetystä ajasta voidaan periä maksu.',
        sv: 'Vården är avgiftsfri för personer under 18 år. Vuxna betalar en klientavgift för besöket och åtgärderna. För en tid som inte använts eller avbokats kan en avgift tas ut.',
        en: 'Care is free for those under 18. Adults pay a client fee for the visit and the treatment. A fee may be charged for an appointment that is neither used nor cancelled.',
      },
      moreInformation: {
        fi: 'Hammashoitoloiden yhteystiedot ja aukioloajat ovat kaupungin sivuilla. Ilta- ja viikonloppupäivystys on keskitetty yhteen hammashoitolaan.',
        sv: 'Tandklinikernas kontaktuppgifter och öppettider finns på stadens webbplats. Jouren kvällar och veckoslut är centraliserad till en tandklinik.',
        en: 'The dental clinics’ contact details and opening hours are on the city’s pages. Evening and weekend emergency care is centralised in one clinic.',
      },
      contact: {
        fi: 'Suun terveydenhuollon keskitetty ajanvaraus, puh. 09 310 63470 (ma–pe klo 7–15).',
        sv: 'Munhälsovårdens centraliserade tidsbokning, tfn 09 310 63470 (mån–fre kl. 7–15).',
        en: 'Dental care central appointment line, tel. 09 310 63470 (Mon–Fri 7 AM–3 PM).',
      },
      prerequisites: {
        fi: 'Kotikuntasi on Helsinki. Palvelu edellyttää vahvaa tunnistautumista ja sähköisen asioinnin suostumusta.',
        sv: 'Din hemkommun är Helsingfors. Tjänsten kräver stark identifiering och samtycke till elektronisk ärendehantering.',
        en: 'Your municipality of residence is Helsinki. The service needs strong identification and your consent to electronic services.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['social-health'],
      targetGroups: ['personal-customers'],
      residentGroups: ['children-families'],
      division: 'social-health',
      eService: {
        kind: 'external',
        url: { fi: 'https://asiointi.hel.test/terveys/fi/hammashoito', sv: 'https://asiointi.hel.test/terveys/sv/tandvard', en: 'https://asiointi.hel.test/terveys/en/dental-care' },
      },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 63470', hours: weekdays(7, 15), callCharge: localCallCharge },
        visitingAddress: null,
        email: null,
      },
    },
  },
  {
    slug: 'health-questionnaire',
    popularity: 0,
    content: {
      name: {
        fi: 'Terveystarkastuksen esitietolomake',
        sv: 'Förhandsuppgifter inför hälsogranskning',
        en: 'Health questionnaire before a health check',
      },
      synonyms: {
        fi: ['terveyskysely', 'esitiedot', 'terveystarkastus', 'terveysasema', 'kyselylomake', 'terveyslomake'],
        sv: ['hälsoenkät', 'förhandsuppgifter', 'hälsogranskning', 'hälsostation', 'frågeformulär', 'hälsoblankett'],
        en: ['health survey', 'preliminary information', 'health check-up', 'health station', 'questionnaire', 'health form'],
      },
      summary: {
        fi: 'Täytä esitiedot ennen terveysaseman terveystarkastusta, niin vastaanottoaika jää keskusteluun.',
        sv: 'Fyll i förhandsuppgifterna före hälsogranskningen på hälsostationen, så räcker mottagningstiden till för samtalet.',
        en: 'Fill in your preliminary information before a health check at the health station, so that the appointment is left for discussion.',
      },
      description: {
        fi: 'Kun sinut on kutsuttu terveysaseman terveystarkastukseen, täytä tämä kysely viimeistään kolme arkipäivää ennen vastaanottoa. Kyselyssä kysytään elintavoista, lääkityksestä, aiemmista sairauksista ja siitä, mistä haluat vastaanotolla puhua.\n\nVastauksesi eivät tallennu asiointikansioon. Ne siirtyvät suoraan terveysaseman potilastietojärjestelmään.',
        sv: 'När du har kallats till hälsogranskning på hälsostationen, fyll i den här enkäten senast tre vardagar före mottagningen. I enkäten frågas om levnadsvanor, medicinering, tidigare sjukdomar och vad du vill tala om på mottagningen.\n\nDina svar sparas inte i e-tjänstmappen. De går direkt till hälsostationens patientdatasystem.',
        en: 'When you have been invited to a health check at your health station, fill in this questionnaire at least three working days before the appointment. It asks about your lifestyle, medication, past illnesses and what you would like to discuss.\n\nYour answers are not saved in the e-services folder. They go directly to the health station’s patient records.',
      },
      process: {
        fi: 'Terveydenhoitaja tai lääkäri tutustuu vastauksiisi ennen vastaanottoa. Jos vastauksissa on jotain, mikä vaatii nopeampaa hoitoa, terveysasemalta soitetaan sinulle.',
        sv: 'Hälsovårdaren eller läkaren läser dina svar före mottagningen. Om något i svaren kräver snabbare vård ringer hälsostationen dig.',
        en: 'The nurse or doctor reads your answers before the appointment. If something in them calls for quicker care, the health station will call you.',
      },
      processingTime: {
        fi: 'Vastaukset käsitellään ennen sovittua vastaanottoa.',
        sv: 'Svaren behandlas före den avtalade mottagningen.',
        en: 'The answers are read before your appointment.',
      },
      validity: {
        fi: 'Vastaukset koskevat tulevaa terveystarkastusta.',
        sv: 'Svaren gäller den kommande hälsogranskningen.',
        en: 'The answers are for the coming health check.',
      },
      costs: {
        fi: 'Kyselyn täyttäminen on maksutonta. Terveystarkastuksesta peritään voimassa olevan asiakasmaksun mukainen maksu.',
        sv: 'Det är avgiftsfritt att fylla i enkäten. För hälsogranskningen tas en klientavgift ut enligt gällande taxa.',
        en: 'Filling in the questionnaire is free of charge. The health check itself has the client fee in force.',
      },
      moreInformation: {
        fi: 'Jos et voi täyttää kyselyä verkossa, ota täytetty paperilomake mukaan vastaanotolle.',
        sv: 'Om du inte kan fylla i enkäten på nätet, ta med den ifyllda pappersblanketten till mottagningen.',
        en: 'If you cannot fill in the questionnaire online, bring the filled-in paper form with you.',
      },
      contact: {
        fi: 'Oma terveysasemasi. Terveysasemien neuvonta, puh. 09 310 51230 (ma–pe klo 8–16).',
        sv: 'Din egen hälsostation. Hälsostationernas rådgivning, tfn 09 310 51230 (mån–fre kl. 8–16).',
        en: 'Your own health station. Health station advice, tel. 09 310 51230 (Mon–Fri 8 AM–4 PM).',
      },
      prerequisites: {
        fi: 'Sinulle on varattu aika terveystarkastukseen. Kysely edellyttää vahvaa tunnistautumista.',
        sv: 'Du har en bokad tid till hälsogranskning. Enkäten kräver stark identifiering.',
        en: 'You have an appointment for a health check. The questionnaire needs strong identification.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['social-health'],
      targetGroups: ['personal-customers'],
      residentGroups: ['elderly'],
      division: 'social-health',
      eService: { kind: 'internal-form', formSlug: 'health-questionnaire' },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Terveystarkastuksen esitietolomake', sv: 'Förhandsuppgifter inför hälsogranskning', en: 'Health check questionnaire' },
            format: 'pdf',
            url: 'https://www.hel.test/static/sote/terveystarkastuksen-esitiedot.pdf',
          },
        ],
        telephone: { number: '09 310 51230', hours: weekdays(8, 16), callCharge: localCallCharge },
        visitingAddress: null,
        email: null,
      },
    },
  },
  {
    slug: 'maternity-clinic-form',
    popularity: 0,
    content: {
      name: {
        fi: 'Äitiysneuvolan esitietolomake',
        sv: 'Förhandsuppgifter till mödrarådgivningen',
        en: 'Maternity clinic preliminary information form',
      },
      synonyms: {
        fi: ['neuvola', 'raskaus', 'odottava äiti', 'perhesuunnittelu', 'terveydenhoitaja', 'ensikäynti', 'raskausviikot'],
        sv: ['rådgivning', 'graviditet', 'blivande mamma', 'mödrarådgivning', 'hälsovårdare', 'första besöket'],
        en: ['antenatal clinic', 'pregnancy', 'expectant mother', 'prenatal care', 'public health nurse', 'first visit'],
      },
      summary: {
        fi: 'Täytä raskautta ja terveyttäsi koskevat esitiedot ennen ensimmäistä käyntiä äitiysneuvolassa.',
        sv: 'Fyll i förhandsuppgifter om graviditeten och din hälsa före det första besöket på mödrarådgivningen.',
        en: 'Fill in information on your pregnancy and health before your first visit to the maternity clinic.',
      },
      description: {
        fi: 'Kun olet varannut ensikäynnin äitiysneuvolaan, voit täyttää esitiedot etukäteen. Lomakkeella kysytään raskauden kestosta, aiemmista raskauksista, terveydentilasta, lääkityksestä ja elintavoista. Myös toinen vanhempi voi täyttää omat tietonsa.\n\nTiedot siirtyvät neuvolan potilastietojärjestelmään. Ne eivät tallennu asiointikansioon.',
        sv: 'När du har bokat det första besöket på mödrarådgivningen kan du fylla i förhandsuppgifterna i förväg. På blanketten frågas om graviditetens längd, tidigare graviditeter, hälsotillstånd, medicinering och levnadsvanor. Också den andra föräldern kan fylla i sina egna uppgifter.\n\nUppgifterna går till rådgivningens patientdatasystem. De sparas inte i e-tjänstmappen.',
        en: 'Once you have booked your first maternity clinic visit, you can fill in the preliminary information in advance. The form asks about the length of the pregnancy, earlier pregnancies, your health, medication and lifestyle. The other parent can fill in their own information too.\n\nThe information goes to the clinic’s patient records. It is not saved in the e-services folder.',
      },
      process: {
        fi: 'Neuvolan terveydenhoitaja lukee tiedot ennen ensikäyntiä ja käy ne kanssasi läpi vastaanotolla.',
        sv: 'Hälsovårdaren på rådgivningen läser uppgifterna före det första besöket och går igenom dem med dig på mottagningen.',
        en: 'The clinic’s public health nurse reads the information before the first visit and goes through it with you.',
      },
      processingTime: {
        fi: 'Tiedot käsitellään ennen ensikäyntiä.',
        sv: 'Uppgifterna behandlas före det första besöket.',
        en: 'The information is read before the first visit.',
      },
      validity: {
        fi: 'Tiedot koskevat nykyistä raskautta.',
        sv: 'Uppgifterna gäller den nuvarande graviditeten.',
        en: 'The information concerns the current pregnancy.',
      },
      costs: {
        fi: 'Neuvolapalvelut ovat maksuttomia.',
        sv: 'Rådgivningstjänsterna är avgiftsfria.',
        en: 'Maternity clinic services are free of charge.',
      },
      moreInformation: {
        fi: 'Varaa ensikäynti neuvolaan, kun raskaus on noin 8–10 viikkoa. Neuvoloiden yhteystiedot ovat kaupungin sivuilla.',
        sv: 'Boka det första besöket när graviditeten är ungefär 8–10 veckor. Rådgivningarnas kontaktuppgifter finns på stadens webbplats.',
        en: 'Book the first visit when you are about 8–10 weeks pregnant. The clinics’ contact details are on the city’s pages.',
      },
      contact: {
        fi: 'Neuvoloiden keskitetty ajanvaraus, puh. 09 310 51290 (ma–pe klo 8–15).',
        sv: 'Rådgivningarnas centraliserade tidsbokning, tfn 09 310 51290 (mån–fre kl. 8–15).',
        en: 'Maternity and child health clinics’ appointment line, tel. 09 310 51290 (Mon–Fri 8 AM–3 PM).',
      },
      prerequisites: {
        fi: 'Olet raskaana, asut Helsingissä ja olet varannut ensikäynnin neuvolaan.',
        sv: 'Du är gravid, bor i Helsingfors och har bokat det första besöket på rådgivningen.',
        en: 'You are pregnant, live in Helsinki and have booked your first visit to the clinic.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['social-health'],
      targetGroups: ['personal-customers'],
      residentGroups: ['children-families'],
      division: 'social-health',
      eService: {
        kind: 'external',
        url: { fi: 'https://asiointi.hel.test/terveys/fi/neuvolan-esitiedot', sv: 'https://asiointi.hel.test/terveys/sv/radgivning-forhandsuppgifter', en: 'https://asiointi.hel.test/terveys/en/maternity-clinic-form' },
      },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 51290', hours: weekdays(8, 15), callCharge: localCallCharge },
        visitingAddress: null,
        email: null,
      },
    },
  },
];
