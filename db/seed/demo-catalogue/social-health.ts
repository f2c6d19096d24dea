import { cityPages, freeOfCharge, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* Social services and health care: social services. The health care forms are in health-care.ts. */

export const socialServices: DemoCatalogueService[] = [
  {
    slug: 'social-assistance',
    popularity: 90,
    content: {
      name: { fi: 'Toimeentulotuki', sv: 'Utkomststöd', en: 'Social assistance' },
      synonyms: {
        fi: ['toimeentulotukihakemus', 'täydentävä toimeentulotuki', 'ehkäisevä toimeentulotuki', 'sossu', 'sosiaalitoimisto', 'rahallinen tuki', 'vuokrarästit'],
        sv: ['utkomststödsansökan', 'kompletterande utkomststöd', 'förebyggande utkomststöd', 'socialbyrå', 'ekonomiskt stöd', 'hyresskuld'],
        en: ['income support', 'welfare', 'financial assistance', 'supplementary social assistance', 'preventive social assistance', 'social welfare office'],
      },
      summary: {
        fi: 'Hae täydentävää tai ehkäisevää toimeentulotukea.',
        sv: 'Ansök om kompletterande eller förebyggande utkomststöd.',
        en: 'Apply for supplementary or preventive social assistance.',
      },
      description: {
        fi: 'Perustoimeentulotukea haetaan Kelasta. Kaupungilta voit hakea täydentävää toimeentulotukea menoihin, joita perustoimeentulotuki ei kata, esimerkiksi erityisiin asumis- tai terveydenhoitomenoihin. Ehkäisevää toimeentulotukea voidaan myöntää, kun tarkoituksena on ehkäistä taloudellisia vaikeuksia, esimerkiksi äkillisessä taloudellisen tilanteen heikkenemisessä tai vuokrarästien vuoksi.\n\nKerro hakemuksessa, mihin menoihin haet tukea, ja liitä mukaan tarvittavat selvitykset, kuten laskut ja tiliotteet.',
        sv: 'Grundläggande utkomststöd söks hos FPA. Av staden kan du söka kompletterande utkomststöd för utgifter som det grundläggande utkomststödet inte täcker, till exempel särskilda boende- eller hälsovårdsutgifter. Förebyggande utkomststöd kan beviljas för att förebygga ekonomiska svårigheter, till exempel när den ekonomiska situationen plötsligt försämras eller på grund av hyresskulder.\n\nBerätta i ansökan vilka utgifter du söker stöd för och bifoga de utredningar som behövs, som räkningar och kontoutdrag.',
        en: 'Basic social assistance is applied for from Kela. From the city you can apply for supplementary social assistance for costs that basic social assistance does not cover, such as special housing or health care costs. Preventive social assistance can be granted to prevent financial difficulties, for example when your finances suddenly get worse or because of rent arrears.\n\nTell us in the application which costs you are applying for, and attach the documents needed, such as bills and bank statements.',
      },
      process: {
        fi: 'Hakemus siirtyy aikuissosiaalityön etuuskäsittelyyn. Käsittelijä voi pyytää lisäselvityksiä viestillä asiointikansioon. Päätös tehdään sähköisesti, ja saat sen asiointikansioon ja postitse. Jos tarvitset myös sosiaalityön tukea, voit pyytää hakemuksessa yhteydenottoa sosiaalityöntekijältä.',
        sv: 'Ansökan går till förmånshandläggningen inom socialt arbete för vuxna. Handläggaren kan be om tilläggsutredningar genom ett meddelande i e-tjänstmappen. Beslutet fattas elektroniskt och du får det i e-tjänstmappen och per post. Om du också behöver stöd av en socialarbetare kan du be om kontakt i ansökan.',
        en: 'The application goes to the benefit processing of adult social work. The handler may ask for further documents by a message in the e-services folder. The decision is made electronically and you receive it in the folder and by post. If you also need a social worker’s support, you can ask in the application to be contacted.',
      },
      processingTime: {
        fi: 'Päätös tehdään viimeistään seitsemäntenä arkipäivänä siitä, kun kaikki tarvittavat selvitykset on saatu. Kiireellisissä tilanteissa päätös tehdään samana tai seuraavana arkipäivänä.',
        sv: 'Beslutet fattas senast den sjunde vardagen efter att alla behövliga utredningar kommit in. I brådskande fall fattas beslutet samma eller följande vardag.',
        en: 'The decision is made at the latest on the seventh working day after all the documents needed have arrived. In urgent cases the decision is made on the same or the next working day.',
      },
      validity: {
        fi: 'Tuki myönnetään päätöksessä mainittuihin menoihin ja ajalle.',
        sv: 'Stödet beviljas för de utgifter och den tid som anges i beslutet.',
        en: 'The assistance is granted for the costs and the period stated in the decision.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Ennen hakemista kannattaa tarkistaa, onko sinulla oikeus Kelan perustoimeentulotukeen. Kaupungin sivuilla on luettelo liitteistä, joita hakemukseen yleensä tarvitaan.',
        sv: 'Innan du ansöker lönar det sig att kontrollera om du har rätt till FPA:s grundläggande utkomststöd. På stadens webbplats finns en förteckning över de bilagor som vanligen behövs.',
        en: 'Before applying, check whether you are entitled to Kela’s basic social assistance. The city’s pages list the attachments usually needed.',
      },
      contact: {
        fi: 'Toimeentulotuen neuvonta, puh. 09 310 43890 (ma–pe klo 9–15), toimeentulotuki@hel.test. Sosiaali-, terveys- ja pelastustoimiala.',
        sv: 'Rådgivning om utkomststöd, tfn 09 310 43890 (mån–fre kl. 9–15), toimeentulotuki@hel.test. Social-, hälsovårds- och räddningssektorn.',
        en: 'Social assistance advice, tel. 09 310 43890 (Mon–Fri 9 AM–3 PM), toimeentulotuki@hel.test. Social Services, Health Care and Rescue Services Division.',
      },
      prerequisites: {
        fi: 'Asut Helsingissä. Olet hakenut perustoimeentulotukea Kelasta tai saanut siitä päätöksen, jos haet täydentävää toimeentulotukea.',
        sv: 'Du bor i Helsingfors. Om du söker kompletterande utkomststöd har du ansökt om grundläggande utkomststöd hos FPA eller fått ett beslut om det.',
        en: 'You live in Helsinki. If you apply for supplementary social assistance, you have applied for basic social assistance from Kela or received a decision on it.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['social-health'],
      targetGroups: ['personal-customers'],
      residentGroups: ['children-families', 'youth', 'elderly', 'disabled', 'immigrants'],
      division: 'social-health',
      eService: { kind: 'internal-form', formSlug: 'social-assistance' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: true,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Toimeentulotukihakemus', sv: 'Ansökan om utkomststöd', en: 'Social assistance application' },
            format: 'pdf',
            url: 'https://www.hel.test/static/sote/toimeentulotukihakemus.pdf',
          },
        ],
        telephone: { number: '09 310 43890', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Sosiaali- ja terveyspalvelujen neuvonta, Toinen linja 4 A, Helsinki. Avoinna ma–pe klo 8.15–16.',
          sv: 'Rådgivningen för social- och hälsovårdstjänster, Andra linjen 4 A, Helsingfors. Öppet mån–fre kl. 8.15–16.',
          en: 'Social and health services advice, Toinen linja 4 A, Helsinki. Open Mon–Fri 8.15 AM–4 PM.',
        },
        email: 'toimeentulotuki@hel.test',
      },
    },
  },
  {
    slug: 'transport-service-for-disabled',
    popularity: 0,
    content: {
      name: {
        fi: 'Vammaispalvelujen kuljetuspalvelu, hakemus',
        sv: 'Färdtjänst inom handikappservicen, ansökan',
        en: 'Transport service for persons with disabilities, application',
      },
      synonyms: {
        fi: ['kuljetuspalvelu', 'taksi', 'vammaiskuljetus', 'invataksi', 'vammaispalvelut', 'liikkumisen tuki', 'saattaja'],
        sv: ['färdtjänst', 'taxi', 'invalidtaxi', 'handikappservice', 'stöd för rörlighet', 'ledsagare'],
        en: ['service transport', 'taxi', 'accessible taxi', 'disability services', 'mobility support', 'escort'],
      },
      summary: {
        fi: 'Hae kuljetuspalvelua, jos et vamman tai sairauden vuoksi voi käyttää julkista liikennettä ilman kohtuuttoman suuria vaikeuksia.',
        sv: 'Ansök om färdtjänst om du på grund av en funktionsnedsättning eller sjukdom inte kan använda kollektivtrafiken utan betydande svårigheter.',
        en: 'Apply for the transport service if a disability or illness makes it very hard for you to use public transport.',
      },
      description: {
        fi: 'Kuljetuspalvelu on tarkoitettu henkilöille, joilla on pitkäaikainen vamma tai sairaus ja jotka eivät sen vuoksi voi käyttää julkisia liikennevälineitä. Kuljetuspalvelulla voi tehdä työ- ja opiskelumatkoja sekä asiointi- ja vapaa-ajan matkoja. Matkat tilataan välityskeskuksen kautta.\n\nKerro hakemuksessa, miten vamma tai sairaus vaikuttaa liikkumiseesi, ja liitä mukaan lääkärin tai muun asiantuntijan lausunto, jos sinulla on sellainen.',
        sv: 'Färdtjänsten är avsedd för personer med en långvarig funktionsnedsättning eller sjukdom som gör att de inte kan använda allmänna kommunikationsmedel. Med färdtjänsten kan man göra arbets- och studieresor samt resor för ärenden och fritid. Resorna beställs via en förmedlingscentral.\n\nBerätta i ansökan hur funktionsnedsättningen eller sjukdomen påverkar din rörlighet och bifoga ett utlåtande av en läkare eller annan sakkunnig om du har ett sådant.',
        en: 'The transport service is for people with a long-term disability or illness that prevents them from using public transport. It can be used for journeys to work and studies and for errands and leisure. Journeys are booked through a dispatch centre.\n\nTell us in the application how the disability or illness affects your mobility, and attach a statement from a doctor or another expert if you have one.',
      },
      process: {
        fi: 'Vammaispalvelujen sosiaalityöntekijä ottaa sinuun yhteyttä ja arvioi palveluntarpeen tarvittaessa kotikäynnillä. Saat kirjallisen päätöksen, jossa kerrotaan matkojen määrä kuukaudessa ja kuljetuspalvelualue. Myönteisen päätöksen jälkeen saat kuljetuspalvelukortin postitse.',
        sv: 'En socialarbetare inom handikappservicen kontaktar dig och bedömer servicebehovet vid behov genom ett hembesök. Du får ett skriftligt beslut med antalet resor per månad och färdtjänstområdet. Efter ett positivt beslut får du färdtjänstkortet per post.',
        en: 'A disability services social worker contacts you and, if needed, assesses your need for services on a home visit. You receive a written decision stating the number of journeys a month and the area of the service. After a positive decision your transport service card is sent by post.',
      },
      processingTime: {
        fi: 'Hakemus käsitellään ilman aiheetonta viivytystä, yleensä noin kuukauden kuluessa.',
        sv: 'Ansökan behandlas utan ogrundat dröjsmål, i regel inom ungefär en månad.',
        en: 'The application is handled without undue delay, usually within about a month.',
      },
      validity: {
        fi: 'Päätös on voimassa toistaiseksi tai päätöksessä mainitun määräajan.',
        sv: 'Beslutet gäller tills vidare eller för den tid som anges i beslutet.',
        en: 'The decision is valid until further notice or for the fixed period stated in it.',
      },
      costs: {
        fi: 'Hakeminen on maksutonta. Matkoista maksetaan omavastuu, joka vastaa julkisen liikenteen hintaa.',
        sv: 'Det är avgiftsfritt att ansöka. För resorna betalar man en självriskandel som motsvarar priset i kollektivtrafiken.',
        en: 'Applying is free of charge. For each journey you pay a share that corresponds to the fare of public transport.',
      },
      moreInformation: {
        fi: 'Sosiaalihuoltolain mukaisesta liikkumista tukevasta palvelusta ja muista vammaispalveluista saat tietoa vammaispalvelujen neuvonnasta.',
        sv: 'Information om tjänster som stöder rörlighet enligt socialvårdslagen och om annan handikappservice får du av rådgivningen inom handikappservicen.',
        en: 'The disability services advice line tells you about mobility support under the Social Welfare Act and other disability services.',
      },
      contact: {
        fi: 'Vammaispalvelujen neuvonta, puh. 09 310 57140 (ma–pe klo 9–12), vammaispalvelut@hel.test.',
        sv: 'Rådgivningen inom handikappservicen, tfn 09 310 57140 (mån–fre kl. 9–12), vammaispalvelut@hel.test.',
        en: 'Disability services advice, tel. 09 310 57140 (Mon–Fri 9 AM–12 noon), vammaispalvelut@hel.test.',
      },
      prerequisites: {
        fi: 'Asut Helsingissä, ja sinulla on pitkäaikainen vamma tai sairaus, joka vaikeuttaa julkisen liikenteen käyttöä. Läheinen tai edunvalvoja voi hakea puolestasi valtuutuksella.',
        sv: 'Du bor i Helsingfors och har en långvarig funktionsnedsättning eller sjukdom som försvårar användningen av kollektivtrafiken. En anhörig eller intressebevakare kan ansöka för din räkning med fullmakt.',
        en: 'You live in Helsinki and have a long-term disability or illness that makes it hard to use public transport. A family member or guardian can apply for you with an authorisation.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['social-health', 'transport-maps'],
      targetGroups: ['personal-customers'],
      residentGroups: ['disabled', 'elderly'],
      division: 'social-health',
      eService: { kind: 'external', url: cityPages('e-asiointi/kuljetuspalvelu', 'e-tjanster/fardtjanst', 'e-services/transport-service') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Kuljetuspalveluhakemus', sv: 'Ansökan om färdtjänst', en: 'Transport service application' },
            format: 'pdf',
            url: 'https://www.hel.test/static/sote/kuljetuspalveluhakemus.pdf',
          },
          {
            title: { fi: 'Kuljetuspalveluhakemus', sv: 'Ansökan om färdtjänst', en: 'Transport service application' },
            format: 'docx',
            url: 'https://www.hel.test/static/sote/kuljetuspalveluhakemus.docx',
          },
        ],
        telephone: { number: '09 310 57140', hours: weekdays(9, 12), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'vammaispalvelut@hel.test',
      },
    },
  },
  {
    slug: 'home-care-contact',
    popularity: 0,
    content: {
      name: {
        fi: 'Kotihoito ja ikääntyneiden palvelut, yhteydenottopyyntö',
        sv: 'Hemvård och tjänster för äldre, kontaktbegäran',
        en: 'Home care and services for older people, contact request',
      },
      synonyms: {
        fi: ['kotihoito', 'Seniori-info', 'vanhuspalvelut', 'omaishoito', 'palvelutalo', 'kotipalvelu', 'ateriapalvelu', 'turvapuhelin', 'vanhus'],
        sv: ['hemvård', 'Seniorinfo', 'äldreomsorg', 'närståendevård', 'servicehus', 'hemservice', 'måltidsservice', 'trygghetstelefon'],
        en: ['home care', 'Seniori-info', 'elderly care', 'informal care', 'service housing', 'meals on wheels', 'safety phone', 'senior services'],
      },
      summary: {
        fi: 'Pyydä Seniori-infosta yhteydenottoa, kun sinä tai läheisesi tarvitsette tietoa tai apua kotona asumiseen.',
        sv: 'Be Seniorinfo kontakta dig när du eller din anhöriga behöver information eller hjälp för att kunna bo hemma.',
        en: 'Ask Seniori-info to contact you when you or someone close to you needs information or help to keep living at home.',
      },
      description: {
        fi: 'Seniori-info neuvoo ikääntyneitä helsinkiläisiä, heidän läheisiään ja ammattilaisia kaikissa ikääntyneiden palveluja koskevissa asioissa: kotihoidossa, omaishoidon tuessa, tukipalveluissa kuten ateria- ja turvapuhelinpalvelussa sekä asumispalveluissa.\n\nKerro lomakkeella lyhyesti, millaista apua tarvitaan ja kenen puolesta otat yhteyttä. Älä kirjoita lomakkeelle yksityiskohtaisia terveystietoja.',
        sv: 'Seniorinfo ger äldre i Helsingfors, deras anhöriga och yrkespersoner råd i alla frågor om tjänster för äldre: hemvård, stöd för närståendevård, stödtjänster som måltids- och trygghetstelefontjänst samt boendeservice.\n\nBerätta kort på blanketten vilken hjälp som behövs och för vems räkning du tar kontakt. Skriv inte detaljerade hälsouppgifter på blanketten.',
        en: 'Seniori-info advises older residents of Helsinki, their family members and professionals on all services for older people: home care, support for informal care, support services such as meals and safety phones, and housing services.\n\nTell us briefly on the form what help is needed and on whose behalf you are contacting us. Do not write detailed health information on the form.',
      },
      process: {
        fi: 'Seniori-infon ohjaaja soittaa sinulle yleensä seuraavana arkipäivänä. Tarvittaessa asia ohjataan kotihoidon tai sosiaaliohjauksen palvelutarpeen arvioon, josta sovitaan kanssasi erikseen.',
        sv: 'En handledare vid Seniorinfo ringer dig i regel följande vardag. Vid behov förs ärendet vidare till en bedömning av servicebehovet inom hemvården eller socialhandledningen, som avtalas separat med dig.',
        en: 'A Seniori-info adviser usually calls you on the next working day. If needed, the matter is passed on to an assessment of service needs by home care or social guidance, which is agreed with you separately.',
      },
      processingTime: {
        fi: 'Yhteydenotto yleensä seuraavana arkipäivänä.',
        sv: 'Kontakt i regel följande vardag.',
        en: 'You are usually contacted on the next working day.',
      },
      validity: {
        fi: 'Ei voimassaoloaikaa.',
        sv: 'Ingen giltighetstid.',
        en: 'No period of validity.',
      },
      costs: {
        fi: 'Neuvonta on maksutonta. Kotihoidosta ja tukipalveluista peritään asiakasmaksu, joka määräytyy palvelun määrän ja tulojen mukaan.',
        sv: 'Rådgivningen är avgiftsfri. För hemvård och stödtjänster tas en klientavgift ut som beror på mängden service och inkomsterna.',
        en: 'Advice is free of charge. Home care and support services have a client fee based on the amount of service and your income.',
      },
      moreInformation: {
        fi: 'Kiireellisissä tilanteissa soita Seniori-infoon tai hätätilanteessa 112.',
        sv: 'I brådskande fall, ring Seniorinfo, och i nödsituationer 112.',
        en: 'In urgent situations call Seniori-info, and in an emergency 112.',
      },
      contact: {
        fi: 'Seniori-info, puh. 09 310 44820 (ma–pe klo 9–15), seniori-info@hel.test.',
        sv: 'Seniorinfo, tfn 09 310 44820 (mån–fre kl. 9–15), seniori-info@hel.test.',
        en: 'Seniori-info, tel. 09 310 44820 (Mon–Fri 9 AM–3 PM), seniori-info@hel.test.',
      },
      prerequisites: {
        fi: 'Palvelu on tarkoitettu helsinkiläisille ikääntyneille ja heidän läheisilleen. Läheinen voi ottaa yhteyttä ikääntyneen puolesta tämän suostumuksella.',
        sv: 'Tjänsten är avsedd för äldre i Helsingfors och deras anhöriga. En anhörig kan ta kontakt för den äldres räkning med hens samtycke.',
        en: 'The service is for older residents of Helsinki and their family members. A family member can make contact on the older person’s behalf with their consent.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['social-health'],
      targetGroups: ['personal-customers'],
      residentGroups: ['elderly', 'disabled'],
      division: 'social-health',
      eService: { kind: 'external', url: cityPages('e-asiointi/seniori-info-yhteydenotto', 'e-tjanster/seniorinfo-kontakt', 'e-services/seniori-info-contact') },
      requiresStrongIdentification: false,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 44820', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Seniori-infon palvelupiste, Kalasatamankatu 11, Helsinki. Avoinna ma–pe klo 10–14.',
          sv: 'Seniorinfos servicepunkt, Fiskehamnsgatan 11, Helsingfors. Öppet mån–fre kl. 10–14.',
          en: 'Seniori-info service point, Kalasatamankatu 11, Helsinki. Open Mon–Fri 10 AM–2 PM.',
        },
        email: 'seniori-info@hel.test',
      },
    },
  },
];
