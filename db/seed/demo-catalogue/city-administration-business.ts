import { cityPages, freeOfCharge, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* City administration: services of the City Executive Office for enterprises and employers. */

export const cityBusinessServices: DemoCatalogueService[] = [
  {
    slug: 'business-premises-application',
    popularity: 0,
    content: {
      name: { fi: 'Liiketilahakemus', sv: 'Ansökan om affärslokal', en: 'Application for business premises' },
      synonyms: {
        fi: ['liiketila', 'toimitila', 'Tukkutori', 'varastotila', 'tuotantotila', 'elintarvikeyritys', 'vuokratila', 'yritystila'],
        sv: ['affärslokal', 'verksamhetslokal', 'Partitorget', 'lagerlokal', 'produktionslokal', 'livsmedelsföretag', 'hyreslokal'],
        en: ['business premises', 'commercial space', 'Wholesale Market', 'warehouse', 'production space', 'food business', 'rental premises', 'office space'],
      },
      summary: {
        fi: 'Sähköinen hakemus, jolla voit ilmoittaa kiinnostuksestasi Tukkutorin liike- ja tuotantotiloihin.',
        sv: 'En elektronisk ansökan med vilken du kan anmäla ditt intresse för Partitorgets affärs- och produktionslokaler.',
        en: 'An e-service application that enables you to inform about your interest in the Wholesale Market’s premises.',
      },
      description: {
        fi: 'Kaupungin Tukkutori vuokraa liike-, varasto- ja tuotantotiloja erityisesti elintarvikealan yrityksille. Hakemuksella kerrot, millaista tilaa yrityksesi tarvitsee: koon, käyttötarkoituksen, kylmätilan tarpeen ja toivotun aloitusajankohdan.\n\nHakemus ei ole sitova tarjous. Se jää voimaan, ja sinuun otetaan yhteyttä, kun tarpeitasi vastaava tila vapautuu.',
        sv: 'Partitorget, som ägs av staden, hyr ut affärs-, lager- och produktionslokaler särskilt till företag inom livsmedelsbranschen. I ansökan berättar du vilken slags lokal ditt företag behöver: storlek, användningsändamål, behov av kylutrymme och önskad starttidpunkt.\n\nAnsökan är inte ett bindande anbud. Den förblir i kraft och du kontaktas när en lokal som motsvarar dina behov blir ledig.',
        en: 'The city’s Wholesale Market rents business, storage and production premises, especially to food businesses. In the application you tell what kind of space your enterprise needs: size, use, need for cold storage and the start date you hope for.\n\nThe application is not a binding offer. It stays on file, and you will be contacted when premises that meet your needs become available.',
      },
      process: {
        fi: 'Tukkutorin kiinteistöpalvelut käy hakemuksen läpi ja voi pyytää lisätietoja viestillä asiointikansioon. Kun sopiva tila vapautuu, sinulle lähetetään tarjous ja sovitaan tilaan tutustumisesta. Vuokrasopimuksesta päätetään erikseen.',
        sv: 'Partitorgets fastighetstjänster går igenom ansökan och kan be om tilläggsuppgifter genom ett meddelande i e-tjänstmappen. När en lämplig lokal blir ledig får du ett anbud och ni kommer överens om en visning. Hyresavtalet beslutas separat.',
        en: 'The Wholesale Market’s property services review the application and may ask for more information by a message in the e-services folder. When suitable premises become free, you are sent an offer and a viewing is agreed. The lease is decided separately.',
      },
      processingTime: {
        fi: 'Hakemus kirjataan noin viikossa. Tilan vapautumiseen kuluva aika vaihtelee.',
        sv: 'Ansökan registreras på cirka en vecka. Hur länge det tar innan en lokal blir ledig varierar.',
        en: 'The application is registered in about a week. How long it takes for premises to become free varies.',
      },
      validity: {
        fi: 'Hakemus on voimassa vuoden, ja sen voi uusia.',
        sv: 'Ansökan gäller ett år och kan förnyas.',
        en: 'The application is valid for one year and can be renewed.',
      },
      costs: {
        fi: 'Hakeminen on maksutonta. Vuokra määräytyy tilan koon ja varustelun mukaan.',
        sv: 'Det är avgiftsfritt att ansöka. Hyran bestäms av lokalens storlek och utrustning.',
        en: 'Applying is free of charge. The rent depends on the size and fittings of the premises.',
      },
      moreInformation: {
        fi: 'Vapaat tilat ja Tukkutorin alueen kehityssuunnitelmat ovat kaupungin sivuilla.',
        sv: 'Lediga lokaler och utvecklingsplanerna för Partitorget finns på stadens webbplats.',
        en: 'Available premises and the development plans for the Wholesale Market area are on the city’s pages.',
      },
      contact: {
        fi: 'Tukkutorin kiinteistöpalvelut, puh. 09 310 38440 (ma–pe klo 9–15), tukkutori@hel.test. Kaupunginkanslia.',
        sv: 'Partitorgets fastighetstjänster, tfn 09 310 38440 (mån–fre kl. 9–15), tukkutori@hel.test. Stadskansliet.',
        en: 'Wholesale Market property services, tel. 09 310 38440 (Mon–Fri 9 AM–3 PM), tukkutori@hel.test. City Executive Office.',
      },
      prerequisites: {
        fi: 'Hakijana on yritys, jolla on Y-tunnus. Yrityksen puolesta asioi henkilö, jolla on siihen Suomi.fi-valtuus.',
        sv: 'Sökanden är ett företag med FO-nummer. För företaget agerar en person som har en Suomi.fi-fullmakt för det.',
        en: 'The applicant is an enterprise with a Business ID. A person with a Suomi.fi authorisation acts for the enterprise.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['city-administration', 'housing-environment'],
      targetGroups: ['enterprises'],
      residentGroups: [],
      division: 'city-executive-office',
      eService: { kind: 'internal-form', formSlug: 'business-premises-application' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 38440', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Tukkutorin toimisto, Työpajankatu 2, Helsinki. Käynnit sopimuksen mukaan.',
          sv: 'Partitorgets kontor, Verkstadsgatan 2, Helsingfors. Besök enligt överenskommelse.',
          en: 'Wholesale Market office, Työpajankatu 2, Helsinki. Visits by appointment.',
        },
        email: 'tukkutori@hel.test',
      },
    },
  },
  {
    slug: 'summer-job-voucher',
    popularity: 0,
    content: {
      name: { fi: 'Kesäseteli', sv: 'Sommarsedel', en: 'Summer job voucher' },
      synonyms: {
        fi: ['kesätyö', 'kesätyöseteli', 'nuorten kesätyö', 'työnantaja', 'palkkatuki', 'ysiluokkalainen', 'ensimmäinen työpaikka'],
        sv: ['sommarjobb', 'sommarjobbssedel', 'ungas sommarjobb', 'arbetsgivare', 'lönestöd', 'niondeklassare', 'första jobbet'],
        en: ['summer job', 'summer work', 'young people’s jobs', 'employer', 'wage subsidy', 'ninth grade', 'first job'],
      },
      summary: {
        fi: 'Helsinkiläinen nuori saa kesäsetelin, jonka työnantaja voi käyttää kesätyöpalkan tukena. Työnantaja hakee setelin maksun tästä palvelusta.',
        sv: 'Unga i Helsingfors får en sommarsedel som arbetsgivaren kan använda som stöd för sommarlönen. Arbetsgivaren ansöker om betalningen i den här tjänsten.',
        en: 'Young people in Helsinki get a summer job voucher that an employer can use towards their summer wages. The employer claims the payment in this service.',
      },
      description: {
        fi: 'Kesäseteli on tarkoitettu helsinkiläisille nuorille, jotka hakevat ensimmäistä kesätyötään. Nuori tilaa setelin palvelussa ja antaa sen työnantajalle, kun kesätyöstä on sovittu. Setelin voi käyttää yritys, yhdistys, säätiö tai muu yhteisö.\n\nTyönantaja hakee setelin arvon maksua kesätyön päätyttyä ja liittää mukaan työsopimuksen ja palkkalaskelman.',
        sv: 'Sommarsedeln är avsedd för unga i Helsingfors som söker sitt första sommarjobb. Den unga beställer sedeln i tjänsten och ger den till arbetsgivaren när sommarjobbet har avtalats. Sedeln kan användas av ett företag, en förening, en stiftelse eller en annan sammanslutning.\n\nArbetsgivaren ansöker om betalning av sedelns värde efter sommarjobbet och bifogar arbetsavtalet och lönespecifikationen.',
        en: 'The summer job voucher is for young people in Helsinki looking for their first summer job. The young person orders the voucher in the service and gives it to the employer once the job has been agreed. An enterprise, association, foundation or other organisation can use it.\n\nThe employer claims the value of the voucher after the summer job, attaching the employment contract and the payslip.',
      },
      process: {
        fi: 'Nuori saa setelin sähköpostiinsa heti. Työllisyyspalvelut tarkistaa työnantajan maksuhakemuksen ja maksaa setelin arvon työnantajan tilille.',
        sv: 'Den unga får sedeln till sin e-post direkt. Sysselsättningstjänsterna kontrollerar arbetsgivarens ansökan om betalning och betalar sedelns värde till arbetsgivarens konto.',
        en: 'The young person receives the voucher by e-mail at once. The employment services check the employer’s claim and pay the value of the voucher to the employer’s account.',
      },
      processingTime: {
        fi: 'Työnantajan hakemus käsitellään noin kuukaudessa.',
        sv: 'Arbetsgivarens ansökan behandlas på cirka en månad.',
        en: 'The employer’s claim is handled in about a month.',
      },
      validity: {
        fi: 'Seteli on voimassa kesäkauden, ja maksua on haettava viimeistään syyskuun loppuun mennessä.',
        sv: 'Sedeln gäller under sommarsäsongen och betalningen ska sökas senast före utgången av september.',
        en: 'The voucher is valid for the summer season, and the payment must be claimed by the end of September.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Setelin arvo, kesätyön vähimmäiskesto ja ehdot julkaistaan vuosittain keväällä kaupungin sivuilla.',
        sv: 'Sedelns värde, sommarjobbets minimilängd och villkoren publiceras varje vår på stadens webbplats.',
        en: 'The value of the voucher, the minimum length of the job and the terms are published each spring on the city’s pages.',
      },
      contact: {
        fi: 'Työllisyyspalvelut, kesäseteli, puh. 09 310 36400 (ma–pe klo 9–15), kesaseteli@hel.test.',
        sv: 'Sysselsättningstjänsterna, sommarsedel, tfn 09 310 36400 (mån–fre kl. 9–15), kesaseteli@hel.test.',
        en: 'Employment services, summer job voucher, tel. 09 310 36400 (Mon–Fri 9 AM–3 PM), kesaseteli@hel.test.',
      },
      prerequisites: {
        fi: 'Nuoren kotikunta on Helsinki ja hän on setelin ikäryhmässä. Työnantajan puolesta asioi henkilö, jolla on siihen Suomi.fi-valtuus.',
        sv: 'Den unga har Helsingfors som hemkommun och hör till åldersgruppen för sedeln. För arbetsgivaren agerar en person som har en Suomi.fi-fullmakt för det.',
        en: 'The young person lives in Helsinki and belongs to the voucher’s age group. A person with a Suomi.fi authorisation acts for the employer.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['city-administration'],
      targetGroups: ['personal-customers', 'enterprises', 'associations'],
      residentGroups: ['youth'],
      division: 'city-executive-office',
      eService: { kind: 'external', url: cityPages('e-asiointi/kesaseteli', 'e-tjanster/sommarsedel', 'e-services/summer-job-voucher') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: true,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 36400', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'kesaseteli@hel.test',
      },
    },
  },
];
