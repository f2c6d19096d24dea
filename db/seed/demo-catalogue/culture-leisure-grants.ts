import { cityPages, freeOfCharge, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* Culture and leisure: grants for the arts, youth work and associations. */

export const cultureLeisureGrants: DemoCatalogueService[] = [
  {
    slug: 'arts-culture-grants',
    popularity: 0,
    content: {
      name: { fi: 'Kulttuuri: taiteen ja kulttuurin avustukset', sv: 'Kultur: konst- och kulturunderstöd', en: 'Culture: arts and culture grants' },
      synonyms: {
        fi: ['kulttuuriavustus', 'taideavustus', 'apuraha', 'toiminta-avustus', 'projektiavustus', 'kohdeavustus', 'taiteilija', 'työryhmä', 'festivaali'],
        sv: ['kulturunderstöd', 'konstunderstöd', 'stipendium', 'verksamhetsunderstöd', 'projektunderstöd', 'konstnär', 'arbetsgrupp', 'festival'],
        en: ['culture grant', 'arts grant', 'funding', 'operating grant', 'project grant', 'artist', 'working group', 'festival', 'subsidy'],
      },
      summary: {
        fi: 'Hae kaupungin avustusta ammattimaiseen taide- ja kulttuuritoimintaan tai kulttuuriharrastukseen.',
        sv: 'Ansök om stadens understöd för professionell konst- och kulturverksamhet eller för kulturhobbyer.',
        en: 'Apply for a city grant for professional arts and culture or for cultural hobbies.',
      },
      description: {
        fi: 'Kaupunki tukee helsinkiläistä taide- ja kulttuurielämää avustuksilla. Yhteisöt voivat hakea toiminta-avustusta vuoden toimintaan ja projektiavustusta yksittäiseen hankkeeseen, kuten esitykseen, näyttelyyn tai festivaaliin. Projektiavustusta voivat hakea myös työryhmät ja yksittäiset taiteilijat.\n\nAvustuksia haetaan kaupungin sivuilla ilmoitettuina hakuaikoina. Liitä hakemukseen toimintasuunnitelma, talousarvio ja yhteisön edellisen vuoden tilinpäätös.',
        sv: 'Staden stöder konst- och kulturlivet i Helsingfors med understöd. Sammanslutningar kan söka verksamhetsunderstöd för årets verksamhet och projektunderstöd för ett enskilt projekt, som en föreställning, en utställning eller en festival. Projektunderstöd kan också sökas av arbetsgrupper och enskilda konstnärer.\n\nUnderstöden söks under de ansökningstider som meddelas på stadens webbplats. Bifoga verksamhetsplan, budget och sammanslutningens bokslut för föregående år.',
        en: 'The city supports the arts and culture in Helsinki with grants. Organisations can apply for an operating grant for the year’s activities and a project grant for a single project such as a performance, exhibition or festival. Working groups and individual artists can also apply for project grants.\n\nGrants are applied for during the application periods announced on the city’s pages. Attach an activity plan, a budget and the organisation’s financial statements for the previous year.',
      },
      process: {
        fi: 'Kulttuuripalvelujen asiantuntijat arvioivat hakemukset, ja avustuksista päättää kulttuuri- ja kirjastojaosto tai viranhaltija. Voit seurata hakemuksen tilaa asiointikansiossa, ja sinulta voidaan pyytää täydennystä viestillä. Päätös julkaistaan ja lähetetään asiointikansioon.',
        sv: 'Kulturtjänsternas sakkunniga bedömer ansökningarna, och om understöden beslutar kultur- och bibliotekssektionen eller en tjänsteinnehavare. Du kan följa ansökans status i e-tjänstmappen och kan bli ombedd att komplettera den genom ett meddelande. Beslutet publiceras och skickas till e-tjänstmappen.',
        en: 'The cultural services’ experts assess the applications, and the grants are decided by the culture and library subcommittee or an official. You can follow the status in the e-services folder and may be asked to complement the application by a message. The decision is published and sent to the folder.',
      },
      processingTime: {
        fi: 'Päätökset tehdään yleensä 2–3 kuukauden kuluessa hakuajan päättymisestä.',
        sv: 'Besluten fattas i regel inom 2–3 månader efter att ansökningstiden gått ut.',
        en: 'Decisions are usually made within 2–3 months of the end of the application period.',
      },
      validity: {
        fi: 'Avustus on käytettävä päätöksessä mainittuun tarkoitukseen ja mainitussa ajassa. Avustuksen käytöstä annetaan selvitys.',
        sv: 'Understödet ska användas för det ändamål och inom den tid som anges i beslutet. En redovisning ska lämnas över hur understödet använts.',
        en: 'The grant must be used for the purpose and within the time stated in the decision. A report on its use must be given.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Avustusten hakuajat, myöntämisperusteet ja usein kysytyt kysymykset ovat kaupungin sivuilla.',
        sv: 'Ansökningstiderna, grunderna för beviljande och vanliga frågor finns på stadens webbplats.',
        en: 'The application periods, the criteria and frequently asked questions are on the city’s pages.',
      },
      contact: {
        fi: 'Kulttuuriavustukset, puh. 09 310 37020 (ma–to klo 10–12), kulttuuriavustukset@hel.test. Kulttuurin ja vapaa-ajan toimiala.',
        sv: 'Kulturunderstöd, tfn 09 310 37020 (mån–tors kl. 10–12), kulttuuriavustukset@hel.test. Kultur- och fritidssektorn.',
        en: 'Culture grants, tel. 09 310 37020 (Mon–Thu 10 AM–12 noon), kulttuuriavustukset@hel.test. Culture and Leisure Division.',
      },
      prerequisites: {
        fi: 'Toiminta tapahtuu Helsingissä tai kohdistuu helsinkiläisiin. Yhteisön puolesta asioi henkilö, jolla on siihen Suomi.fi-valtuus.',
        sv: 'Verksamheten äger rum i Helsingfors eller riktar sig till invånare i Helsingfors. För en sammanslutning agerar en person som har en Suomi.fi-fullmakt för det.',
        en: 'The activity takes place in Helsinki or is aimed at its residents. A person with a Suomi.fi authorisation acts for an organisation.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['culture-leisure'],
      targetGroups: ['associations', 'personal-customers', 'enterprises'],
      residentGroups: [],
      division: 'culture-leisure',
      eService: { kind: 'internal-form', formSlug: 'arts-culture-grants' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: true,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 37020', hours: { fi: 'ma–to klo 10–12', sv: 'mån–tors kl. 10–12', en: 'Mon–Thu 10 AM–12 noon' }, callCharge: localCallCharge },
        visitingAddress: null,
        email: 'kulttuuriavustukset@hel.test',
      },
    },
  },
  {
    slug: 'youth-work-grants',
    popularity: 0,
    content: {
      name: { fi: 'Nuorisotoiminnan avustukset', sv: 'Understöd för ungdomsverksamhet', en: 'Youth work grants' },
      synonyms: {
        fi: ['nuorisoavustus', 'nuorisoyhdistys', 'nuorten toimintaryhmä', 'leiriavustus', 'toiminta-avustus', 'nuoret', 'partio'],
        sv: ['ungdomsunderstöd', 'ungdomsförening', 'ungdomsgrupp', 'lägerunderstöd', 'verksamhetsunderstöd', 'unga', 'scouter'],
        en: ['youth grant', 'youth association', 'youth group', 'camp grant', 'operating grant', 'young people', 'scouts'],
      },
      summary: {
        fi: 'Nuorisoyhdistykset ja nuorten omat toimintaryhmät voivat hakea avustusta toimintaansa, leireihin ja tapahtumiin.',
        sv: 'Ungdomsföreningar och ungas egna grupper kan söka understöd för sin verksamhet, läger och evenemang.',
        en: 'Youth associations and young people’s own groups can apply for grants for their activities, camps and events.',
      },
      description: {
        fi: 'Kaupunki myöntää avustuksia helsinkiläisille nuorisoyhdistyksille ja muille nuorisotyötä tekeville yhdistyksille. Haettavana ovat toiminta-avustus vuoden toimintaan, leiriavustus sekä projektiavustus esimerkiksi tapahtumaan tai kansainväliseen vaihtoon.\n\nMyös rekisteröitymätön nuorten toimintaryhmä voi hakea pientä avustusta omaan toimintaansa. Ryhmässä on oltava vähintään kolme helsinkiläistä nuorta, ja sillä on oltava täysi-ikäinen yhteyshenkilö.',
        sv: 'Staden beviljar understöd till ungdomsföreningar i Helsingfors och andra föreningar som bedriver ungdomsarbete. Man kan söka verksamhetsunderstöd för årets verksamhet, lägerunderstöd och projektunderstöd till exempel för ett evenemang eller ett internationellt utbyte.\n\nOckså en oregistrerad grupp av unga kan söka ett litet understöd för sin verksamhet. I gruppen ska det finnas minst tre unga från Helsingfors, och den ska ha en myndig kontaktperson.',
        en: 'The city grants funding to youth associations in Helsinki and to other associations doing youth work. You can apply for an operating grant for the year’s activities, a camp grant, and a project grant for an event or an international exchange, for example.\n\nAn unregistered group of young people can also apply for a small grant for its own activities. The group needs at least three young people from Helsinki and an adult contact person.',
      },
      process: {
        fi: 'Nuorisopalvelujen avustusvalmistelijat käsittelevät hakemukset ja voivat pyytää lisätietoja. Päätöksen tekee nuorisojaosto tai viranhaltija, ja se lähetetään sähköpostilla. Avustus maksetaan yhdistyksen tilille päätöksen jälkeen.',
        sv: 'Ungdomstjänsternas handläggare behandlar ansökningarna och kan be om tilläggsuppgifter. Beslutet fattas av ungdomssektionen eller en tjänsteinnehavare och skickas per e-post. Understödet betalas till föreningens konto efter beslutet.',
        en: 'The youth services’ grant officers handle the applications and may ask for more information. The decision is made by the youth subcommittee or an official and sent by e-mail. The grant is paid to the association’s account after the decision.',
      },
      processingTime: {
        fi: 'Toiminta-avustukset noin kolmessa kuukaudessa hakuajan päättymisestä. Nuorten toimintaryhmän avustus noin kahdessa viikossa.',
        sv: 'Verksamhetsunderstöd på cirka tre månader efter ansökningstidens slut. Understöd för ungdomsgrupper på cirka två veckor.',
        en: 'Operating grants in about three months after the application period. Grants for youth groups in about two weeks.',
      },
      validity: {
        fi: 'Avustus on käytettävä päätöksessä mainittuun tarkoitukseen, ja käytöstä annetaan selvitys.',
        sv: 'Understödet ska användas för det ändamål som anges i beslutet och användningen ska redovisas.',
        en: 'The grant must be used for the purpose stated in the decision, and its use must be reported.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Hakuajat ja ohjeet löytyvät kaupungin sivuilta. Nuorisotalojen ohjaajat auttavat nuorten ryhmiä hakemuksen tekemisessä.',
        sv: 'Ansökningstider och anvisningar finns på stadens webbplats. Ledarna på ungdomsgårdarna hjälper grupper av unga att göra ansökan.',
        en: 'The application periods and instructions are on the city’s pages. Youth centre staff help groups of young people with the application.',
      },
      contact: {
        fi: 'Nuorisopalvelujen avustukset, puh. 09 310 89040 (ma–pe klo 10–14), nuorisoavustukset@hel.test.',
        sv: 'Understöd inom ungdomstjänsterna, tfn 09 310 89040 (mån–fre kl. 10–14), nuorisoavustukset@hel.test.',
        en: 'Youth services grants, tel. 09 310 89040 (Mon–Fri 10 AM–2 PM), nuorisoavustukset@hel.test.',
      },
      prerequisites: {
        fi: 'Yhdistys on rekisteröity ja toimii Helsingissä, ja sen jäsenistä vähintään kaksi kolmasosaa on alle 29-vuotiaita. Toimintaryhmän avustuksessa riittää ryhmän täysi-ikäinen yhteyshenkilö.',
        sv: 'Föreningen är registrerad och verkar i Helsingfors, och minst två tredjedelar av medlemmarna är under 29 år. För en ungdomsgrupp räcker det med en myndig kontaktperson.',
        en: 'The association is registered and active in Helsinki, and at least two thirds of its members are under 29. For a youth group, an adult contact person is enough.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['culture-leisure'],
      targetGroups: ['associations', 'personal-customers'],
      residentGroups: ['youth'],
      division: 'culture-leisure',
      eService: { kind: 'external', url: cityPages('e-asiointi/nuorisoavustukset', 'e-tjanster/ungdomsunderstod', 'e-services/youth-work-grants') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: true,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Nuorten toimintaryhmän avustushakemus', sv: 'Ansökan om understöd för ungdomsgrupp', en: 'Grant application for a youth group' },
            format: 'pdf',
            url: 'https://www.hel.test/static/nuoriso/toimintaryhman-avustushakemus.pdf',
          },
        ],
        telephone: { number: '09 310 89040', hours: weekdays(10, 14), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'nuorisoavustukset@hel.test',
      },
    },
  },
  {
    slug: 'association-grants',
    popularity: 0,
    content: {
      name: { fi: 'Yhdistysten avustukset', sv: 'Understöd till föreningar', en: 'Grants for associations' },
      synonyms: {
        fi: ['yhdistysavustus', 'liikunta-avustus', 'urheiluseura', 'asukasyhdistys', 'kaupunginosayhdistys', 'asukastalo', 'toiminta-avustus', 'tila-avustus'],
        sv: ['föreningsunderstöd', 'idrottsunderstöd', 'idrottsförening', 'invånarförening', 'stadsdelsförening', 'invånarhus', 'verksamhetsunderstöd', 'lokalunderstöd'],
        en: ['association grant', 'sports grant', 'sports club', 'residents’ association', 'neighbourhood association', 'community centre', 'operating grant', 'premises grant'],
      },
      summary: {
        fi: 'Rekisteröity yhdistys voi hakea avustusta liikuntatoimintaan, asukastoimintaan tai kaupunginosan tapahtumiin.',
        sv: 'En registrerad förening kan söka understöd för idrottsverksamhet, invånarverksamhet eller evenemang i stadsdelen.',
        en: 'A registered association can apply for a grant for sports, residents’ activities or neighbourhood events.',
      },
      description: {
        fi: 'Kaupunki tukee helsinkiläisten yhdistysten toimintaa. Tällä lomakkeella haet liikunnan toiminta- ja tila-avustusta urheiluseuralle, asukas- ja kaupunginosayhdistysten toiminta-avustusta sekä kohdeavustusta esimerkiksi kaupunginosan tapahtumaan tai talkoisiin.\n\nTaiteen ja kulttuurin sekä nuorisotoiminnan avustuksilla on omat hakunsa. Liitä hakemukseen yhdistyksen toimintasuunnitelma, talousarvio, edellisen vuoden tilinpäätös ja toimintakertomus.',
        sv: 'Staden stöder verksamheten i föreningar i Helsingfors. Med den här blanketten söker du verksamhets- och lokalunderstöd för en idrottsförening, verksamhetsunderstöd för invånar- och stadsdelsföreningar och projektunderstöd till exempel för ett evenemang eller talko i stadsdelen.\n\nKonst- och kulturunderstöd och understöd för ungdomsverksamhet söks separat. Bifoga föreningens verksamhetsplan, budget, bokslut och verksamhetsberättelse för föregående år.',
        en: 'The city supports the work of associations in Helsinki. With this form you apply for operating and premises grants for a sports club, operating grants for residents’ and neighbourhood associations, and project grants for a neighbourhood event or volunteer work day, for example.\n\nArts and culture grants and youth work grants have their own applications. Attach the association’s activity plan, budget, and its financial statements and annual report for the previous year.',
      },
      process: {
        fi: 'Hakemus siirtyy avustusten valmistelijalle, joka voi pyytää täydennystä viestillä asiointikansioon. Avustuksista päättää jaosto tai viranhaltija. Päätös lähetetään asiointikansioon, ja avustus maksetaan yhdistyksen tilille.',
        sv: 'Ansökan går till handläggaren av understöd, som kan be om komplettering genom ett meddelande i e-tjänstmappen. Om understöden beslutar en sektion eller en tjänsteinnehavare. Beslutet skickas till e-tjänstmappen och understödet betalas till föreningens konto.',
        en: 'The application goes to a grant officer, who may ask you to complement it by a message in the e-services folder. The grants are decided by a subcommittee or an official. The decision is sent to the folder and the grant is paid to the association’s account.',
      },
      processingTime: {
        fi: 'Toiminta-avustukset noin kolmessa kuukaudessa hakuajan päättymisestä. Kohdeavustukset noin kuukaudessa.',
        sv: 'Verksamhetsunderstöd på cirka tre månader efter ansökningstidens slut. Projektunderstöd på cirka en månad.',
        en: 'Operating grants in about three months after the application period. Project grants in about one month.',
      },
      validity: {
        fi: 'Avustus on käytettävä päätöksessä mainittuna vuonna tai tapahtumaan. Käytöstä annetaan selvitys seuraavan hakemuksen yhteydessä tai viimeistään kolmen kuukauden kuluttua tapahtumasta.',
        sv: 'Understödet ska användas under det år eller för det evenemang som anges i beslutet. Användningen redovisas med följande ansökan eller senast tre månader efter evenemanget.',
        en: 'The grant must be used in the year or for the event stated in the decision. Its use is reported with the next application or within three months of the event.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Hakuajat, myöntämisperusteet ja ohjeet löytyvät kaupungin sivuilta.',
        sv: 'Ansökningstider, grunder för beviljande och anvisningar finns på stadens webbplats.',
        en: 'The application periods, criteria and instructions are on the city’s pages.',
      },
      contact: {
        fi: 'Yhdistysavustukset, puh. 09 310 87790 (ma–pe klo 10–14), yhdistysavustukset@hel.test.',
        sv: 'Föreningsunderstöd, tfn 09 310 87790 (mån–fre kl. 10–14), yhdistysavustukset@hel.test.',
        en: 'Association grants, tel. 09 310 87790 (Mon–Fri 10 AM–2 PM), yhdistysavustukset@hel.test.',
      },
      prerequisites: {
        fi: 'Yhdistys on rekisteröity ja sen kotipaikka on Helsinki tai se toimii pääosin Helsingissä. Yhdistyksen puolesta asioi henkilö, jolla on siihen Suomi.fi-valtuus.',
        sv: 'Föreningen är registrerad och har sin hemort i Helsingfors eller verkar huvudsakligen i Helsingfors. För föreningen agerar en person som har en Suomi.fi-fullmakt för det.',
        en: 'The association is registered and has its seat in Helsinki or works mainly in Helsinki. A person with a Suomi.fi authorisation acts for the association.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['culture-leisure', 'city-administration'],
      targetGroups: ['associations'],
      residentGroups: [],
      division: 'culture-leisure',
      eService: { kind: 'internal-form', formSlug: 'association-grants' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: true,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Yhdistyksen avustushakemus', sv: 'Föreningens ansökan om understöd', en: 'Association grant application' },
            format: 'docx',
            url: 'https://www.hel.test/static/kuva/yhdistyksen-avustushakemus.docx',
          },
        ],
        telephone: { number: '09 310 87790', hours: weekdays(10, 14), callCharge: localCallCharge },
        visitingAddress: null,
        email: 'yhdistysavustukset@hel.test',
      },
    },
  },
];
