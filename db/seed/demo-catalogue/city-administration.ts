import { cityPages, freeOfCharge, helsinkiInfo, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* City administration: the City Archives, participation and integration. Services for enterprises are in city-administration-business.ts. */

export const cityAdministrationServices: DemoCatalogueService[] = [
  {
    slug: 'copies-of-certificates',
    popularity: 0,
    content: {
      name: { fi: 'Todistusjäljennösten tilaaminen', sv: 'Beställning av kopior av betyg', en: 'Requesting copies of certificates' },
      synonyms: {
        fi: ['todistus', 'todistusjäljennös', 'jäljennös', 'kopio', 'päättötodistus', 'koulutodistus', 'työtodistus', 'kaupunginarkisto', 'arkisto'],
        sv: ['betyg', 'betygskopia', 'kopia', 'avgångsbetyg', 'skolbetyg', 'arbetsintyg', 'stadsarkivet', 'arkiv'],
        en: ['certificate', 'certificate copy', 'copy', 'school certificate', 'diploma', 'transcript', 'employment certificate', 'City Archives', 'archive'],
      },
      summary: {
        fi: 'Tilaa kaupunginarkistosta jäljennös koulu- tai työtodistuksesta tai muusta arkistoon siirretystä asiakirjasta.',
        sv: 'Beställ en kopia av ett skol- eller arbetsbetyg eller en annan handling som överförts till stadsarkivet.',
        en: 'Order a copy of a school or employment certificate or another document kept by the City Archives.',
      },
      description: {
        fi: 'Kaupunginarkisto säilyttää lakkautettujen kaupungin koulujen ja oppilaitosten oppilasasiakirjat sekä kaupungin entisten työntekijöiden palvelussuhdetiedot. Voit tilata jäljennöksen esimerkiksi peruskoulun tai lukion päättötodistuksesta, ammatillisen oppilaitoksen todistuksesta tai työtodistuksesta.\n\nKerro tilauksessa mahdollisimman tarkasti koulun tai työpaikan nimi, vuodet ja nimesi todistuksen antamisen aikaan. Toimiville kouluille ja oppilaitoksille osoitetut pyynnöt ohjataan suoraan koululle.',
        sv: 'Stadsarkivet förvarar elevhandlingarna från stadens nedlagda skolor och läroanstalter och uppgifter om anställningsförhållanden för stadens tidigare anställda. Du kan beställa en kopia av till exempel avgångsbetyget från grundskolan eller gymnasiet, ett betyg från en yrkesläroanstalt eller ett arbetsintyg.\n\nAnge i beställningen så noggrant som möjligt skolans eller arbetsplatsens namn, åren och ditt namn när betyget gavs. Förfrågningar som gäller skolor och läroanstalter som är i verksamhet skickas direkt till skolan.',
        en: 'The City Archives keep the pupil records of the city’s closed schools and educational institutions and the employment records of the city’s former employees. You can order a copy of, for example, your comprehensive school or upper secondary school leaving certificate, a vocational certificate or an employment certificate.\n\nGive the name of the school or workplace, the years and your name at the time the certificate was issued as precisely as you can. Requests concerning schools and institutions that are still running are passed directly to the school.',
      },
      process: {
        fi: 'Arkiston asiakaspalvelu etsii asiakirjan ja laatii siitä oikeaksi todistetun jäljennöksen. Jäljennös toimitetaan postitse tai haettavaksi arkiston asiakaspalvelusta. Jos asiakirjaa ei löydy, saat siitä tiedon viestillä asiointikansioon.',
        sv: 'Arkivets kundtjänst letar fram handlingen och gör en bestyrkt kopia av den. Kopian skickas per post eller kan hämtas vid arkivets kundtjänst. Om handlingen inte hittas får du besked genom ett meddelande i e-tjänstmappen.',
        en: 'The archive’s customer service finds the document and makes a certified copy. The copy is sent by post or can be collected from the archive’s customer service. If the document cannot be found, you are told by a message in the e-services folder.',
      },
      processingTime: {
        fi: 'Yleensä 1–2 viikkoa.',
        sv: 'I regel 1–2 veckor.',
        en: 'Usually 1–2 weeks.',
      },
      validity: {
        fi: 'Oikeaksi todistettu jäljennös on voimassa toistaiseksi.',
        sv: 'En bestyrkt kopia gäller tills vidare.',
        en: 'A certified copy does not expire.',
      },
      costs: {
        fi: 'Jäljennöksestä peritään kaupungin asiakirjahinnaston mukainen maksu. Lasku lähetetään jäljennöksen mukana.',
        sv: 'För kopian tas en avgift ut enligt stadens prislista för handlingar. Fakturan skickas med kopian.',
        en: 'A fee is charged for the copy according to the city’s price list for documents. The invoice is sent with the copy.',
      },
      moreInformation: {
        fi: 'Kaupunginarkiston sivuilla on luettelo kouluista ja oppilaitoksista, joiden asiakirjat ovat arkistossa.',
        sv: 'På stadsarkivets webbplats finns en förteckning över de skolor och läroanstalter vars handlingar finns i arkivet.',
        en: 'The City Archives’ pages list the schools and institutions whose records are kept there.',
      },
      contact: {
        fi: 'Kaupunginarkiston asiakaspalvelu, puh. 09 310 43510 (ma–pe klo 9–15), kaupunginarkisto@hel.test. Kaupunginkanslia.',
        sv: 'Stadsarkivets kundtjänst, tfn 09 310 43510 (mån–fre kl. 9–15), kaupunginarkisto@hel.test. Stadskansliet.',
        en: 'City Archives customer service, tel. 09 310 43510 (Mon–Fri 9 AM–3 PM), kaupunginarkisto@hel.test. City Executive Office.',
      },
      prerequisites: {
        fi: 'Voit tilata jäljennöksen omista todistuksistasi. Toisen henkilön todistusta varten tarvitset hänen valtakirjansa.',
        sv: 'Du kan beställa kopior av dina egna betyg. För en annan persons betyg behöver du hens fullmakt.',
        en: 'You can order copies of your own certificates. For another person’s certificate you need their power of attorney.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['city-administration', 'daycare-education'],
      targetGroups: ['personal-customers'],
      residentGroups: [],
      division: 'city-executive-office',
      eService: { kind: 'internal-form', formSlug: 'copies-of-certificates' },
      requiresStrongIdentification: true,
      savedToFolder: true,
      decidedElectronically: false,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Todistusjäljennöksen tilauslomake', sv: 'Beställningsblankett för betygskopia', en: 'Certificate copy order form' },
            format: 'pdf',
            url: 'https://www.hel.test/static/kanslia/todistusjaljennoksen-tilaus.pdf',
          },
        ],
        telephone: { number: '09 310 43510', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Kaupunginarkisto, Eläintarhantie 3 D, Helsinki. Asiakaspalvelu avoinna ma–pe klo 9–15.',
          sv: 'Stadsarkivet, Djurgårdsvägen 3 D, Helsingfors. Kundtjänsten öppen mån–fre kl. 9–15.',
          en: 'City Archives, Eläintarhantie 3 D, Helsinki. Customer service open Mon–Fri 9 AM–3 PM.',
        },
        email: 'kaupunginarkisto@hel.test',
      },
    },
  },
  {
    slug: 'participatory-budgeting',
    popularity: 0,
    content: {
      name: { fi: 'OmaStadi – osallistuva budjetointi', sv: 'OmaStadi – deltagande budgetering', en: 'OmaStadi – participatory budgeting' },
      synonyms: {
        fi: ['osallistuva budjetointi', 'äänestys', 'ehdotus', 'idea', 'asukasbudjetti', 'vaikuttaminen', 'osallistuminen', 'kaupunginosa'],
        sv: ['deltagande budgetering', 'omröstning', 'förslag', 'idé', 'invånarbudget', 'påverka', 'delaktighet', 'stadsdel'],
        en: ['participatory budgeting', 'vote', 'voting', 'proposal', 'idea', 'residents’ budget', 'have your say', 'participation', 'neighbourhood'],
      },
      summary: {
        fi: 'Ehdota, miten kaupungin rahaa käytetään asuinalueellasi, ja äänestä toteutettavista hankkeista.',
        sv: 'Föreslå hur stadens pengar ska användas i ditt område och rösta om vilka projekt som genomförs.',
        en: 'Suggest how the city’s money is spent in your neighbourhood and vote on the projects to carry out.',
      },
      description: {
        fi: 'Osallistuvassa budjetoinnissa helsinkiläiset päättävät osasta kaupungin budjettia. Ensin kuka tahansa voi jättää ideoita, joista asukkaat ja kaupungin asiantuntijat kehittävät yhdessä ehdotuksia. Sen jälkeen helsinkiläiset äänestävät, mitkä ehdotukset toteutetaan.\n\nIdeoida voivat kaikki, myös yhdistykset ja ryhmät. Äänestää voivat kaikki vähintään 12-vuotiaat helsinkiläiset, joten palvelu on myös nuorten tapa vaikuttaa omaan kaupunginosaansa.',
        sv: 'I den deltagande budgeteringen bestämmer invånarna i Helsingfors över en del av stadens budget. Först kan vem som helst lämna idéer, som invånarna och stadens sakkunniga tillsammans utvecklar till förslag. Sedan röstar invånarna om vilka förslag som ska genomföras.\n\nAlla kan komma med idéer, också föreningar och grupper. Alla invånare i Helsingfors som fyllt 12 år får rösta, så tjänsten är också ett sätt för unga att påverka sin egen stadsdel.',
        en: 'In participatory budgeting the residents of Helsinki decide on part of the city’s budget. First anyone can submit ideas, which residents and the city’s experts develop together into proposals. Then residents vote on which proposals will be carried out.\n\nEveryone can submit ideas, including associations and groups. All residents of Helsinki aged 12 or over can vote, so the service is also a way for young people to shape their own neighbourhood.',
      },
      process: {
        fi: 'Ideat julkaistaan palvelussa, ja kaupungin asiantuntijat arvioivat ehdotusten kustannukset ja toteutettavuuden. Äänestyksen tulokset julkaistaan äänestyksen päätyttyä, ja voittaneiden ehdotusten toteutumista voi seurata palvelussa.',
        sv: 'Idéerna publiceras i tjänsten och stadens sakkunniga bedömer förslagens kostnader och genomförbarhet. Resultaten publiceras när omröstningen avslutats, och man kan följa hur de vinnande förslagen genomförs i tjänsten.',
        en: 'Ideas are published in the service, and the city’s experts estimate the costs and feasibility of the proposals. The results are published when voting closes, and you can follow how the winning proposals are carried out in the service.',
      },
      processingTime: {
        fi: 'Yksi kierros ideoinnista äänestykseen kestää noin vuoden.',
        sv: 'En omgång från idéer till omröstning tar ungefär ett år.',
        en: 'One round from ideas to voting takes about a year.',
      },
      validity: {
        fi: 'Ääni koskee käynnissä olevaa kierrosta.',
        sv: 'Rösten gäller den pågående omgången.',
        en: 'A vote counts for the current round.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Kierroksen aikataulu, budjetti ja alueiden jako ovat palvelun sivuilla. Äänestää voi myös kirjastoissa ja nuorisotaloissa.',
        sv: 'Omgångens tidsplan, budget och områdesindelning finns i tjänsten. Man kan också rösta på biblioteken och ungdomsgårdarna.',
        en: 'The round’s schedule, budget and areas are in the service. You can also vote at libraries and youth centres.',
      },
      contact: {
        fi: 'Osallisuus ja neuvonta, puh. 09 310 36060 (ma–pe klo 10–14), omastadi@hel.test.',
        sv: 'Delaktighet och rådgivning, tfn 09 310 36060 (mån–fre kl. 10–14), omastadi@hel.test.',
        en: 'Participation and advice, tel. 09 310 36060 (Mon–Fri 10 AM–2 PM), omastadi@hel.test.',
      },
      prerequisites: {
        fi: 'Äänestäminen edellyttää, että olet vähintään 12-vuotias ja kotikuntasi on Helsinki, sekä vahvaa tunnistautumista. Ideoiden jättämiseen riittää sähköpostiosoite.',
        sv: 'För att rösta ska du ha fyllt 12 år och ha Helsingfors som hemkommun, och du behöver stark identifiering. För att lämna idéer räcker en e-postadress.',
        en: 'To vote you must be 12 or older, live in Helsinki and sign in with strong identification. An e-mail address is enough to submit ideas.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['city-administration'],
      targetGroups: ['personal-customers', 'associations'],
      residentGroups: ['youth'],
      division: 'city-executive-office',
      eService: { kind: 'external', url: cityPages('omastadi', 'omastadi', 'omastadi') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 36060', hours: weekdays(10, 14), callCharge: localCallCharge },
        visitingAddress: helsinkiInfo,
        email: 'omastadi@hel.test',
      },
    },
  },
  {
    slug: 'integration-services',
    popularity: 0,
    content: {
      name: { fi: 'Kotoutumisen palvelut, yhteydenottopyyntö', sv: 'Integrationstjänster, kontaktbegäran', en: 'Integration services, contact request' },
      synonyms: {
        fi: ['kotoutuminen', 'maahanmuuttaja', 'alkukartoitus', 'kotoutumissuunnitelma', 'kotoutumisohjelma', 'ulkomailta muutto', 'neuvonta', 'oleskelulupa'],
        sv: ['integration', 'invandrare', 'inledande kartläggning', 'integrationsplan', 'integrationsprogram', 'inflyttning från utlandet', 'rådgivning'],
        en: ['integration', 'immigrant', 'initial assessment', 'integration plan', 'integration programme', 'moving to Finland', 'advice', 'newcomer'],
      },
      summary: {
        fi: 'Jos olet muuttanut Helsinkiin ulkomailta, pyydä alkukartoitusta ja neuvontaa kielen opiskeluun, työhön ja koulutukseen.',
        sv: 'Om du har flyttat till Helsingfors från utlandet, be om en inledande kartläggning och rådgivning om språkstudier, arbete och utbildning.',
        en: 'If you have moved to Helsinki from abroad, ask for an initial assessment and advice on language studies, work and education.',
      },
      description: {
        fi: 'Kaupungin kotoutumisen palvelut auttavat Helsinkiin muuttaneita alkuun uudessa kotikaupungissa. Alkukartoituksessa selvitetään yhdessä kanssasi aiempi koulutuksesi, työkokemuksesi ja kielitaitosi sekä se, millaista tukea tarvitset. Sen pohjalta laaditaan tarvittaessa kotoutumissuunnitelma, jossa sovitaan esimerkiksi suomen tai ruotsin kielen opinnoista.\n\nNeuvontaa saat suomeksi, ruotsiksi ja englanniksi sekä tulkin välityksellä muilla kielillä.',
        sv: 'Stadens integrationstjänster hjälper dem som flyttat till Helsingfors att komma i gång i sin nya hemstad. I den inledande kartläggningen utreds tillsammans med dig din tidigare utbildning, arbetserfarenhet och språkkunskap och vilket stöd du behöver. Utifrån den görs vid behov en integrationsplan där man kommer överens om till exempel studier i finska eller svenska.\n\nRådgivning får du på finska, svenska och engelska och via tolk på andra språk.',
        en: 'The city’s integration services help people who have moved to Helsinki to get started in their new home town. In the initial assessment your earlier education, work experience and language skills, and the support you need, are looked at together with you. If needed, an integration plan is made on that basis, agreeing on Finnish or Swedish studies, for example.\n\nAdvice is given in Finnish, Swedish and English, and in other languages through an interpreter.',
      },
      process: {
        fi: 'Ohjaaja soittaa sinulle ja sopii tapaamisen noin kahden viikon kuluessa. Kerro yhteydenottopyynnössä, jos tarvitset tulkin ja millä kielellä.',
        sv: 'En handledare ringer dig och kommer överens om ett möte inom cirka två veckor. Berätta i kontaktbegäran om du behöver tolk och på vilket språk.',
        en: 'An adviser calls you and agrees on a meeting within about two weeks. Tell us in the request if you need an interpreter and for which language.',
      },
      processingTime: {
        fi: 'Yhteydenotto noin viikon kuluessa.',
        sv: 'Kontakt inom cirka en vecka.',
        en: 'You are contacted within about a week.',
      },
      validity: {
        fi: 'Kotoutumissuunnitelma laaditaan määräajaksi ja sitä tarkistetaan tarpeen mukaan.',
        sv: 'Integrationsplanen görs upp för en viss tid och ses över vid behov.',
        en: 'An integration plan is made for a fixed period and reviewed as needed.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Monikielistä tietoa Suomeen muuttamisesta, asumisesta ja palveluista löydät myös kaupungin sivuilta.',
        sv: 'Flerspråkig information om att flytta till Finland, boende och tjänster finns också på stadens webbplats.',
        en: 'Multilingual information about moving to Finland, housing and services is also on the city’s pages.',
      },
      contact: {
        fi: 'Kotoutumisen palvelut, puh. 09 310 36620 (ma–pe klo 9–15), kotoutuminen@hel.test.',
        sv: 'Integrationstjänsterna, tfn 09 310 36620 (mån–fre kl. 9–15), kotoutuminen@hel.test.',
        en: 'Integration services, tel. 09 310 36620 (Mon–Fri 9 AM–3 PM), kotoutuminen@hel.test.',
      },
      prerequisites: {
        fi: 'Olet muuttanut Suomeen ulkomailta, ja kotikuntasi on Helsinki.',
        sv: 'Du har flyttat till Finland från utlandet och din hemkommun är Helsingfors.',
        en: 'You have moved to Finland from abroad and your municipality of residence is Helsinki.',
      },
      availableLanguages: ['fi', 'sv', 'en', 'other'],
      topics: ['city-administration', 'social-health'],
      targetGroups: ['personal-customers'],
      residentGroups: ['immigrants', 'children-families'],
      division: 'city-executive-office',
      eService: { kind: 'external', url: cityPages('e-asiointi/kotoutuminen', 'e-tjanster/integration', 'e-services/integration') },
      requiresStrongIdentification: false,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 36620', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: {
          fi: 'Kotoutumisen palvelupiste, Sörnäisten rantatie 22, Helsinki. Avoinna ma–to klo 9–15.',
          sv: 'Servicepunkten för integration, Sörnäs strandväg 22, Helsingfors. Öppet mån–tors kl. 9–15.',
          en: 'Integration service point, Sörnäisten rantatie 22, Helsinki. Open Mon–Thu 9 AM–3 PM.',
        },
        email: 'kotoutuminen@hel.test',
      },
    },
  },
];
