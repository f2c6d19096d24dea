import { cityPages, freeOfCharge, localCallCharge, weekdays } from './common';
import type { DemoCatalogueService } from './types';

/* Transport and maps: parking, work on the streets, and maps. */

const urbanEnvironmentCustomerService = {
  fi: 'Kaupunkiympäristön asiakaspalvelu, Työpajankatu 8, Helsinki. Avoinna ma–pe klo 8.15–16.',
  sv: 'Stadsmiljösektorns kundtjänst, Verkstadsgatan 8, Helsingfors. Öppet mån–fre kl. 8.15–16.',
  en: 'Urban Environment customer service, Työpajankatu 8, Helsinki. Open Mon–Fri 8.15 AM–4 PM.',
};

export const transportMapsServices: DemoCatalogueService[] = [
  {
    slug: 'residential-parking-permit',
    popularity: 0,
    content: {
      name: { fi: 'Asukaspysäköintitunnus', sv: 'Boendeparkeringstillstånd', en: 'Residential parking permit' },
      synonyms: {
        fi: ['asukaspysäköinti', 'pysäköintitunnus', 'pysäköintilupa', 'parkkilupa', 'parkkitunnus', 'auto', 'pysäköinti'],
        sv: ['boendeparkering', 'parkeringstillstånd', 'parkeringstecken', 'parkering', 'bil'],
        en: ['resident parking', 'parking permit', 'parking', 'car', 'residents’ parking zone'],
      },
      summary: {
        fi: 'Hae asukaspysäköintitunnusta, jos asut asukaspysäköintialueella ja omistat tai hallitset auton.',
        sv: 'Ansök om boendeparkeringstillstånd om du bor inom ett område med boendeparkering och äger eller innehar en bil.',
        en: 'Apply for a residential parking permit if you live in a residents’ parking zone and own or hold a car.',
      },
      description: {
        fi: 'Asukaspysäköintitunnuksella voit pysäköidä oman asukaspysäköintialueesi kadunvarsipaikoille. Tunnus on sähköinen ja sidottu auton rekisteritunnukseen, joten tuulilasiin ei tarvitse laittaa mitään.\n\nVoit hakea tunnusta kuukaudeksi tai pidemmäksi ajaksi, enintään vuodeksi kerrallaan. Palvelussa voit myös vaihtaa tunnukseen liitetyn auton tai lopettaa tunnuksen.',
        sv: 'Med boendeparkeringstillstånd kan du parkera på gatuplatserna inom ditt eget område för boendeparkering. Tillståndet är elektroniskt och kopplat till bilens registreringsnummer, så du behöver inte sätta något på vindrutan.\n\nDu kan söka tillstånd för en månad eller längre, högst ett år åt gången. I tjänsten kan du också byta den bil som är kopplad till tillståndet eller avsluta tillståndet.',
        en: 'With a residential parking permit you can park on the street in your own residents’ parking zone. The permit is electronic and linked to the car’s registration number, so nothing is needed on the windscreen.\n\nYou can apply for a permit for one month or longer, up to one year at a time. In the service you can also change the car linked to the permit or end the permit.',
      },
      process: {
        fi: 'Palvelu tarkistaa osoitteesi väestötietojärjestelmästä ja auton tiedot ajoneuvorekisteristä. Jos tiedot täsmäävät, tunnus on voimassa heti maksun jälkeen. Muuten hakemus siirtyy pysäköintipalvelujen käsittelyyn, ja sinulta voidaan pyytää selvitys auton hallintaoikeudesta.',
        sv: 'Tjänsten kontrollerar din adress i befolkningsdatasystemet och bilens uppgifter i fordonsregistret. Om uppgifterna stämmer gäller tillståndet direkt efter betalningen. Annars går ansökan till parkeringstjänsterna för behandling, och du kan bli ombedd att visa att du har rätt att inneha bilen.',
        en: 'The service checks your address in the population register and the car in the vehicle register. If they match, the permit is valid as soon as you have paid. Otherwise the application goes to the parking services, who may ask you to show that you hold the car.',
      },
      processingTime: {
        fi: 'Yleensä heti. Käsittelyä vaativat hakemukset noin viikossa.',
        sv: 'Oftast direkt. Ansökningar som kräver behandling på cirka en vecka.',
        en: 'Usually immediately. Applications that need handling take about a week.',
      },
      validity: {
        fi: 'Tunnus on voimassa hakemasi ajan, enintään vuoden kerrallaan. Tunnus päättyy, jos muutat pois alueelta.',
        sv: 'Tillståndet gäller den tid du ansökt om, högst ett år åt gången. Tillståndet upphör om du flyttar bort från området.',
        en: 'The permit is valid for the period you applied for, up to one year at a time. It ends if you move out of the zone.',
      },
      costs: {
        fi: 'Tunnuksen hinta määräytyy kaupungin hinnaston mukaan voimassaoloajan perusteella. Tunnus maksetaan hakemisen yhteydessä.',
        sv: 'Priset på tillståndet bestäms enligt stadens prislista utifrån giltighetstiden. Tillståndet betalas när du ansöker.',
        en: 'The price follows the city’s price list and depends on the period of validity. The permit is paid when you apply.',
      },
      moreInformation: {
        fi: 'Asukaspysäköintialueiden kartta ja hinnasto ovat kaupungin sivuilla.',
        sv: 'En karta över områdena för boendeparkering och prislistan finns på stadens webbplats.',
        en: 'A map of the residents’ parking zones and the price list are on the city’s pages.',
      },
      contact: {
        fi: 'Pysäköintipalvelut, puh. 09 310 22110 (ma–pe klo 9–15), pysakointi@hel.test.',
        sv: 'Parkeringstjänster, tfn 09 310 22110 (mån–fre kl. 9–15), pysakointi@hel.test.',
        en: 'Parking services, tel. 09 310 22110 (Mon–Fri 9 AM–3 PM), pysakointi@hel.test.',
      },
      prerequisites: {
        fi: 'Vakituinen osoitteesi on asukaspysäköintialueella, ja olet auton omistaja tai haltija ajoneuvorekisterissä tai käytät työsuhde- tai leasingautoa.',
        sv: 'Din stadigvarande adress ligger inom ett område för boendeparkering, och du är bilens ägare eller innehavare i fordonsregistret eller använder en tjänste- eller leasingbil.',
        en: 'Your permanent address is in a residents’ parking zone, and you are the car’s owner or holder in the vehicle register or use a company or leased car.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['transport-maps'],
      targetGroups: ['personal-customers'],
      residentGroups: [],
      division: 'urban-environment',
      eService: { kind: 'external', url: cityPages('e-asiointi/pysakointitunnukset', 'e-tjanster/parkeringstillstand', 'e-services/parking-permits') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: true,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 22110', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: urbanEnvironmentCustomerService,
        email: 'pysakointi@hel.test',
      },
    },
  },
  {
    slug: 'street-excavation-permit',
    popularity: 0,
    content: {
      name: { fi: 'Kaivulupa katualueelle', sv: 'Grävningstillstånd för gatuområde', en: 'Street excavation permit' },
      synonyms: {
        fi: ['kaivulupa', 'katulupa', 'kaivutyö', 'johtotyö', 'työmaa', 'liikennejärjestely', 'aluevuokraus', 'tilapäinen liikennejärjestely'],
        sv: ['grävningstillstånd', 'gatutillstånd', 'grävarbete', 'ledningsarbete', 'byggarbetsplats', 'trafikarrangemang'],
        en: ['excavation permit', 'digging permit', 'roadworks', 'cable work', 'worksite', 'traffic arrangement', 'street works'],
      },
      summary: {
        fi: 'Hae lupaa kaivutyöhön tai muuhun työhön kadulla, jalkakäytävällä tai puistossa.',
        sv: 'Ansök om tillstånd för grävarbete eller annat arbete på gatan, trottoaren eller i en park.',
        en: 'Apply for a permit to dig or work on a street, pavement or in a park.',
      },
      description: {
        fi: 'Kaupungin katu- ja puistoalueella tehtävään kaivutyöhön, kuten kaapeli-, putki- ja liittymätöihin, tarvitaan kaupungin lupa. Samalla hakemuksella ilmoitetaan työn aikaiset tilapäiset liikennejärjestelyt.\n\nLiitä hakemukseen työalueen piirustus, liikennejärjestelysuunnitelma ja tieto vastaavasta työnjohtajasta. Hae lupaa hyvissä ajoin ennen töiden alkamista. Äkillisen vian korjaamisesta voi tehdä ilmoituksen jälkikäteen.',
        sv: 'För grävarbete på stadens gatu- och parkområden, som kabel-, rör- och anslutningsarbeten, behövs stadens tillstånd. Med samma ansökan anmäls de tillfälliga trafikarrangemangen under arbetet.\n\nBifoga en ritning över arbetsområdet, en trafikarrangemangsplan och uppgifter om den ansvariga arbetsledaren. Ansök om tillstånd i god tid innan arbetet börjar. Reparation av ett plötsligt fel kan anmälas i efterhand.',
        en: 'Digging in the city’s streets and parks, such as cable, pipe and connection work, needs a permit from the city. The same application covers the temporary traffic arrangements during the work.\n\nAttach a drawing of the work area, a traffic arrangement plan and the name of the responsible site manager. Apply well before the work starts. The urgent repair of a fault can be reported afterwards.',
      },
      process: {
        fi: 'Alueidenkäytön tarkastaja käsittelee hakemuksen ja voi pyytää täydennyksiä. Lupapäätös lähetetään sähköisesti. Työn aikana ja sen päätyttyä tarkastaja valvoo työmaata ja hyväksyy alueen ennallistamisen.',
        sv: 'Inspektören för områdesanvändning behandlar ansökan och kan be om kompletteringar. Tillståndsbeslutet skickas elektroniskt. Under och efter arbetet övervakar inspektören arbetsplatsen och godkänner att området återställts.',
        en: 'An area use inspector handles the application and may ask for more information. The permit decision is sent electronically. During and after the work the inspector supervises the site and approves the restoration of the area.',
      },
      processingTime: {
        fi: 'Yleensä 1–3 viikkoa, kun hakemus on täydellinen.',
        sv: 'I regel 1–3 veckor när ansökan är fullständig.',
        en: 'Usually 1–3 weeks once the application is complete.',
      },
      validity: {
        fi: 'Lupa on voimassa päätöksessä mainitun ajan. Jatkoaikaa on haettava ennen luvan päättymistä.',
        sv: 'Tillståndet gäller den tid som anges i beslutet. Förlängning ska sökas innan tillståndet upphör.',
        en: 'The permit is valid for the period stated in the decision. An extension must be applied for before it ends.',
      },
      costs: {
        fi: 'Luvasta peritään käsittelymaksu ja alueenkäyttömaksu, joka riippuu alueen koosta, sijainnista ja työn kestosta.',
        sv: 'För tillståndet tas en behandlingsavgift och en avgift för områdesanvändning ut, som beror på områdets storlek, läge och arbetets längd.',
        en: 'The permit has a processing fee and an area use fee, which depends on the size and location of the area and the length of the work.',
      },
      moreInformation: {
        fi: 'Katutöiden ohjeet, mallipiirustukset ja maksujen hinnasto ovat kaupungin sivuilla.',
        sv: 'Anvisningar för gatuarbeten, modellritningar och prislistan för avgifterna finns på stadens webbplats.',
        en: 'Instructions for street works, model drawings and the price list are on the city’s pages.',
      },
      contact: {
        fi: 'Alueidenkäyttö ja -valvonta, puh. 09 310 22240 (ma–pe klo 9–12), alueidenkaytto@hel.test.',
        sv: 'Områdesanvändning och tillsyn, tfn 09 310 22240 (mån–fre kl. 9–12), alueidenkaytto@hel.test.',
        en: 'Area use and supervision, tel. 09 310 22240 (Mon–Fri 9 AM–12 noon), alueidenkaytto@hel.test.',
      },
      prerequisites: {
        fi: 'Hakijana on työn tilaaja tai urakoitsija. Yrityksen puolesta asioi henkilö, jolla on siihen Suomi.fi-valtuus.',
        sv: 'Sökanden är arbetets beställare eller entreprenör. För ett företag agerar en person som har en Suomi.fi-fullmakt för det.',
        en: 'The applicant is the client or the contractor of the work. A person with a Suomi.fi authorisation acts for an enterprise.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['transport-maps', 'housing-environment'],
      targetGroups: ['enterprises'],
      residentGroups: [],
      division: 'urban-environment',
      eService: { kind: 'external', url: cityPages('e-asiointi/alueiden-kaytto', 'e-tjanster/omradesanvandning', 'e-services/area-use') },
      requiresStrongIdentification: true,
      savedToFolder: false,
      decidedElectronically: true,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 22240', hours: weekdays(9, 12), callCharge: localCallCharge },
        visitingAddress: urbanEnvironmentCustomerService,
        email: 'alueidenkaytto@hel.test',
      },
    },
  },
  {
    slug: 'parking-fine-review',
    popularity: 0,
    content: {
      name: { fi: 'Pysäköintivirhemaksun oikaisuvaatimus', sv: 'Begäran om omprövning av felparkeringsavgift', en: 'Request for review of a parking fine' },
      synonyms: {
        fi: ['pysäköintivirhemaksu', 'parkkisakko', 'sakko', 'valitus', 'oikaisu', 'pysäköintivirhe', 'lappu'],
        sv: ['felparkeringsavgift', 'parkeringsbot', 'böter', 'besvär', 'omprövning', 'parkeringslapp'],
        en: ['parking ticket', 'parking fine', 'fine', 'appeal', 'complaint', 'parking penalty'],
      },
      summary: {
        fi: 'Jos mielestäsi pysäköintivirhemaksu on annettu aiheetta, tee oikaisuvaatimus.',
        sv: 'Om du anser att du fått en felparkeringsavgift utan grund, begär omprövning.',
        en: 'If you think a parking fine was given without reason, request a review.',
      },
      description: {
        fi: 'Voit vaatia pysäköintivirhemaksun oikaisua, jos katsot, ettei maksulle ole perustetta, esimerkiksi koska sinulla oli voimassa oleva pysäköintilupa tai merkintä oli epäselvä. Tee oikaisuvaatimus 14 päivän kuluessa siitä, kun sait maksun.\n\nTarvitset virhemaksun numeron ja auton rekisteritunnuksen. Liitä mukaan valokuvat, kuitit ja muut selvitykset, jotka tukevat vaatimustasi.',
        sv: 'Du kan begära omprövning av en felparkeringsavgift om du anser att det inte finns grund för den, till exempel för att du hade ett giltigt parkeringstillstånd eller för att skyltningen var otydlig. Begär omprövning inom 14 dagar från att du fick avgiften.\n\nDu behöver avgiftens nummer och bilens registreringsnummer. Bifoga fotografier, kvitton och andra utredningar som stöder din begäran.',
        en: 'You can request a review of a parking fine if you think there are no grounds for it, for example because you had a valid permit or the signs were unclear. Make the request within 14 days of receiving the fine.\n\nYou need the number of the fine and the car’s registration number. Attach photographs, receipts and other documents that support your request.',
      },
      process: {
        fi: 'Pysäköinninvalvonta käsittelee oikaisuvaatimuksen ja lähettää päätöksen postitse tai sähköpostilla. Jos vaatimus hyväksytään, jo maksettu maksu palautetaan. Päätöksen mukana on ohje siitä, miten siihen voi hakea muutosta.',
        sv: 'Parkeringsövervakningen behandlar begäran och skickar beslutet per post eller e-post. Om begäran godkänns betalas en redan betald avgift tillbaka. Med beslutet följer en anvisning om hur man söker ändring i det.',
        en: 'Parking control handles the request and sends the decision by post or e-mail. If the request is accepted, a fine already paid is refunded. The decision comes with instructions on how to appeal against it.',
      },
      processingTime: {
        fi: 'Yleensä 4–8 viikkoa.',
        sv: 'I regel 4–8 veckor.',
        en: 'Usually 4–8 weeks.',
      },
      validity: {
        fi: 'Oikaisuvaatimus on tehtävä 14 päivän kuluessa maksun tiedoksisaannista.',
        sv: 'Begäran om omprövning ska göras inom 14 dagar från delfåendet av avgiften.',
        en: 'The request must be made within 14 days of being notified of the fine.',
      },
      costs: freeOfCharge,
      moreInformation: {
        fi: 'Ohjeet oikaisuvaatimuksen tekemiseen ja usein kysytyt kysymykset ovat kaupungin sivuilla.',
        sv: 'Anvisningar för begäran om omprövning och vanliga frågor finns på stadens webbplats.',
        en: 'Instructions and frequently asked questions are on the city’s pages.',
      },
      contact: {
        fi: 'Pysäköinninvalvonta, puh. 09 310 22160 (ma–pe klo 9–12), pysakoinninvalvonta@hel.test.',
        sv: 'Parkeringsövervakningen, tfn 09 310 22160 (mån–fre kl. 9–12), pysakoinninvalvonta@hel.test.',
        en: 'Parking control, tel. 09 310 22160 (Mon–Fri 9 AM–12 noon), pysakoinninvalvonta@hel.test.',
      },
      prerequisites: {
        fi: 'Olet saanut pysäköintivirhemaksun Helsingissä ja olet auton omistaja, haltija tai kuljettaja.',
        sv: 'Du har fått en felparkeringsavgift i Helsingfors och är bilens ägare, innehavare eller förare.',
        en: 'You have received a parking fine in Helsinki and are the car’s owner, holder or driver.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['transport-maps'],
      targetGroups: ['personal-customers', 'enterprises'],
      residentGroups: [],
      division: 'urban-environment',
      eService: { kind: 'external', url: cityPages('e-asiointi/pysakointivirhemaksun-oikaisu', 'e-tjanster/omprovning-felparkeringsavgift', 'e-services/parking-fine-review') },
      requiresStrongIdentification: false,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [
          {
            title: { fi: 'Oikaisuvaatimuslomake', sv: 'Blankett för begäran om omprövning', en: 'Review request form' },
            format: 'pdf',
            url: 'https://www.hel.test/static/kymp/pysakointivirhemaksun-oikaisuvaatimus.pdf',
          },
        ],
        telephone: { number: '09 310 22160', hours: weekdays(9, 12), callCharge: localCallCharge },
        visitingAddress: urbanEnvironmentCustomerService,
        email: 'pysakoinninvalvonta@hel.test',
      },
    },
  },
  {
    slug: 'map-orders',
    popularity: 0,
    content: {
      name: { fi: 'Karttojen ja paikkatietoaineistojen tilaaminen', sv: 'Beställning av kartor och geodata', en: 'Ordering maps and spatial data' },
      synonyms: {
        fi: ['kartta', 'kantakartta', 'pohjakartta', 'asemapiirros', 'ilmakuva', 'opaskartta', 'paikkatieto', 'rakennuslupa', 'karttaote'],
        sv: ['karta', 'baskarta', 'situationsplan', 'flygbild', 'guidekarta', 'geodata', 'bygglov', 'kartutdrag'],
        en: ['map', 'base map', 'site plan', 'aerial photo', 'guide map', 'GIS data', 'building permit', 'map extract'],
      },
      summary: {
        fi: 'Tilaa pohjakartta rakennuslupaa varten, ilmakuvia tai muita kaupungin kartta- ja paikkatietoaineistoja.',
        sv: 'Beställ en baskarta för bygglov, flygbilder eller annat kart- och geodatamaterial från staden.',
        en: 'Order a base map for a building permit, aerial photos or other map and spatial data from the city.',
      },
      description: {
        fi: 'Kaupunkimittauspalvelut toimittaa kantakarttoja, asemapiirroksen pohjakarttoja rakennuslupaa varten, ilmakuvia, vinokuvia ja muita paikkatietoaineistoja. Monet aineistot ovat avoimena datana maksutta ladattavissa; tilauspalvelusta saat aineistot, joita ei ole avoimena datana tai jotka tarvitset tietyssä muodossa.',
        sv: '',
        en: 'The city survey services provide base maps, site plan base maps for building permits, aerial and oblique photos and other spatial data. Much of it is open data that can be downloaded free of charge; the ordering service supplies data that is not open or that you need in a particular format.',
      },
      process: {
        fi: 'Saat tilausvahvistuksen sähköpostiisi. Aineisto toimitetaan sähköisesti latauslinkkinä, ja lasku lähetetään erikseen.',
        sv: '',
        en: '',
      },
      processingTime: {
        fi: 'Yleensä 3–5 arkipäivää.',
        sv: 'I regel 3–5 vardagar.',
        en: 'Usually 3–5 working days.',
      },
      validity: {
        fi: 'Rakennuslupaa varten toimitettu pohjakartta on voimassa vuoden.',
        sv: 'En baskarta för bygglov gäller ett år.',
        en: 'A base map for a building permit is valid for one year.',
      },
      costs: {
        fi: 'Hinnat ovat kaupunkimittauspalvelujen hinnaston mukaiset. Avoin data on maksutonta.',
        sv: 'Priserna följer stadsmätningstjänsternas prislista. Öppna data är avgiftsfria.',
        en: 'Prices follow the city survey services’ price list. Open data is free of charge.',
      },
      moreInformation: {
        fi: 'Kaupungin karttapalvelussa voit katsella karttoja ja ilmakuvia ja ladata avointa dataa.',
        sv: 'I stadens karttjänst kan du se kartor och flygbilder och ladda ner öppna data.',
        en: '',
      },
      contact: {
        fi: 'Kaupunkimittauspalvelujen asiakaspalvelu, puh. 09 310 31930 (ma–pe klo 9–15), kaupunkimittaus@hel.test.',
        sv: 'Stadsmätningstjänsternas kundtjänst, tfn 09 310 31930 (mån–fre kl. 9–15), kaupunkimittaus@hel.test.',
        en: 'City survey services, tel. 09 310 31930 (Mon–Fri 9 AM–3 PM), kaupunkimittaus@hel.test.',
      },
      prerequisites: {
        fi: 'Ei edellytyksiä. Yrityksen tilauksiin tarvitaan laskutustiedot.',
        sv: 'Inga förutsättningar. För företagets beställningar behövs faktureringsuppgifter.',
        en: 'None. Orders by enterprises need billing details.',
      },
      availableLanguages: ['fi', 'sv', 'en'],
      topics: ['transport-maps', 'housing-environment'],
      targetGroups: ['enterprises', 'personal-customers'],
      residentGroups: [],
      division: 'urban-environment',
      eService: { kind: 'external', url: cityPages('e-asiointi/karttatilaukset', 'e-tjanster/kartbestallningar', 'e-services/map-orders') },
      requiresStrongIdentification: false,
      savedToFolder: false,
      decidedElectronically: false,
      alternatives: {
        printableForms: [],
        telephone: { number: '09 310 31930', hours: weekdays(9, 15), callCharge: localCallCharge },
        visitingAddress: urbanEnvironmentCustomerService,
        email: 'kaupunkimittaus@hel.test',
      },
    },
  },
];
