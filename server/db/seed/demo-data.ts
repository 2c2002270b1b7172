// Demo data: the five cases of the NA Erasmus+ impact study (seed/000_c295de2c50fe28f1.txt).
// Facts only from the report; interviewees are roles with pseudonym labels, never names.
// Where the report gives only a year or school year, dates are the bounds of that period;
// where nothing is known, null. No project codes, grants or URLs: the report gives none.
import type { DemoCase } from './demo-types.js';

export const DEMO_CASES: DemoCase[] = [
  // ── 1. po: Christelijke Daltonschool Koningin Emma, Zwolle (KA1) ──
  {
    key: "emma",
    organisation: {
      name: "Christelijke Daltonschool Koningin Emma",
      shortName: "Koningin Emmaschool", type: "primary_school", sector: "po", city: "Zwolle", country: "NL",
      description:
        "Christelijke basisschool met een Daltonconcept die flink is gegroeid tot 390 leerlingen en een team van 30 personen. Sinds schooljaar 2009/2010 is er van groep 1 tot en met groep 8 veel aandacht voor Engels (vvto Engels); de school werkt aan een internationaal profiel.",
    },
    projects: [
      {
        title: "Teamstudiereis naar Cambridge voor vvto Engels",
        sector: "po", keyAction: "KA1", callYear: 2014,
        startDate: "2014-09-01", endDate: "2015-08-31", grantEur: null,
        summary: "In schooljaar 2014/2015 maakte het hele team een studiereis van een week naar Cambridge om het vroeg vreemdetalenonderwijs Engels (vvto) te versterken. De school stelde het programma zelf samen met een Engelse docent met wie al contact bestond: taaltraining op eigen niveau, didactische training en een bezoek aan een Engelse basisschool. De reis geldt als omslagpunt voor het draagvlak voor vvto Engels in het team en droeg bij aan het behalen van het EarlyBird-keurmerk.",
        aims: [
          "De eigen taalvaardigheid Engels vergroten",
          "Didactische/methodologische vaardigheden in het geven van Engels verbeteren",
          "Zelfvertrouwen in het lesgeven in het Engels vergroten",
          "Draagkracht in het team voor het taalonderwijs in de school vergroten",
          "Een positieve houding ten opzichte van internationalisering verkrijgen",
        ],
        partners: [
          { name: "Engelse taaldocent (programma op maat)", country: "GB", city: "Cambridge", role: "trainer" },
          { name: "Engelse basisschool", country: "GB", role: "host" },
        ],
        activities: [
          {
            type: "study_visit", title: "Teamstudiereis naar Cambridge",
            description: "Week met het hele team: taalvaardigheidstraining op eigen niveau, didactische training voor Engels als tweede taal, integratie van taalvaardigheid met lesopdrachten en een bezoek aan een Engelse basisschool. Aparte sporen voor onderbouw (niveau B1) en bovenbouw (B2); vooraf een brief aan de docent en ERK-toetsen om individuele leerdoelen te stellen.",
            destinationCity: "Cambridge", destinationCountry: "GB", startDate: "2014-09-01", endDate: "2015-08-31", participantCount: null,
          },
        ],
        products: [
          {
            title: "EarlyBird-keurmerk voor vvto Engels", kind: "certificate",
            description: "De school had als doel een gecertificeerde EarlyBird-school voor vroeg vreemdetalenonderwijs Engels te worden; dat is gelukt.",
          },
        ],
        interviewees: [
          { role: "teacher", label: "Leerkracht 1", description: "Leerkracht, deelnemer aan de teamstudiereis naar Cambridge (groepsgesprek)" },
          { role: "teacher", label: "Leerkracht 2", description: "Leerkracht, deelnemer aan de teamstudiereis naar Cambridge (groepsgesprek)" },
          { role: "teacher", label: "Leerkracht 3", description: "Leerkracht, deelnemer aan de teamstudiereis naar Cambridge (groepsgesprek)" },
          { role: "teacher", label: "Leerkracht 4", description: "Leerkracht, deelnemer aan de teamstudiereis naar Cambridge (groepsgesprek)" },
          { role: "teacher", label: "Leerkracht 5", description: "Leerkracht, deelnemer aan de teamstudiereis naar Cambridge (groepsgesprek)" },
        ],
        evidence: [
          {
            text: "Het grotere draagvlak is echt wel ontstaan in die week.",
            isQuote: true, interviewee: "Leerkracht 1",
            typology: ["ORG.change", "ORG.shared"], level: "organisation",
            factors: [{ code: "FAC.whole_team", polarity: "promoting" }],
          },
          {
            text: "Doordat het hele team hetzelfde heeft meegemaakt, is het team hechter geworden. Vóór de reis was nog niet iedereen overtuigd van de keuze voor vvto Engels; pas daarna werd de visie breed gedragen.",
            isQuote: false,
            typology: ["ORG.change"], level: "organisation", factors: [{ code: "FAC.whole_team", polarity: "promoting" }],
          },
          {
            text: "Dankzij de lessen tijdens de studiereis kunnen leerkrachten vvto Engels concreet maken in de klas, hebben ze meer vertrouwen in hun eigen kunnen en voelen ze zich zelfverzekerder bij het spreken van Engels. Het helpt dat de reis was ingebed in breder beleid.",
            isQuote: false,
            typology: ["PRO.language", "PRO.attitude"], level: "individual",
            factors: [{ code: "FAC.policy_embedding", polarity: "promoting" }],
          },
          {
            text: "Leerkrachten hebben veel gehad aan de diverse werkvormen die ze leerden en die goed inpasbaar zijn in het Daltononderwijs; veel activiteiten waren gericht op directe toepasbaarheid in de eigen lespraktijk.",
            isQuote: false, interviewee: "Leerkracht 2",
            typology: ["PRO.methods"], level: "individual",
            factors: [{ code: "FAC.direct_applicability", polarity: "promoting" }],
          },
          {
            text: "Deelnemers voelden zich helemaal ondergedompeld in de Engelse taal en cultuur: ze vroegen voorbijgangers een gedicht voor te lezen, spraken studenten tijdens een boottocht en bezochten een toneelstuk in oud Engels.",
            isQuote: false,
            typology: ["INT.competences", "PRO.language"], level: "individual", factors: [],
          },
          {
            text: "Vooraf maakten de leerkrachten ERK-toetsen om hun taalvaardigheid te peilen, zodat individuele leerdoelen gesteld konden worden; de niveauverschillen in het team bleken groot.",
            isQuote: false,
            typology: ["PRO.language"], level: "individual", factors: [{ code: "FAC.preparation_goals", polarity: "promoting" }],
          },
          {
            text: "Ouders zeggen dat de kinderen heel vrij zijn in het spreken van Engels en ze begrijpen ook al heel veel",
            isQuote: true, interviewee: "Leerkracht 3",
            typology: ["ORG.learners"], level: "organisation", factors: [],
          },
          {
            text: "De studiereis is hiervoor de motor geweest, het vliegwieleffect is toen begonnen.",
            isQuote: true, interviewee: "Leerkracht 4",
            typology: ["ORG.internationalisation", "ORG.learners"], level: "organisation", factors: [],
            memo: "Over leerlingen die gewend zijn aan internationaal bezoek en daarmee makkelijk Engels praten.",
          },
          {
            text: "Het keurmerk EarlyBird voor vvto is behaald; de activiteiten waren ingebed in een bredere aanpak van de school om zich te onderscheiden op vvto Engels.",
            isQuote: false,
            typology: ["ORG.internationalisation"], level: "organisation",
            factors: [{ code: "FAC.policy_embedding", polarity: "promoting" }],
          },
          {
            text: "Weinig tijd en een hoge werkdruk zorgden aanvankelijk voor het ontbreken van draagvlak. De helft van de week in Engeland ging ten koste van vakantiedagen; door gebrek aan vervangers wordt dat soms als enige oplossing gezien.",
            isQuote: false, interviewee: "Leerkracht 5",
            typology: ["ORG.change"], level: "organisation", factors: [{ code: "FAC.time_workload", polarity: "hindering" }],
          },
          {
            text: "De vvto-coördinator was de drijvende kracht; nu die collega is vertrokken, zijn taken overgedragen. Het nadeel van één trekker is de afhankelijkheid van één persoon, daarom was het van belang dat het hele team is meegenomen.",
            isQuote: false,
            typology: ["ORG.change"], level: "organisation",
            factors: [{ code: "FAC.single_driver", polarity: "hindering" }, { code: "FAC.whole_team", polarity: "promoting" }],
          },
          {
            text: "De opgedane kennis wordt gedeeld met het team. Het invullen van het participant report wordt als nuttig ervaren: het zorgt voor bewustwording over het geleerde.",
            isQuote: false,
            typology: ["ORG.shared"], level: "organisation",
            factors: [{ code: "FAC.sharing_dissemination", polarity: "promoting" }, { code: "FAC.reflection", polarity: "promoting" }],
          },
        ],
      },
      {
        title: "Job-shadowing en taalcursussen voor vvto Engels (2016-2018)",
        sector: "po", keyAction: "KA1", callYear: 2016,
        startDate: "2016-01-01", endDate: "2018-12-31", grantEur: null,
        summary: "Van 2016 tot 2018 zette de school de ontwikkeling van vvto Engels voort met job-shadowing bij buitenlandse partnerscholen en taalcursussen voor individuele leerkrachten, onder meer in Canterbury en Oostenrijk. Omdat het team groeide van 21 naar 30 personen, ging het ook om het scholen van nieuwe leerkrachten die de studiereis hadden gemist. De job-shadowing in Spanje werd als leerzaam ervaren, die in Polen en Italië minder.",
        aims: [
          "Verdere professionalisering van de zittende leerkrachten in vvto Engels",
          "Scholing van nieuwe leerkrachten in visie en vaardigheden voor vvto Engels",
          "Uitwisselen van ervaring en expertise met buitenlandse partnerscholen",
          "Leren over ICT in het onderwijs en onderzoekend werken in het kleuteronderwijs (Spanje)",
        ],
        partners: [
          { name: "Partnerschool in Spanje", country: "ES", role: "host" },
          { name: "Partnerschool in Polen", country: "PL", role: "host" },
          { name: "Partnerschool in Italië", country: "IT", role: "host" },
          { name: "Cursusaanbieder in Canterbury", country: "GB", city: "Canterbury", role: "trainer" },
          { name: "Cursusaanbieder in Oostenrijk", country: "AT", role: "trainer" },
        ],
        activities: [
          {
            type: "job_shadowing", title: "Job-shadowing bij de Spaanse partnerschool",
            description: "Twee leerkrachten liepen vier volle lange dagen mee op de Spaanse partnerschool, in een week met Cambridge-examens. Spaanse collega’s waren eerder in Zwolle geweest en vooraf zijn de doelen wederzijds uitgewisseld; aandacht voor ICT en onderzoekend leren bij kleuters.",
            destinationCountry: "ES", startDate: null, endDate: null, participantCount: 2,
          },
          {
            type: "job_shadowing", title: "Job-shadowing bij de Poolse partnerschool",
            description: "Meelopen met een leerkracht van de partnerschool; het niveau van Engels was lager dan verwacht en het bezoek was vooral eenrichtingsverkeer.",
            destinationCountry: "PL", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "job_shadowing", title: "Job-shadowing bij de Italiaanse partnerschool",
            description: "Meelopen met een leerkracht van de partnerschool; er was weinig georganiseerd voor het Nederlandse bezoek.",
            destinationCountry: "IT", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "structured_course", title: "Nascholing Engels in Canterbury",
            description: "Individuele nascholing, onder meer voor nieuwe leerkrachten, met verblijf in een gastgezin. Het werkboek uit Canterbury wordt nog steeds in de lessen gebruikt.",
            destinationCity: "Canterbury", destinationCountry: "GB", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "structured_course", title: "Cursus Engels in Oostenrijk",
            description: "Individuele cursus waarin de drempel om in het Engels te werken lager werd ervaren.",
            destinationCountry: "AT", startDate: null, endDate: null, participantCount: null,
          },
        ],
        products: [],
        interviewees: [
          { role: "teacher", label: "Leerkracht 6", description: "Leerkracht, deelnemer aan job-shadowing bij partnerscholen (groepsgesprek)" },
          { role: "teacher", label: "Leerkracht 7", description: "Leerkracht, volgde taalcursussen in Canterbury en Oostenrijk (groepsgesprek)" },
          { role: "teacher", label: "Leerkracht 8", description: "Nieuwe leerkracht die niet aan de studiereis deelnam (groepsgesprek)" },
        ],
        evidence: [
          {
            text: "Het was een eye-opener voor mij dat de uitspraak niet altijd perfect Brits Engels hoeft te zijn. (…) Later bij een cursus in Oostenrijk merkte ik dat de drempel om in het Engels te werken veel lager was.",
            isQuote: true, interviewee: "Leerkracht 7",
            typology: ["INT.awareness", "PRO.language"], level: "individual", factors: [],
          },
          {
            text: "Het werkboek uit Canterbury wordt nog steeds in de eigen lessen gebruikt; het effect van de cursussen werkt door in het hele team omdat de kennis met collega’s wordt gedeeld.",
            isQuote: false,
            typology: ["PRO.methods", "ORG.shared"], level: "individual",
            factors: [{ code: "FAC.direct_applicability", polarity: "promoting" }],
          },
          {
            text: "De kennis uit de job-shadowing in Spanje over het gebruik van ICT en het onderzoekend leren bij jonge kinderen is een aandachtspunt geworden op de Emmaschool.",
            isQuote: false, interviewee: "Leerkracht 6",
            typology: ["ORG.themes"], level: "organisation", factors: [{ code: "FAC.preparation_goals", polarity: "promoting" }],
          },
          {
            text: "De ervaringen in Polen en Italië voldeden niet aan de verwachtingen: het niveau van Engels was lager dan verwacht en er was weinig georganiseerd. Over Polen: eenrichtingsverkeer, er is meer gebracht dan gehaald.",
            isQuote: false, interviewee: "Leerkracht 6",
            typology: ["COL.partner"], level: "beyond",
            factors: [{ code: "FAC.host_quality", polarity: "hindering" }, { code: "FAC.partner_choice", polarity: "hindering" }],
          },
          {
            text: "Naast de uitwisseling over Engels waren de Spaanse leerkrachten zeer geïnteresseerd in Daltononderwijs; de school is ook vanwege het Daltonconcept een interessante partner voor buitenlandse scholen.",
            isQuote: false,
            typology: ["COL.partner"], level: "beyond", factors: [{ code: "FAC.partner_choice", polarity: "promoting" }],
          },
          {
            text: "Nieuwe leerkrachten merken dat ze een achterstand hebben in de visie van de school en het geven van vvto Engels; een van hen vindt dat er voldoende mogelijkheden zijn om dit in te halen.",
            isQuote: false, interviewee: "Leerkracht 8",
            typology: ["ORG.shared"], level: "organisation", factors: [{ code: "FAC.staff_turnover", polarity: "hindering" }],
          },
        ],
      },
    ],
  },
  // ── 2. vo: Stedelijke Scholengemeenschap Nijmegen (KA1) ──
  {
    key: "ssgn",
    organisation: {
      name: "Stedelijke Scholengemeenschap Nijmegen",
      shortName: "SSgN", type: "secondary_school", sector: "vo", city: "Nijmegen", country: "NL",
      description:
        "Grote middelbare school voor vmbo, havo en vwo met als speerpunten cultuurprofielschool, internationalisering, kennis & wetenschap en topsporttalentschool. Predicaat Excellente School voor vwo en havo (sinds 2013) en mavo (sinds 2015); de school stimuleert buitenlandervaring van leerlingen en docenten.",
    },
    projects: [
      {
        title: "Docentenmobiliteit: taalcursussen, scholing en job-shadowing",
        sector: "vo", keyAction: "KA1", callYear: 2016,
        startDate: "2016-01-01", endDate: "2017-12-31", grantEur: null,
        summary: "Op initiatief van een docente Frans gingen docenten van de SSgN in 2016-2017 een week naar het buitenland voor taal- en didactiekcursussen en job-shadowing. Eerst waren het vooral talendocenten, later ook andere docenten, zoals een dramadocente. De mobiliteiten leidden tot meer gebruik van de doeltaal in de les, nieuwe werkvormen, een andere aanpak van formatief toetsen en een structurele uitwisseling met een school in IJsland.",
        aims: [
          "Een cursus volgen om het werk beter te kunnen uitvoeren",
          "Didactische vaardigheden en taalvaardigheden (gesproken en geschreven) versterken: doeltaal = voertaal",
          "Via job-shadowing kennismaken met de werkwijze in het buitenland en die zelf ervaren",
          "Bijdragen aan het behalen en behouden van het predicaat Excellente School",
        ],
        partners: [
          { name: "The Trestle Theatre Company", country: "GB", city: "Londen", role: "trainer" },
          { name: "Alliance Française", country: "FR", role: "trainer" },
          { name: "Franse universiteiten (cursussen Frans als vreemde taal)", country: "FR", role: "trainer" },
          { name: "Aanbieder Cambridge-taalcursus Engels", country: "GB", city: "Oxford", role: "trainer" },
          { name: "Vo-school in IJsland", country: "IS", role: "host" },
        ],
        activities: [
          {
            type: "structured_course", title: "Cursus theater met maskers",
            description: "Cursus van een week (in het Engels) bij The Trestle Theatre Company, gevolgd door de dramadocente.",
            destinationCity: "Londen", destinationCountry: "GB", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "structured_course", title: "Cursus taaldidactiek Frans als vreemde taal in Vichy",
            description: "Cursus van een week voor docenten Frans in een internationaal gezelschap waarin alleen Frans werd gesproken.",
            destinationCity: "Vichy", destinationCountry: "FR", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "structured_course", title: "Cursus taaldidactiek Frans als vreemde taal in Clermont-Ferrand",
            description: "Cursus van een week voor docenten Frans in een internationaal gezelschap waarin alleen Frans werd gesproken.",
            destinationCity: "Clermont-Ferrand", destinationCountry: "FR", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "structured_course", title: "Cursus taaldidactiek Frans als vreemde taal in Montpellier",
            description: "Cursus van een week voor docenten Frans in een internationaal gezelschap waarin alleen Frans werd gesproken.",
            destinationCity: "Montpellier", destinationCountry: "FR", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "structured_course", title: "Cursus taaldidactiek Frans als vreemde taal in Lyon",
            description: "Cursus van een week voor docenten Frans in een internationaal gezelschap waarin alleen Frans werd gesproken.",
            destinationCity: "Lyon", destinationCountry: "FR", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "structured_course", title: "Cambridge-taalcursus Engels in Oxford",
            description: "Taalcursus Engels van een week voor docenten Engels.",
            destinationCity: "Oxford", destinationCountry: "GB", startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "job_shadowing", title: "Job-shadowing over formatieve toetsing in IJsland",
            description: "Job-shadowing van een week op een vo-school in IJsland over de rol van formatief toetsen; de docenten schreven er een rapport over en de SSgN organiseerde een conferentie.",
            destinationCountry: "IS", startDate: null, endDate: null, participantCount: null,
          },
        ],
        products: [
          {
            title: "Rapport over formatief toetsen naar IJslands voorbeeld", kind: "publication",
            description: "Rapport van de docenten na de job-shadowing in IJsland met ideeën en een visie om formatief toetsen te laten aansluiten bij de SSgN; basis voor een conferentie op school.",
          },
        ],
        interviewees: [
          { role: "coordinator", label: "Coördinator", description: "Docente Frans, initiatiefnemer en coördinator van de Erasmus+ aanvraag" },
          { role: "teacher", label: "Docent Frans 1", description: "Docent Frans, volgde taaldidactiekcursussen in Frankrijk" },
          { role: "teacher", label: "Docent Frans 2", description: "Docent Frans, volgde taaldidactiekcursussen in Frankrijk" },
          { role: "teacher", label: "Docent drama", description: "Dramadocente, volgde de cursus theater met maskers in Londen" },
          { role: "teacher", label: "Docent Engels 1", description: "Docent Engels" },
          { role: "teacher", label: "Docent Engels 2", description: "Docent Engels" },
        ],
        evidence: [
          {
            text: "Het is gewoon een stukje waardering. Ik geef al heel lang les en ga over drie jaar met pensioen, maar ik wil altijd wat bijleren. Het kan altijd beter!",
            isQuote: true,
            typology: ["PER.job_satisfaction"], level: "individual",
            factors: [{ code: "FAC.recognition", polarity: "promoting" }],
          },
          {
            text: "Ik heb het onderwijs in Nederland in veel breder perspectief leren zien.",
            isQuote: true,
            typology: ["INT.systems", "INT.awareness"], level: "individual", factors: [],
          },
          {
            text: "Alles was in het Engels. Ik spreek wel een beetje Engels, maar ik vond het best wel pittig. En nu heb ik echt die vaktaal geleerd!",
            isQuote: true, interviewee: "Docent drama",
            typology: ["PRO.language"], level: "individual", factors: [],
          },
          {
            text: "Ik ben meer alert geworden om Frans te spreken in de les, om duurzaam de doeltaal als voertaal te gebruiken. Ik heb nu veel routines opgebouwd die ik elke dag gebruik in de les.",
            isQuote: true, interviewee: "Docent Frans 1",
            typology: ["PRO.language", "PRO.methods"], level: "individual",
            factors: [{ code: "FAC.direct_applicability", polarity: "promoting" }],
          },
          {
            text: "Ik heb veel nieuwe dingen geleerd, ook op technologisch gebied. Ik heb me helemaal verdiept in OneNote en gebruik dat nu nog steeds.",
            isQuote: true,
            typology: ["PRO.ict"], level: "individual", factors: [],
          },
          {
            text: "Activerende werkvormen zoals spelletjes met bewegen maken het leren van de taal leuker; leerlingen voelen zich in zo’n speelse setting veiliger om de vreemde taal te spreken.",
            isQuote: false, interviewee: "Docent Frans 2",
            typology: ["ORG.methods", "ORG.learners"], level: "organisation",
            factors: [{ code: "FAC.direct_applicability", polarity: "promoting" }],
          },
          {
            text: "De dramadocente mocht van school de maskers aanschaffen waarmee ze tijdens de cursus werkte; die worden al jaren gebruikt in de lessen, bij presentaties en op culturele dagen.",
            isQuote: false, interviewee: "Docent drama",
            typology: ["PRO.subject_skills", "ORG.methods"], level: "organisation",
            factors: [{ code: "FAC.management_support", polarity: "promoting" }],
          },
          {
            text: "De context in IJsland verschilt sterk van de Nederlandse, dus formatief toetsen was niet één op één toepasbaar. Na een rapport en een conferentie op school zijn veel docenten anders gaan toetsen: meer persoonlijke feedback, minder cijfers.",
            isQuote: false,
            typology: ["PRO.assessment", "ORG.methods"], level: "organisation",
            factors: [{ code: "FAC.context_differences", polarity: "hindering" }, { code: "FAC.sharing_dissemination", polarity: "promoting" }],
          },
          {
            text: "Na de job-shadowing kwam een groep docenten van de IJslandse school naar de SSgN en andere scholen; later reisde een andere SSgN-docent over genderdiversiteit naar dezelfde school. Zo is een structurele uitwisseling ontstaan.",
            isQuote: false,
            typology: ["COL.partner"], level: "beyond", factors: [{ code: "FAC.keeping_contact", polarity: "promoting" }],
          },
          {
            text: "De SSgN adviseert andere scholen, plaatst persberichten op de website en in de nieuwsbrief en deelt ervaringen op Facebook.",
            isQuote: false,
            typology: ["COL.network"], level: "beyond", factors: [{ code: "FAC.sharing_dissemination", polarity: "promoting" }],
          },
          {
            text: "In het begin waren het vooral de taaldocenten, nu ik ook als dramadocent. Ik zeg altijd tegen collega’s: doe dit nou ook!",
            isQuote: true, interviewee: "Docent drama",
            typology: ["ORG.internationalisation"], level: "organisation",
            factors: [{ code: "FAC.sharing_dissemination", polarity: "promoting" }],
          },
          {
            text: "Ik ben naar het management gegaan voor die Erasmus+ aanvraag. Nou, dat gaan we niet doen, dat is veel te veel gedoe, zeiden ze. De conrector bovenbouw zei: jij mag het stuk zelf wel schrijven! (…)",
            isQuote: true, interviewee: "Coördinator",
            typology: ["ORG.internationalisation"], level: "organisation",
            factors: [{ code: "FAC.management_support", polarity: "hindering" }, { code: "FAC.administrative_burden", polarity: "hindering" }],
          },
          {
            text: "Het is belangrijk om te weten wat je wilt leren en om niet vanuit het aanbod uit een cursuscatalogus denken. Je moet eerst zelf een doel hebben!",
            isQuote: true,
            typology: ["PRO"], level: "individual", factors: [{ code: "FAC.preparation_goals", polarity: "promoting" }],
          },
          {
            text: "De geïnterviewden gaan graag in eigen tijd (vakanties, verlofdagen), maar andere docenten gaan juist daarom niet. Scholing in reguliere schoolweken vraagt vervanging; dat de school naast de subsidie dagen beschikbaar stelt, wordt positief gezien.",
            isQuote: false,
            typology: ["ORG.internationalisation"], level: "organisation",
            factors: [{ code: "FAC.time_workload", polarity: "hindering" }, { code: "FAC.management_support", polarity: "promoting" }],
          },
          {
            text: "Na afloop contact houden met de internationale medecursisten of gastgezinnen wordt waardevol genoemd, maar blijkt in de praktijk lastig.",
            isQuote: false,
            typology: ["COL.network"], level: "individual", factors: [{ code: "FAC.keeping_contact", polarity: "hindering" }],
          },
        ],
      },
    ],
  },
  // ── 3. mbo: The Dutch Alliance, studiereis Safeguarding (KA1) ──
  {
    key: "tda",
    organisation: {
      name: "The Dutch Alliance",
      shortName: "TDA", type: "sector_organisation", sector: "mbo", city: "", country: "NL",
      description:
        "Stichting en strategisch netwerk voor internationale samenwerking in het middelbaar beroepsonderwijs en een leven lang leren voor volwassenen, bestaande uit zes roc’s en één aoc. TDA organiseert gezamenlijke studiereizen, trainingsprogramma’s en internationale projecten voor medewerkers van haar leden, met een vaste opzet van voorbereiding tot terugkomdag.",
    },
    projects: [
      {
        title: "Studiereis Safeguarding",
        sector: "mbo", keyAction: "KA1", callYear: 2015,
        startDate: "2015-01-01", endDate: "2015-12-31", grantEur: null,
        summary: "In 2015 gingen medewerkers van de TDA-leden op studiereis naar het Verenigd Koninkrijk over sociale veiligheid en het voorkomen van radicalisering. Ze bezochten scholen met een actief beleid op sociale veiligheid, volgden de training ‘Restorative justice’ en spraken met zorgcoaches. Elke school gaf er een eigen vervolg aan, van scholing van alle medewerkers tot een module voor de eerste 100 schooldagen; het thema kwam ook op de mbo-beleidsagenda van de gemeente Amsterdam.",
        aims: [
          "Leren omgaan met radicalisering en de sociale veiligheid op school waarborgen",
          "Kennismaken met effectieve preventiemethoden van Engelse scholen",
          "Medewerkers professionaliseren om bij te dragen aan een veilige school",
          "De leeropbrengsten verspreiden en inzetten in de eigen school",
        ],
        partners: [
          { name: "Engelse scholen met actief beleid op sociale veiligheid", country: "GB", city: "Londen", role: "host" },
        ],
        activities: [
          {
            type: "study_visit", title: "Studiereis Safeguarding naar Londen",
            description: "Bezoek aan scholen met een actief beleid op sociale veiligheid en gesprekken met zorgcoaches over het waarborgen van veiligheid, de omgang met radicaliserende studenten en hun netwerk. Dagelijkse evaluatie; na terugkomst presenteerde iedereen de eigen leeropbrengsten.",
            destinationCity: "Londen", destinationCountry: "GB", startDate: "2015-01-01", endDate: "2015-12-31", participantCount: null,
          },
          {
            type: "structured_course", title: "Training ‘Restorative justice’",
            description: "Training in een gesprekstechniek die de dader/slachtofferverhouding weer in balans brengt; in Engeland gegeven aan alle medewerkers om te herkennen hoe radicalisering ontstaat.",
            destinationCity: "Londen", destinationCountry: "GB", startDate: "2015-01-01", endDate: "2015-12-31", participantCount: null,
          },
        ],
        products: [
          {
            title: "Certificaat van deelname TDA", kind: "certificate",
            description: "Eigen certificaat van deelname dat TDA aan de deelnemers verstrekt; erkenning door de scholen is niet overal duidelijk.",
          },
          {
            title: "Gebundelde leeropbrengsten", kind: "publication",
            description: "De kerngroep bundelde de gepresenteerde leeropbrengsten van alle deelnemers en verspreidde deze onder de deelnemers.",
          },
          {
            title: "Vaste opzet voor studiereizen", kind: "method",
            description: "Format met projectteam, kerngroep die het land vooraf bezoekt, selectie van deelnemers, voorbereidende bijeenkomsten, dagelijkse evaluatie, evaluatiebijeenkomst en terugkomdag; door andere TDA-partners overgenomen.",
          },
        ],
        interviewees: [
          { role: "coordinator", label: "Coördinator kerngroep 1", description: "Coördinator uit de TDA-kerngroep die de studiereis organiseerde" },
          { role: "coordinator", label: "Coördinator kerngroep 2", description: "Coördinator uit de TDA-kerngroep die de studiereis organiseerde" },
          { role: "coordinator", label: "Coördinator Sociale Veiligheid", description: "Deelnemer, coördinator Sociale Veiligheid bij een mbo-instelling" },
          { role: "manager", label: "Adviseur Onderwijs & Kwaliteit", description: "Deelnemer, adviseur Onderwijs & Kwaliteit bij een mbo-instelling" },
          { role: "coordinator", label: "Coördinator VSV", description: "Deelnemer, coördinator Vroegtijdig Schoolverlaten bij een mbo-instelling" },
        ],
        evidence: [
          {
            text: "Ik heb veel opgehaald over sociale veiligheid, vooral waar je meer aandacht voor zou moeten hebben",
            isQuote: true, interviewee: "Coördinator Sociale Veiligheid",
            typology: ["PRO.subject_knowledge"], level: "individual", factors: [],
          },
          {
            text: "Ik ben door de reis extra geïnspireerd geraakt. Ik stimuleer nu ook mijn collega’s voor een buitenlandervaring.",
            isQuote: true,
            typology: ["PRO.attitude", "ORG.internationalisation"], level: "organisation", factors: [],
          },
          {
            text: "Ik ben naar aanleiding van deze reis veel literatuur gaan lezen en op school hebben we een SharePoint site aangemaakt waarop we veel informatie met elkaar delen.",
            isQuote: true,
            typology: ["ORG.shared"], level: "organisation",
            factors: [{ code: "FAC.sharing_dissemination", polarity: "promoting" }],
          },
          {
            text: "(…) in Londen diverse andere TDA-partners aanwezig waren. Het was een mooie kans om mensen van andere roc’s te ontmoeten.",
            isQuote: true,
            typology: ["COL.network"], level: "individual", factors: [],
          },
          {
            text: "Ikzelf heb het woord rode loper gekoppeld aan deze reis. We moeten de rode loper uitrollen voor al onze studenten en medewerkers, we moeten ervoor zorgen dat iedereen zich veilig, thuis en welkom voelt binnen onze school.",
            isQuote: true,
            typology: ["PRO.attitude"], level: "individual", factors: [{ code: "FAC.reflection", polarity: "promoting" }],
          },
          {
            text: "De erkenning van het geleerde? Dat is nog wel een punt van aandacht. Ze krijgen van ons wel keurig een certificaat. (…) Ik ga er van uit dat HRM daar ook naar kijkt. Ik heb daar geen zicht op.",
            isQuote: true, interviewee: "Coördinator kerngroep 1",
            typology: ["PER.career"], level: "individual", factors: [{ code: "FAC.recognition", polarity: "hindering" }],
          },
          {
            text: "De geleerde gesprekstechnieken worden nog steeds gebruikt; sociale veiligheid is op alle betrokken instellingen een bespreekbaar onderwerp geworden.",
            isQuote: false,
            typology: ["PRO.methods", "ORG.themes"], level: "organisation",
            factors: [{ code: "FAC.direct_applicability", polarity: "promoting" }],
          },
          {
            text: "Een directeur van het Startcollege zette een project op, geïnspireerd op Safeguarding, voor een veilige en aantrekkelijke leer- en werkomgeving; alle medewerkers worden geschoold, ook de beveiliging.",
            isQuote: false,
            typology: ["ORG.change", "ORG.themes"], level: "organisation",
            factors: [{ code: "FAC.ownership", polarity: "promoting" }],
          },
          {
            text: "Wij hebben namelijk bepaald in ons beleid dat iedere medewerker, of je nou conciërge bent, achter de counter staat, voor de klas staat of directeur bent: jij moet pedagogisch onderlegd zijn of het worden.",
            isQuote: true,
            typology: ["ORG.change"], level: "organisation",
            factors: [{ code: "FAC.management_support", polarity: "promoting" }, { code: "FAC.policy_embedding", polarity: "promoting" }],
            memo: "Het directieteam en de voorzitter van het CvB volgden een jaar later dezelfde training in Londen.",
          },
          {
            text: "Iedere school gaf een eigen invulling aan de reis: op een andere school is een module ontwikkeld voor de eerste 100 schooldagen van de student, gericht op je thuis en welkom voelen; weer een andere werkte met posters en activiteiten om jongeren te verbinden.",
            isQuote: false,
            typology: ["ORG.methods"], level: "organisation", factors: [{ code: "FAC.ownership", polarity: "promoting" }],
          },
          {
            text: "Ideeën hebben vele vaderen. (…) Als je over impact hebt willen mensen soms een rechte lijn zien, maar zo denken wij niet. Wij denken veel meer in ontwikkelingen.",
            isQuote: true,
            typology: ["ORG.change"], level: "organisation", factors: [],
          },
          {
            text: "Andere TDA-partners organiseren nu in eigen verband vergelijkbare studiereizen met het format van TDA, omdat die opzet met gedegen voorbereiding en selectie kwaliteit garandeert.",
            isQuote: false,
            typology: ["ORG.internationalisation"], level: "beyond",
            factors: [{ code: "FAC.fixed_format", polarity: "promoting" }],
          },
          {
            text: "De deelnemers konden ook veel expertise brengen aan de Engelse scholen; enkele mbo-instellingen hebben inmiddels gasten uit Engeland ontvangen om kennis te delen.",
            isQuote: false,
            typology: ["COL.partner"], level: "beyond", factors: [{ code: "FAC.partner_choice", polarity: "promoting" }],
          },
          {
            text: "In de regio Rotterdam hebben vier mbo-instellingen besloten samen naar Newcastle te gaan voor een vergelijkbare studiereis (‘Stedelijke uitdaging’); hetzelfde thema staat op de mbo-beleidsagenda van de gemeente Amsterdam.",
            isQuote: false,
            typology: ["ORG.agenda", "COL.network"], level: "beyond",
            factors: [{ code: "FAC.sharing_dissemination", polarity: "promoting" }],
          },
          {
            text: "Veel trainingen zijn in Engeland wettelijk verplicht; deelnemers moeten zelf de vertaalslag naar de Nederlandse praktijk maken, en sommigen vonden dat lastig.",
            isQuote: false,
            typology: ["INT.systems"], level: "individual", factors: [{ code: "FAC.context_differences", polarity: "hindering" }],
          },
          {
            text: "Na de studiereis in 2015 vond de evaluatie alleen direct bij terugkomst plaats; later leerde de kerngroep ook een terugkomdag te organiseren, minimaal een jaar na dato, om te zien of de resultaten zijn ingebed.",
            isQuote: false, interviewee: "Coördinator kerngroep 2",
            typology: ["ORG.shared"], level: "organisation",
            factors: [{ code: "FAC.monitoring_evaluation", polarity: "hindering" }],
          },
        ],
      },
    ],
  },
  // ── 4. ho: University College Roosevelt, BLASTER (KA2) ──
  {
    key: "ucr",
    organisation: {
      name: "University College Roosevelt",
      shortName: "UCR", type: "higher_education", sector: "ho", city: "Middelburg", country: "NL",
      description:
        "University college voor Liberal Arts and Sciences (LAS) in Nederland; coördinator van het Erasmus+ strategisch partnerschap BLASTER.",
    },
    projects: [
      {
        title: "The Best in Liberal Arts and Sciences Teaching Expanded and Reinforced",
        acronym: "BLASTER",
        sector: "ho", keyAction: "KA2", callYear: 2015,
        startDate: "2015-01-01", endDate: "2017-12-31", grantEur: null,
        summary: "BLASTER was een samenwerking van zes instellingen onder coördinatie van University College Roosevelt om het Liberal Arts and Sciences-onderwijs (LAS) in Europa te versterken. Via projectbijeenkomsten, werkgroepen, multiplier events en pilottrainingen ontwikkelden de partners een gids over LAS in de EU, een training kit voor beginnende docenten en een handleiding voor bachelor research. Het netwerk is duurzaam versterkt, maar volgens de betrokkenen is de doelgroep te weinig bereikt en is het gebruik van de producten weinig gevolgd.",
        aims: [
          "De kwaliteit en relevantie van het Europese bacheloronderwijs versterken",
          "Het Liberal Arts and Sciences-onderwijs in Europa in het bijzonder versterken",
          "LAS als studierichting verder ontwikkelen bij diverse instellingen in Europa",
          "Instrumenten ontwikkelen die kennis over LAS-bacheloronderwijs breed toegankelijk maken",
          "Het netwerk van LAS-instellingen versterken",
        ],
        partners: [
          { name: "Leiden University College", country: "NL", city: "Leiden", role: "partner" },
          { name: "University of Warwick", country: "GB", role: "partner" },
          { name: "Leuphana University Lüneburg", country: "DE", city: "Lüneburg", role: "partner" },
          { name: "Vytautas Magnus University", country: "LT", role: "partner" },
          { name: "ECOLAS – European Colleges of Liberal Arts and Sciences", country: "NL", role: "partner" },
        ],
        activities: [
          {
            type: "project_meeting", title: "Projectbijeenkomsten",
            description: "Bijeenkomsten van de partners in de diverse landen; tussendoor veel overleg via Skype.",
            startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "project_meeting", title: "Bijeenkomsten van werkgroepen",
            description: "Bijeenkomsten per work package, elk onder leiding van een coördinator.",
            startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "multiplier_event", title: "Multiplier events",
            description: "Bijeenkomsten met deelnemers uit meer landen dan die van de projectpartners, waar ook geëvalueerd kon worden of de materialen hielpen; onder meer een presentatie in Den Haag.",
            startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "training_activity", title: "Pilottrainingen voor docenten",
            description: "Pilottrainingen voor docenten met de materialen van het project.",
            startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "output_development", title: "Ontwikkeling van gids, training kit en onderzoekshandleiding",
            description: "Ontwikkeling van de drie producten, met betrokkenheid van studenten bij onderdelen van het project.",
            startDate: null, endDate: null, participantCount: null,
          },
        ],
        products: [
          {
            title: "Gids over het LAS-onderwijs in de Europese Unie", kind: "publication",
            description: "Voor beleidsmakers, onderwijskundigen, beslissers in het hoger onderwijs, docenten en studenten: stand van zaken, achtergronden, vier casestudies van succesvolle LAS-modellen en een stappenplan voor een LAS-curriculum. Beschikbaar via de website van ECOLAS.",
          },
          {
            title: "Training kit ‘Learning and Teaching in the Liberal Arts’", kind: "training",
            description: "Trainingsmateriaal voor beginnende docenten in het LAS-onderwijs. Beschikbaar via de website van ECOLAS.",
          },
          {
            title: "Handleiding voor bachelor research in LAS", kind: "publication",
            description: "Handleiding voor studenten en hun begeleiders bij onderzoek op bachelorniveau. Beschikbaar via de website van ECOLAS.",
          },
        ],
        interviewees: [
          { role: "coordinator", label: "Hoogleraar UCR 1", description: "Hoogleraar/onderzoeker Science bij University College Roosevelt, coördinerende rol in het project" },
          { role: "coordinator", label: "Hoogleraar UCR 2", description: "Hoogleraar/onderzoeker Science bij University College Roosevelt, coördinerende rol in het project" },
          { role: "partner", label: "Onderwijsmanager LUC", description: "Onderwijsmanager van Leiden University College" },
          { role: "partner", label: "Bestuurslid ECOLAS", description: "Hoogleraar, oprichter en bestuurslid van ECOLAS" },
          { role: "partner", label: "Hoogleraar Lüneburg", description: "Hoogleraar van de Leuphana Universiteit Lüneburg" },
        ],
        evidence: [
          {
            text: "Door het project is meer aandacht gekomen voor culturele verschillen tussen het onderwijs in verschillende landen en voor variaties in onderwijssystemen.",
            isQuote: false,
            typology: ["INT.systems", "INT.awareness"], level: "individual",
            factors: [{ code: "FAC.context_differences", polarity: "hindering" }],
            memo: "Ondanks de verschillen zijn materialen opgeleverd die voor alle betrokkenen relevant zijn.",
          },
          {
            text: "Het heeft ons doen realiseren dat we goed bezig zijn!",
            isQuote: true,
            typology: ["PRO.examples"], level: "individual", factors: [{ code: "FAC.reflection", polarity: "promoting" }],
          },
          {
            text: "Leuk om te zien dat studenten in korte tijd kwalitatief goede artikelen hebben geschreven die geaccepteerd en gepubliceerd zijn.",
            isQuote: true, interviewee: "Hoogleraar UCR 1",
            typology: ["ORG.learners"], level: "organisation", factors: [],
          },
          {
            text: "Recent kwam hier iemand langs uit Nieuw-Zeeland om te kijken hoe we het hier doen. Ik heb het boekje gegeven en de handreiking.",
            isQuote: true,
            typology: ["COL.network"], level: "beyond", factors: [],
            memo: "Het boekje had beter bijgehouden kunnen worden in een online, interactieve vorm.",
          },
          {
            text: "De presentatie in Den Haag was heel inspirerend voor collega’s, maar er is nooit teruggekoppeld gekregen wat ermee is gedaan.",
            isQuote: true,
            typology: ["ORG.shared"], level: "organisation", factors: [{ code: "FAC.product_feedback", polarity: "hindering" }],
          },
          {
            text: "Het doel van BLASTER is nooit helemaal doorgedrongen.",
            isQuote: true,
            typology: ["ORG.shared"], level: "organisation",
            factors: [{ code: "FAC.sharing_dissemination", polarity: "hindering" }],
          },
          {
            text: "The colleges still depend on universities and deans are usually reluctant to change any structure.",
            isQuote: true,
            typology: ["ORG.change"], level: "organisation", factors: [{ code: "FAC.management_support", polarity: "hindering" }],
            memo: "Betrokkenen kunnen niet aangeven wat bij UCR concreet is veranderd; UCR lijkt al voorop te lopen.",
          },
          {
            text: "Het bestuurslid van ECOLAS noemt de impact op zijn professionele ontwikkeling ‘onmiskenbaar groot’: hij kijkt meer bottom-up, is gevoelig geworden voor verschillen tussen systemen en ziet mogelijk nieuwe rollen, zoals accreditatie van LAS-opleidingen.",
            isQuote: false, interviewee: "Bestuurslid ECOLAS",
            typology: ["PER.career", "INT.awareness"], level: "individual", factors: [],
          },
          {
            text: "An exhilarating professional experience!",
            isQuote: true, interviewee: "Bestuurslid ECOLAS",
            typology: ["PER.job_satisfaction"], level: "individual", factors: [],
          },
          {
            text: "Als grootste opbrengst ziet het bestuurslid van ECOLAS de versterkte, duurzame samenwerking tussen de zes partners. Het netwerk dat al bestond was een bevorderende factor: de partners wisten wat ze aan elkaar hadden.",
            isQuote: false, interviewee: "Bestuurslid ECOLAS",
            typology: ["COL.partner", "COL.network"], level: "beyond",
            factors: [{ code: "FAC.partner_choice", polarity: "promoting" }, { code: "FAC.keeping_contact", polarity: "promoting" }],
          },
          {
            text: "De Duitse partner leerde veel over Erasmus+ en is nu initiator en coördinator van diverse nieuwe projecten; hij leerde de hele projectgroep bij het voorstel te betrekken en na toekenning snel een werkverdeling te maken.",
            isQuote: false, interviewee: "Hoogleraar Lüneburg",
            typology: ["PRO.leadership", "PER.career"], level: "individual",
            factors: [{ code: "FAC.project_leadership", polarity: "promoting" }],
          },
          {
            text: "For some people this is on top of their work: it’s demanding!",
            isQuote: true, interviewee: "Hoogleraar Lüneburg",
            typology: ["PRO.leadership"], level: "individual", factors: [{ code: "FAC.time_workload", polarity: "hindering" }],
          },
          {
            text: "Voor de universiteit in Lüneburg heeft het project veel opgeleverd: er is nu veel meer kennis over het LAS-programma en directeuren zijn erin geïnteresseerd geraakt.",
            isQuote: false, interviewee: "Hoogleraar Lüneburg",
            typology: ["ORG.themes"], level: "organisation", factors: [],
          },
          {
            text: "Weinig mensen hebben de informatie van BLASTER opgepikt. Het materiaal is er, maar de doelgroep is te weinig bereikt.",
            isQuote: true,
            typology: ["ORG.agenda"], level: "beyond",
            factors: [{ code: "FAC.sharing_dissemination", polarity: "hindering" }, { code: "FAC.monitoring_evaluation", polarity: "hindering" }],
          },
          {
            text: "Aan het einde van het project vertrok de coördinator bij de instelling tijdelijk en moest snel een vervanger zich inwerken; ook elders vielen mensen uit. De dagvergoeding was soms onvoldoende, wat creatief werd opgelost.",
            isQuote: false,
            typology: ["COL.partner"], level: "organisation",
            factors: [{ code: "FAC.staff_turnover", polarity: "hindering" }, { code: "FAC.funding", polarity: "hindering" }],
          },
          {
            text: "Therefore, a clear shared vision and specific goals need to be defined in the beginning, to come back to in all stages of the project.",
            isQuote: true,
            typology: ["COL.partner"], level: "beyond",
            factors: [{ code: "FAC.role_clarity", polarity: "hindering" }, { code: "FAC.preparation_goals", polarity: "promoting" }],
            memo: "Rollen waren niet altijd helder; ook de administratie en de Engelse taal (vooral schrijven) werden als lastig ervaren.",
          },
        ],
      },
    ],
  },
  // ── 5. ve: ITTA (Universiteit van Amsterdam), VIME (KA2) ──
  {
    key: "itta",
    organisation: {
      name: "Instituut voor Taalonderwijs en Taalonderzoek Amsterdam",
      shortName: "ITTA", type: "other", sector: "ve", city: "Amsterdam", country: "NL",
      description:
        "Particuliere organisatie die valt onder de Universiteit van Amsterdam, actief in taalonderwijs en taalonderzoek; projectleider van het Erasmus+ strategisch partnerschap VIME.",
    },
    projects: [
      {
        title: "Working with volunteers in migrant language education: roles and competences",
        acronym: "VIME",
        sector: "ve", keyAction: "KA2", callYear: 2016,
        startDate: "2016-01-01", endDate: "2018-12-31", grantEur: null,
        summary: "VIME wilde taalvrijwilligers beter inzetten in het taalonderwijs aan migranten: minder vrijblijvend, beter getraind en met een duidelijke rol naast de docent. Onder leiding van ITTA ontwikkelden Nederlandse, Deense, Britse en Sloveense partners een toolkit met een model, rolbeschrijvingen, trainingsmaterialen en een handleiding voor beleidsmakers. Trainers gebruiken de rollen nog steeds en het ministerie van OCW gaf extra subsidie voor NT1, maar op beleidsniveau en over het gebruik van de producten is weinig zicht.",
        aims: [
          "Vrijwilligers optimaal inzetten in het NT2-onderwijs om het taalonderwijs aan migranten te bevorderen",
          "De rol van taalvrijwilligers versterken: minder vrijblijvendheid, meer training, een duidelijkere rol naast de docent",
          "De samenwerking tussen vrijwilligers en professionele docenten verbeteren",
          "Erkenning op beleidsniveau van de rol van de vrijwilliger naast die van de professional",
          "De hele NT2-sector versterken in het samenspel tussen formeel en non-formeel onderwijs",
        ],
        partners: [
          { name: "ROC West-Brabant", country: "NL", role: "partner" },
          { name: "Stichting Het Begint met Taal", country: "NL", role: "partner" },
          { name: "Slagelse Sprogcenter", country: "DK", city: "Slagelse", role: "partner" },
          { name: "Institute of Education, University of London", country: "GB", city: "Londen", role: "partner" },
          { name: "East London Advanced Technology Training", country: "GB", role: "partner" },
          { name: "Ljudska univerza Žalec (UPI)", country: "SI", city: "Žalec", role: "partner" },
          { name: "Univerza v Ljubljani", country: "SI", city: "Ljubljana", role: "partner" },
        ],
        activities: [
          {
            type: "project_meeting", title: "Projectmeetings",
            description: "Projectmeetings van de partners in een prettige sfeer, met tussentijdse Skype-meetings.",
            startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "output_development", title: "Ontwikkeling van de VIME Toolkit",
            description: "Verzamelen en samenvoegen van bestaande goede praktijken, expliciet beschrijven van de rollen van taalvrijwilligers en laten toetsen van de materialen door ‘third circle parties’ uit de partnerlanden.",
            startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "training_activity", title: "Trainingen voor taalvrijwilligers",
            description: "Trainers en docenten trainden taalvrijwilligers in hun rollen naast de docent, onder meer in feedback geven en de coachende rol.",
            startDate: null, endDate: null, participantCount: null,
          },
          {
            type: "multiplier_event", title: "Lancering en promotie van het VIME-model",
            description: "Lancering van het model en promotie tijdens het project, onder meer richting beleidsmakers.",
            startDate: null, endDate: null, participantCount: null,
          },
        ],
        products: [
          {
            title: "VIME Toolkit voor (het werken met) taalvrijwilligers", kind: "toolkit",
            description: "Toolkit met een model voor de inzet van vrijwilligers naast en in samenwerking met professionals, informatie over de rollen van de taalvrijwilliger, kernmaterialen voor training en een handleiding voor beleidsmakers.",
          },
          {
            title: "Model en rolbeschrijvingen voor taalvrijwilligers", kind: "method",
            description: "Model om de inzet van vrijwilligers op het gebied van taal en geletterdheid te verbeteren, met de rollen die een vrijwilliger kan innemen zonder op de stoel van de docent te gaan zitten, zoals de coachende rol.",
          },
          {
            title: "Kernmaterialen voor het trainen van taalvrijwilligers", kind: "training",
            description: "Trainingsmateriaal voor taalvrijwilligers, onder meer over de coachende rol en de VUT-methode (vooruitkijken, uitwerken, terugkijken).",
          },
          {
            title: "Handleiding voor beleidsmakers in de volwasseneneducatie", kind: "publication",
            description: "Onderdeel van de toolkit, gericht op erkenning van de rol van de vrijwilliger naast de professional op beleidsniveau.",
          },
        ],
        interviewees: [
          { role: "partner", label: "Projectpartner 1", description: "Vertegenwoordiger van een projectpartner" },
          { role: "partner", label: "Projectpartner 2", description: "Vertegenwoordiger van een projectpartner" },
          { role: "trainer", label: "Trainer 1", description: "Trainer/docent die taalvrijwilligers traint" },
          { role: "trainer", label: "Trainer 2", description: "Trainer/docent die taalvrijwilligers traint" },
          { role: "volunteer", label: "Vrijwilliger 1", description: "Taalvrijwilliger die een training volgde" },
          { role: "volunteer", label: "Vrijwilliger 2", description: "Taalvrijwilliger, werkzaam als taalcoach" },
          { role: "learner", label: "Cursist", description: "Cursist (migrant) in het taalonderwijs" },
          { role: "policy_maker", label: "Beleidsmaker 1", description: "Beleidsmaker op landelijk niveau" },
          { role: "policy_maker", label: "Beleidsmaker 2", description: "Beleidsmaker op gemeentelijk niveau" },
          { role: "third_party", label: "Third circle party", description: "Stakeholder uit de volwasseneneducatie die als klankbord feedback gaf op de materialen" },
        ],
        evidence: [
          {
            text: "Die samenwerking in Europees verband, daar leer je echt heel van. En ik heb ook dingen gehoord die ik nog niet wist en die ik kon toepassen in mijn eigen werkveld.",
            isQuote: true, interviewee: "Projectpartner 1",
            typology: ["PRO.examples", "COL.network"], level: "individual", factors: [],
          },
          {
            text: "Ook mensen buiten het projectteam waren geïnteresseerd; de leidinggevende van een projectpartner was heel betrokken bij de resultaten.",
            isQuote: false, interviewee: "Projectpartner 1",
            typology: ["ORG.shared"], level: "organisation", factors: [{ code: "FAC.management_support", polarity: "promoting" }],
          },
          {
            text: "De betrokkenheid van de ‘third circle parties’ was heel belangrijk voor de resultaten voor ons project en het vinden van de best mogelijke aansluiting bij de praktijk.",
            isQuote: true, interviewee: "Projectpartner 2",
            typology: ["COL.civil_society"], level: "beyond",
            factors: [{ code: "FAC.stakeholder_involvement", polarity: "promoting" }],
          },
          {
            text: "Alle partners waren zeer betrokken, deskundig en actief vanuit hun eigen perspectief en context. Iedereen had duidelijk iets te brengen.",
            isQuote: true,
            typology: ["COL.partner", "COL.network"], level: "beyond",
            factors: [{ code: "FAC.partner_choice", polarity: "promoting" }],
            memo: "Het Europese en nationale netwerk is versterkt, ondanks verschillen in beleidskaders, middelen en ervaring met vrijwilligers.",
          },
          {
            text: "VIME ging echt over de coachende rol van de vrijwilliger die anders is dan de rol van docenten. Bijvoorbeeld de VUT-methode van vooruitkijken, uitwerken en terugkijken. Daar heb ik zelf ook van geleerd.",
            isQuote: true, interviewee: "Trainer 1",
            typology: ["PRO.methods"], level: "individual", factors: [],
          },
          {
            text: "Ik neem de VIME-materialen mee in de voorbereidingen voor nieuwe trainingen.",
            isQuote: true, interviewee: "Trainer 2",
            typology: ["PRO.methods", "ORG.methods"], level: "organisation",
            factors: [{ code: "FAC.direct_applicability", polarity: "promoting" }],
            memo: "De producten zijn geïntegreerd in bestaande materialen en werkwijzen; daardoor is het verband met VIME soms moeilijk te zien.",
          },
          {
            text: "Trainers en docenten hebben niet altijd zicht op de verspreiding van de trainingen en modellen bij collega’s in de sector; wel worden ze nog regelmatig gevraagd trainingen voor vrijwilligers te verzorgen, bijvoorbeeld in gemeentes.",
            isQuote: false, interviewee: "Trainer 2",
            typology: ["COL.civil_society"], level: "beyond", factors: [{ code: "FAC.product_feedback", polarity: "hindering" }],
          },
          {
            text: "Het gaat er mij nu om dat ik als vrijwilliger niet de docent uithang, maar dat ik weet wat de leerbehoefte van mijn deelnemer is.",
            isQuote: true, interviewee: "Vrijwilliger 2",
            typology: ["PRO.attitude"], level: "individual", factors: [{ code: "FAC.role_clarity", polarity: "promoting" }],
          },
          {
            text: "Het ging in die training eigenlijk ook over vooroordelen. Ik merkte dat andere vrijwilligers best veel vooroordelen hadden over de leerders, terwijl de vragen van de deelnemers zo verschillend zijn, totaal onvergelijkbaar",
            isQuote: true, interviewee: "Vrijwilliger 1",
            typology: ["INT.awareness"], level: "individual", factors: [],
          },
          {
            text: "Vrijwilligers ervaren rust doordat ze niet de rol van docent hoeven te vervullen, maar een vertrouwde omgeving kunnen creëren waarin migranten de taal beter leren toepassen.",
            isQuote: false, interviewee: "Vrijwilliger 1",
            typology: ["PER.job_satisfaction", "ORG.learners"], level: "individual",
            factors: [{ code: "FAC.role_clarity", polarity: "promoting" }],
          },
          {
            text: "Het ministerie van OCW kende VIME een extra subsidie toe om het gedachtengoed ook uit te werken voor vrijwilligers in het NT1-onderwijs.",
            isQuote: false,
            typology: ["ORG.agenda"], level: "beyond", factors: [{ code: "FAC.stakeholder_involvement", polarity: "promoting" }],
          },
          {
            text: "Het model is gelanceerd maar daarna nooit meer teruggekoppeld aan mij. (…) Maar ik heb geen idee waar en hoe het nu wordt gebruikt.",
            isQuote: true, interviewee: "Beleidsmaker 1",
            typology: ["ORG.agenda"], level: "beyond", factors: [{ code: "FAC.product_feedback", polarity: "hindering" }],
          },
          {
            text: "Ik ervaar wel dat het discours is veranderd. Ik denk dat men nu meer nadenkt over het ontwikkelen van een strategie voor vrijwilligerswerk.",
            isQuote: true, interviewee: "Projectpartner 2",
            typology: ["ORG.agenda"], level: "beyond", factors: [],
          },
          {
            text: "Beleidsmakers namen zelf geen actieve rol in het meenemen van good practices zoals VIME in het beleid, en na afloop was er geen budget of tijd meer voor implementatie en verdere verspreiding.",
            isQuote: false,
            typology: ["ORG.agenda"], level: "beyond",
            factors: [{ code: "FAC.stakeholder_involvement", polarity: "hindering" }, { code: "FAC.funding", polarity: "hindering" }],
          },
          {
            text: "Het projectleiderschap van ITTA was krachtig en gericht op samenwerking: ITTA bewaakte de voortgang en betrok de partners daarbij. Nederland bleek het meest ervaren in het trainen van vrijwilligers.",
            isQuote: false, interviewee: "Projectpartner 2",
            typology: ["COL.partner"], level: "organisation",
            factors: [{ code: "FAC.project_leadership", polarity: "promoting" }],
          },
          {
            text: "Een groot internationaal project brengt relatief veel papierwerk en managementtaken met zich mee; ook waren geïnterviewden niet op de hoogte van de omvang van de disseminatie.",
            isQuote: false,
            typology: ["COL.partner"], level: "organisation",
            factors: [{ code: "FAC.administrative_burden", polarity: "hindering" }, { code: "FAC.sharing_dissemination", polarity: "hindering" }],
          },
        ],
      },
    ],
  },
];
