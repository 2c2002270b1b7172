import type { Kysely } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// Codes with definitions (issue 11): every code of the typology, the impact levels and the factors
// gets a definition, a coding rule (when to use it, when not) and an example, in Dutch and English,
// written for this product from the report's typology (section 6.3) and its cases. They fill the
// codes' descriptions, which the coding panel shows and the .qdc export writes as `Description`;
// a description the NA admin already wrote is left alone. The factors the cases name but the
// codebook lacked are added, and interviewees can have a role the source does not state.

/** [key, definition, code when, do not code when, example] in Dutch, then in English. */
type Definition = [key: string, nl: [string, string, string, string], en: [string, string, string, string]];

const TYPOLOGY: Definition[] = [
  [
    'PRO',
    [
      'Domein: wat de deelnemer als professional leerde voor het eigen vak en het lesgeven of trainen.',
      'Alleen als een fragment over professionele ontwikkeling gaat en geen van de indicatoren eronder past.',
      'Als een indicator past (nieuwe methoden, taal, ICT …): codeer dan die.',
      'Een docent zegt dat ze als vakvrouw gegroeid is, zonder te zeggen waarin.',
    ],
    [
      'Domain: what the participant learned as a professional for their subject and their teaching or training.',
      'Only when a fragment is about professional development and none of the indicators below fits.',
      'When an indicator fits (new methods, language, ICT …): code that one.',
      'A teacher says she has grown as a professional without saying in what.',
    ],
  ],
  [
    'PRO.examples',
    [
      'De deelnemer nam ideeën of werkwijzen over die hij of zij bij anderen in de praktijk zag: collega’s, scholen, partners.',
      'Als iemand vertelt dat een werkwijze die hij elders zag hem op ideeën bracht of zijn eigen aanpak bevestigde.',
      'Als het om een nieuwe lesmethode zelf gaat (PRO.methods) of om delen met collega’s thuis (ORG.shared).',
      'Na een schoolbezoek richt een leerkracht de leeshoek in zoals ze het daar zag.',
    ],
    [
      'The participant took over ideas or ways of working they saw others use in practice: colleagues, schools, partners.',
      'When someone says that a way of working they saw elsewhere gave them ideas or confirmed their own approach.',
      'When it is about a new teaching method itself (PRO.methods) or about sharing with colleagues at home (ORG.shared).',
      'After a school visit a teacher sets up her reading corner the way she saw it there.',
    ],
  ],
  [
    'PRO.attitude',
    [
      'De houding van de deelnemer tegenover het vak, het lesgeven of trainen veranderde: meer zelfvertrouwen, enthousiasme of autonomie, of een andere kijk.',
      'Als iemand vertelt anders naar het eigen werk te kijken of er zich anders bij te voelen.',
      'Voor tevredenheid met de baan als geheel (PER.job_satisfaction) of voor culturele openheid (INT.awareness).',
      'Een trainer zegt dat hij minder aan het boek vastzit en durft te improviseren.',
    ],
    [
      "The participant's attitude to their subject, to teaching or training changed: more confidence, enthusiasm or autonomy, or a different view.",
      'When someone says they look at or feel about their own work differently.',
      'For satisfaction with the job as a whole (PER.job_satisfaction) or for cultural openness (INT.awareness).',
      'A trainer says he depends less on the textbook and dares to improvise.',
    ],
  ],
  [
    'PRO.methods',
    [
      'De deelnemer leerde nieuwe leer- of werkvormen kennen of gebruikt ze.',
      'Voor een concrete manier van lesgeven, trainen of begeleiden die de persoon zelf toepast.',
      'Als het team of de school de methode gebruikt (ORG.methods), en voor beoordelen (PRO.assessment).',
      'Een docent laat leerlingen woorden oefenen met spelletjes waarin ze bewegen.',
    ],
    [
      'The participant met new teaching or learning methods or uses them.',
      'For a concrete way of teaching, training or coaching that the person applies themselves.',
      'When the team or the school uses the method (ORG.methods), and for assessment (PRO.assessment).',
      'A teacher has pupils practise words with games in which they move around.',
    ],
  ],
  [
    'PRO.subject_skills',
    [
      'De deelnemer leerde vaardigheden die bij het eigen vak of vakgebied horen.',
      'Voor het kunnen: technieken, handelingen en vakmanschap binnen het vak.',
      'Voor kennis van de inhoud (PRO.subject_knowledge), voor taal (PRO.language) of ICT (PRO.ict).',
      'Een dramadocent leert met maskers spelen en doet dat voor in haar lessen.',
    ],
    [
      'The participant learned skills that belong to their own subject or field.',
      'For being able to: techniques, procedures and craft within the subject.',
      'For knowledge of content (PRO.subject_knowledge), for language (PRO.language) or ICT (PRO.ict).',
      'A drama teacher learns to act with masks and demonstrates it in her lessons.',
    ],
  ],
  [
    'PRO.subject_knowledge',
    [
      'De deelnemer weet meer over de inhoud van het eigen vak of vakgebied.',
      'Voor het weten: inzichten, begrippen en achtergronden binnen het vakgebied.',
      'Voor vaardigheden (PRO.subject_skills) of voor kennis van andere onderwijssystemen (INT.systems).',
      'Een zorgcoördinator weet veel meer over hoe jongeren radicaliseren en wat de signalen zijn.',
    ],
    [
      'The participant knows more about the content of their own subject or field.',
      'For knowing: insights, concepts and background within the field.',
      "For skills (PRO.subject_skills) or for knowledge of other countries' education systems (INT.systems).",
      'A student counsellor knows much more about how young people radicalise and what the signs are.',
    ],
  ],
  [
    'PRO.assessment',
    [
      'De deelnemer leerde nieuwe manieren van toetsen en beoordelen kennen of gebruikt ze.',
      'Voor toetsen, feedback, beoordelingscriteria en formatief evalueren.',
      'Voor andere lesmethoden (PRO.methods), of als de school anders toetst zonder dat de persoon het zelf doet (ORG.methods).',
      'Een docent geeft haar klas meer persoonlijke feedback en minder cijfers.',
    ],
    [
      'The participant met new ways of testing and assessing or uses them.',
      'For tests, feedback, assessment criteria and formative evaluation.',
      'For other teaching methods (PRO.methods), or when the school assesses differently without the person doing so (ORG.methods).',
      'A teacher gives her class more personal feedback and fewer marks.',
    ],
  ],
  [
    'PRO.language',
    [
      'De vaardigheid van de deelnemer in een vreemde taal nam toe: spreken, schrijven, begrijpen, of lesgeven in die taal.',
      'Voor eigen taalbeheersing en zelfvertrouwen in de vreemde taal, ook de doeltaal als voertaal in de les.',
      'Voor omgaan met mensen uit een andere taal en cultuur (INT.competences), of voor taal als voorwaarde (de factor Taal).',
      'Een leerkracht spreekt in de klas zonder aarzelen Engels.',
    ],
    [
      "The participant's skill in a foreign language grew: speaking, writing, understanding, or teaching in that language.",
      'For their own command of the language and confidence in using it, including the target language as the language of the lesson.',
      'For dealing with people of another language and culture (INT.competences), or for language as a condition (the factor Language).',
      'A teacher speaks English in class without hesitating.',
    ],
  ],
  [
    'PRO.ict',
    [
      'De ICT-vaardigheden van de deelnemer namen toe.',
      'Als iemand digitale middelen beter of anders in het werk inzet.',
      'Als ICT alleen een onderwerp is dat de school oppakt (ORG.themes).',
      'Een docent ordent haar lesmateriaal in een digitaal notitieboek en deelt het met de klas.',
    ],
    [
      "The participant's ICT skills grew.",
      'When someone uses digital tools better or differently in their work.',
      'When ICT is only a topic the school takes up (ORG.themes).',
      'A teacher keeps her teaching material in a digital notebook and shares it with the class.',
    ],
  ],
  [
    'PRO.leadership',
    [
      'De organisatorische of leiderschapsvaardigheden van de deelnemer namen toe.',
      'Voor het leiden van projecten, teams of veranderingen, voor plannen en coördineren.',
      'Voor leiderschap als voorwaarde in het project (de factoren Projectleiderschap en Een stuwende kracht die voorgaat).',
      'Een partner coördineert na het project zelf een nieuw internationaal project.',
    ],
    [
      "The participant's organisational or leadership skills grew.",
      'For leading projects, teams or changes, for planning and coordinating.',
      'For leadership as a condition of the project (the factors Project leadership and A driving leader who leads the way).',
      'After the project a partner coordinates a new international project himself.',
    ],
  ],
  [
    'PER',
    [
      'Domein: persoonlijke ontwikkeling van de deelnemer naast het vak: werkplezier en loopbaan.',
      'Alleen als het fragment over persoonlijke ontwikkeling gaat en geen indicator eronder past.',
      'Als tevredenheid (PER.job_satisfaction) of loopbaan (PER.career) past.',
      'Een deelnemer zegt dat de reis haar als mens goed heeft gedaan.',
    ],
    [
      "Domain: the participant's personal development beside their subject: enjoyment of work and career.",
      'Only when the fragment is about personal development and no indicator below fits.',
      'When satisfaction (PER.job_satisfaction) or career (PER.career) fits.',
      'A participant says the trip did her good as a person.',
    ],
  ],
  [
    'PER.job_satisfaction',
    [
      'De tevredenheid van de deelnemer met de eigen baan nam toe.',
      'Voor werkplezier, motivatie, trots op de school en zich gewaardeerd voelen.',
      'Voor een andere kijk op het lesgeven (PRO.attitude).',
      'Een docent voelt zich gewaardeerd omdat de school haar scholing in het buitenland mogelijk maakt.',
    ],
    [
      "The participant's satisfaction with their job grew.",
      'For enjoyment of work, motivation, pride in the school and feeling valued.',
      'For a different view of teaching (PRO.attitude).',
      'A teacher feels valued because her school makes training abroad possible for her.',
    ],
  ],
  [
    'PER.career',
    [
      'De loopbaanmogelijkheden van de deelnemer namen toe.',
      'Voor nieuwe taken, functies, rollen of kansen die iemand aan het project toeschrijft.',
      'Voor de erkenning van het geleerde als voorwaarde (de factor Erkenning van het geleerde).',
      'Na het project krijgt een medewerker de coördinatie van internationalisering op school.',
    ],
    [
      "The participant's career opportunities grew.",
      'For new tasks, positions, roles or opportunities that someone attributes to the project.',
      'For recognition of the learning as a condition (the factor Recognition of the learning).',
      "After the project a staff member is put in charge of the school's internationalisation.",
    ],
  ],
  [
    'INT',
    [
      'Domein: interculturele ontwikkeling: omgaan met en kijken naar andere culturen en onderwijssystemen.',
      'Alleen als het fragment over interculturele ontwikkeling gaat en geen indicator eronder past.',
      'Als een van de drie indicatoren past.',
      'Een deelnemer zegt dat de week in het buitenland haar blik heeft verruimd.',
    ],
    [
      'Domain: intercultural development: dealing with and looking at other cultures and education systems.',
      'Only when the fragment is about intercultural development and no indicator below fits.',
      'When one of the three indicators fits.',
      'A participant says the week abroad broadened her outlook.',
    ],
  ],
  [
    'INT.competences',
    [
      'De sociale, taalkundige of culturele competenties van de deelnemer namen toe: omgaan met mensen uit een andere taal en cultuur.',
      'Voor contact en communicatie over culturele grenzen heen, ook met de lokale bevolking.',
      'Voor de vreemde taal als vaardigheid (PRO.language) of voor bewustzijn van verschillen (INT.awareness).',
      'Deelnemers spreken mensen op straat aan en voelen zich thuis in een anderstalige omgeving.',
    ],
    [
      "The participant's social, linguistic or cultural competences grew: dealing with people of another language and culture.",
      'For contact and communication across cultural borders, also with local people.',
      'For the foreign language as a skill (PRO.language) or for awareness of differences (INT.awareness).',
      'Participants talk to people in the street and feel at home where another language is spoken.',
    ],
  ],
  [
    'INT.awareness',
    [
      'Het culturele bewustzijn en de uitdrukkingskracht van de deelnemer namen toe: zicht op de eigen en andere culturen.',
      'Voor inzicht in culturele verschillen en vooroordelen, en in de eigen culturele bril.',
      'Voor kennis van hoe het onderwijs elders georganiseerd is (INT.systems).',
      'Een vrijwilliger merkt de eigen vooroordelen over cursisten op en stelt ze bij.',
    ],
    [
      "The participant's cultural awareness and expression grew: a view of their own and other cultures.",
      'For insight into cultural differences and prejudices, and into one’s own cultural lens.',
      'For knowledge of how education is organised elsewhere (INT.systems).',
      'A volunteer notices her own prejudices about learners and corrects them.',
    ],
  ],
  [
    'INT.systems',
    [
      'De kennis van de deelnemer over onderwijssystemen in andere landen nam toe.',
      'Voor vergelijkingen tussen het onderwijs hier en elders, ook een nieuwe blik op het eigen systeem.',
      'Voor culturele verschillen in het algemeen (INT.awareness).',
      'Na een bezoek aan een school elders ziet een docent hoeveel vrijheid docenten in Nederland hebben.',
    ],
    [
      "The participant's knowledge of other countries' education systems grew.",
      'For comparisons between education here and elsewhere, including a new view of one’s own system.',
      'For cultural differences in general (INT.awareness).',
      'After visiting a school abroad a teacher sees how much freedom teachers in the Netherlands have.',
    ],
  ],
  [
    'ORG',
    [
      'Domein: impact op de eigen organisatie, haar team, beleid, onderwijs en leerlingen.',
      'Alleen als het fragment over de organisatie gaat en geen indicator eronder past.',
      'Als een van de indicatoren past.',
      'Een schoolleider zegt dat de school er als geheel beter van is geworden.',
    ],
    [
      'Domain: impact on the own organisation, its team, policy, teaching and learners.',
      'Only when the fragment is about the organisation and no indicator below fits.',
      'When one of the indicators fits.',
      'A head teacher says the school as a whole is better for it.',
    ],
  ],
  [
    'ORG.shared',
    [
      'Kennis en vaardigheden van deelnemers zijn gedeeld met collega’s en het management van de eigen organisatie.',
      'Voor presentaties, teamoverleg, studiedagen, intranet en andere vormen van delen binnen de organisatie.',
      'Voor verspreiding buiten de organisatie (COL.network, ORG.agenda), of als collega’s het geleerde al toepassen (ORG.methods).',
      'Na terugkomst vertelt elke deelnemer in het teamoverleg wat hij of zij leerde.',
    ],
    [
      "Participants' knowledge and skills were shared with colleagues and management of their own organisation.",
      'For presentations, team meetings, study days, the intranet and other ways of sharing within the organisation.',
      'For spreading outside the organisation (COL.network, ORG.agenda), or when colleagues already apply what was learned (ORG.methods).',
      'Back home, each participant tells the team meeting what they learned.',
    ],
  ],
  [
    'ORG.internationalisation',
    [
      'Internationalisering is beter ingebed in beleid en curriculum, of meer medewerkers en leerlingen gaan naar het buitenland.',
      'Voor internationalisering in schoolplan of curriculum, en voor meer mobiliteit van anderen dan de deelnemers.',
      'Voor de samenwerking met één partner (COL.partner).',
      'Steeds meer docenten van andere vakken melden zich uit zichzelf voor een buitenlandervaring.',
    ],
    [
      'Internationalisation is better embedded in policy and curriculum, or more staff and learners go abroad.',
      'For internationalisation in the school plan or curriculum, and for more mobility of others than the participants.',
      'For the cooperation with one partner (COL.partner).',
      'More and more teachers of other subjects sign up for a stay abroad of their own accord.',
    ],
  ],
  [
    'ORG.change',
    [
      'Er veranderde iets in de organisatie, het management of het beleid.',
      'Voor besluiten, beleid, structuren, draagvlak en teamvorming die de organisatie als geheel raken.',
      'Voor een nieuw onderwerp in het onderwijs (ORG.themes) of een nieuwe lesaanpak (ORG.methods).',
      'De directie legt vast dat iedere medewerker pedagogisch geschoold moet zijn.',
    ],
    [
      'Something changed in the organisation, its management or its policy.',
      'For decisions, policy, structures, support and team building that affect the organisation as a whole.',
      'For a new topic in teaching (ORG.themes) or a new teaching approach (ORG.methods).',
      'The management decides that every member of staff must be trained in teaching skills.',
    ],
  ],
  [
    'ORG.themes',
    [
      'De organisatie pakte nieuwe onderwijsthema’s op.',
      'Voor onderwerpen die een plaats krijgen in het onderwijs of curriculum, zoals burgerschap of onderzoekend leren.',
      'Voor de manier van lesgeven (ORG.methods) of voor thema’s die buiten de school op de agenda komen (ORG.agenda).',
      'Sociale veiligheid wordt op alle locaties een vast onderwerp in de lessen.',
    ],
    [
      'The organisation took up new educational themes.',
      'For topics that get a place in teaching or the curriculum, such as citizenship or inquiry-based learning.',
      'For the way of teaching (ORG.methods) or for themes put on the agenda outside the school (ORG.agenda).',
      'Social safety becomes a regular topic in lessons at every site.',
    ],
  ],
  [
    'ORG.methods',
    [
      'In de organisatie worden nieuwe leermethoden of benaderingen gebruikt, door meer mensen dan de deelnemer alleen.',
      'Als collega’s of teams een werkwijze overnemen.',
      'Als alleen de deelnemer zelf de methode gebruikt (PRO.methods).',
      'Na een studiemiddag op school gaan veel docenten formatief toetsen.',
    ],
    [
      'New teaching methods or approaches are in use in the organisation, by more people than the participant alone.',
      'When colleagues or teams take over a way of working.',
      'When only the participant uses the method (PRO.methods).',
      'After a study afternoon at school many teachers start assessing formatively.',
    ],
  ],
  [
    'ORG.learners',
    [
      '(Uitbreiding) De leeropbrengsten van leerlingen, studenten of cursisten zijn hoger.',
      'Voor resultaten, niveau of gedrag van lerenden die aan het project worden toegeschreven, ook zoals ouders of docenten ze zien.',
      'Voor wat de deelnemers zelf leerden (domein PRO).',
      'Ouders merken dat hun kinderen vrijer Engels spreken.',
    ],
    [
      '(Extension) The learning results of pupils, students or adult learners are better.',
      'For results, level or behaviour of learners attributed to the project, also as parents or teachers see them.',
      'For what the participants themselves learned (domain PRO).',
      'Parents notice that their children speak English more freely.',
    ],
  ],
  [
    'ORG.agenda',
    [
      '(Uitbreiding) Maatschappelijke impact: de organisatie zette thema’s op de agenda, binnen of buiten de school.',
      'Voor aandacht van gemeente, sector, ministerie of beleid, en voor een veranderd gesprek daarover.',
      'Voor delen met de eigen collega’s (ORG.shared).',
      'Een thema van de studiereis komt op de beleidsagenda van de gemeente.',
    ],
    [
      '(Extension) Societal impact: the organisation put themes on the agenda, inside or outside the school.',
      'For attention from the municipality, the sector, the ministry or policy makers, and for a changed debate about it.',
      'For sharing with one’s own colleagues (ORG.shared).',
      "A theme of the study visit gets onto the municipality's policy agenda.",
    ],
  ],
  [
    'COL',
    [
      'Domein: samenwerking met anderen buiten de eigen organisatie.',
      'Alleen als het fragment over samenwerking gaat en geen indicator eronder past.',
      'Als een van de vier indicatoren past.',
      'Een coördinator zegt dat het project de school meer naar buiten heeft gericht.',
    ],
    [
      'Domain: cooperation with others outside the own organisation.',
      'Only when the fragment is about cooperation and no indicator below fits.',
      'When one of the four indicators fits.',
      'A coordinator says the project turned the school more outwards.',
    ],
  ],
  [
    'COL.network',
    [
      'Het professionele netwerk van de deelnemer of de organisatie werd groter.',
      'Voor nieuwe contacten met collega’s en organisaties, in binnen- en buitenland.',
      'Voor de samenwerking met de eigen partner in het project (COL.partner).',
      'Deelnemers leren collega’s van andere instellingen kennen en houden contact.',
    ],
    [
      'The professional network of the participant or the organisation grew.',
      'For new contacts with colleagues and organisations, at home and abroad.',
      "For the cooperation with the project's own partner (COL.partner).",
      'Participants get to know colleagues from other institutions and stay in touch.',
    ],
  ],
  [
    'COL.labour_market',
    [
      'De samenwerking met arbeidsmarktorganisaties werd hechter: bedrijven, leerbedrijven, brancheorganisaties.',
      'Voor nieuwe of sterkere banden met werkgevers en het bedrijfsleven.',
      'Voor maatschappelijke organisaties (COL.civil_society).',
      'Een opleiding ontwikkelt samen met leerbedrijven een nieuwe stageopdracht.',
    ],
    [
      'Cooperation with labour-market organisations intensified: companies, work-placement companies, trade associations.',
      'For new or stronger ties with employers and business.',
      'For civil-society organisations (COL.civil_society).',
      'A programme develops a new work-placement assignment together with placement companies.',
    ],
  ],
  [
    'COL.civil_society',
    [
      'De samenwerking met maatschappelijke organisaties werd hechter: welzijn, vrijwilligersorganisaties, bibliotheken, de gemeente als partner.',
      'Voor sterkere banden met organisaties in de samenleving rond de school.',
      'Voor bedrijven (COL.labour_market) of voor het agenderen bij beleid (ORG.agenda).',
      'Een taalaanbieder traint taalcoaches samen met een vrijwilligersorganisatie.',
    ],
    [
      'Cooperation with civil-society organisations intensified: social work, volunteer organisations, libraries, the municipality as a partner.',
      'For stronger ties with organisations in the community around the school.',
      'For companies (COL.labour_market) or for putting things on the policy agenda (ORG.agenda).',
      'A language provider trains language coaches together with a volunteer organisation.',
    ],
  ],
  [
    'COL.partner',
    [
      'De samenwerking met het partnerinstituut of de partnerorganisatie werd hechter.',
      'Voor blijvende contacten, tegenbezoeken en nieuwe projecten met de partners van het project.',
      'Voor nieuwe contacten buiten het partnerschap (COL.network).',
      'Collega’s van de partnerschool komen een jaar later op tegenbezoek.',
    ],
    [
      'Cooperation with the partner institution or organisation intensified.',
      "For lasting contacts, return visits and new projects with the project's partners.",
      'For new contacts outside the partnership (COL.network).',
      'Colleagues from the partner school pay a return visit a year later.',
    ],
  ],
];

const LEVELS: Definition[] = [
  [
    'individual',
    [
      'Impact op de deelnemer zelf: kennis, vaardigheden, houding, loopbaan.',
      'Als het fragment zegt wat er voor één persoon veranderde.',
      'Als het over de school of het team als geheel gaat (Organisatie).',
      'Een leerkracht spreekt met meer zelfvertrouwen Engels.',
    ],
    [
      'Impact on the participant themselves: knowledge, skills, attitude, career.',
      'When the fragment says what changed for one person.',
      'When it is about the school or the team as a whole (Organisation).',
      'A teacher speaks English with more confidence.',
    ],
  ],
  [
    'organisation',
    [
      'Impact op de eigen school of instelling, met haar medewerkers en leerlingen.',
      'Voor team, beleid, curriculum en de leerlingen van de organisatie.',
      'Voor andere scholen, de sector, de regio of beleid (Daarbuiten).',
      'Het hele team draagt de keuze voor vroeg Engels.',
    ],
    [
      'Impact on the own school or institution, with its staff and learners.',
      "For the team, policy, curriculum and the organisation's learners.",
      'For other schools, the sector, the region or policy (Beyond).',
      'The whole team stands behind the choice of early English.',
    ],
  ],
  [
    'beyond',
    [
      'Impact buiten de eigen organisatie: andere scholen, de sector, de regio, beleid of Europa.',
      'Voor partners, netwerken, beleidsmakers en gebruikers van producten elders.',
      'Voor wat er binnen de eigen organisatie gebeurt.',
      'Andere instellingen nemen de opzet van een studiereis over.',
    ],
    [
      'Impact outside the own organisation: other schools, the sector, the region, policy or Europe.',
      'For partners, networks, policy makers and users of products elsewhere.',
      'For what happens inside the own organisation.',
      'Other institutions take over the way a study visit is set up.',
    ],
  ],
];

const FACTORS: Definition[] = [
  [
    'FAC.management_support',
    [
      'De mate waarin leiding en bestuur het project en het toepassen van het geleerde steunen.',
      'Bij steun of gebrek aan steun van directie, management of bestuur; bevorderend of belemmerend naar wat er gezegd wordt.',
      'Als de aanpak in beleid is vastgelegd (Inbedding in beleid).',
      'De directie geeft extra dagen voor de scholing (bevorderend).',
    ],
    [
      'How far leadership and board support the project and the use of what was learned.',
      'For support, or the lack of it, from the head, management or board; promoting or hindering as the fragment says.',
      'When the approach is laid down in policy (Embedding in policy).',
      'The management gives extra days for the training (promoting).',
    ],
  ],
  [
    'FAC.policy_embedding',
    [
      'De mate waarin het project aansluit bij het beleid van de organisatie en daarin vastligt.',
      'Bij inbedding in schoolplan, personeelsbeleid of visie, of het ontbreken daarvan.',
      'Voor persoonlijke steun van een leidinggevende (Steun van het management).',
      'De reis hoorde bij een breder plan om de school te profileren (bevorderend).',
    ],
    [
      "How far the project fits and is laid down in the organisation's policy.",
      'For embedding in the school plan, staff policy or vision, or its absence.',
      "For a manager's personal support (Management support).",
      'The trip was part of a wider plan to give the school a profile (promoting).',
    ],
  ],
  [
    'FAC.whole_team',
    [
      'De mate waarin het hele team wordt meegenomen, niet alleen enkele personen.',
      'Bij draagvlak in het team of het ontbreken ervan.',
      'Voor afhankelijkheid van één persoon (Afhankelijkheid van één trekker).',
      'Omdat het hele team meeging, werd de visie breed gedragen (bevorderend).',
    ],
    [
      'How far the whole team is taken along, not only a few people.',
      'For support within the team, or its absence.',
      'For dependence on one person (Dependence on one driving person).',
      'Because the whole team went, the vision was widely shared (promoting).',
    ],
  ],
  [
    'FAC.single_driver',
    [
      'Het risico dat een ontwikkeling staat of valt met één persoon.',
      'Als vertrek of uitval van één trekker de voortgang bedreigt; meestal belemmerend.',
      'Voor de rol van een trekker die voorgaat (Een stuwende kracht die voorgaat).',
      'Toen de coördinator vertrok, moesten taken haastig worden overgedragen (belemmerend).',
    ],
    [
      'The risk that a development stands or falls with one person.',
      'When the departure or absence of one driving person threatens progress; mostly hindering.',
      'For the part a driving person plays in leading the way (A driving leader who leads the way).',
      'When the coordinator left, tasks had to be handed over in haste (hindering).',
    ],
  ],
  [
    'FAC.partner_choice',
    [
      'De keuze van de partners en hoe goed men hen kent.',
      'Bij partners die wel of niet bij de doelen passen.',
      'Voor de kwaliteit van het programma ter plaatse (Kwaliteit en inzet van de gastorganisatie) of voor een netwerk dat er al was (Een bestaand netwerk).',
      'De partnerschool bleek met heel andere vragen bezig dan verwacht (belemmerend).',
    ],
    [
      'The choice of partners and how well they are known.',
      'For partners who do or do not fit the aims.',
      'For the quality of the programme on site (Quality and commitment of the host organisation) or for a network that already existed (An existing network).',
      'The partner school turned out to be working on quite different questions than expected (hindering).',
    ],
  ],
  [
    'FAC.participant_selection',
    [
      'Hoe deelnemers worden gekozen, en of deelname past bij persoon en organisatie.',
      'Bij selectiecriteria, motivatie en de vraag wie er wel of niet gaat.',
      'Voor de voorbereiding van wie gekozen is (Voorbereiding en eigen leerdoelen).',
      'Alleen medewerkers met verantwoordelijkheid voor het thema gaan mee (bevorderend).',
    ],
    [
      'How participants are chosen, and whether taking part fits the person and the organisation.',
      'For selection criteria, motivation and the question of who goes and who does not.',
      'For the preparation of those chosen (Preparation and own learning goals).',
      'Only staff responsible for the theme go (promoting).',
    ],
  ],
  [
    'FAC.preparation_goals',
    [
      'De voorbereiding van de deelnemers en het stellen van eigen leerdoelen.',
      'Bij voorbereidende bijeenkomsten, leervragen en niveautoetsen vooraf.',
      'Voor de selectie zelf (Selectie van deelnemers).',
      'Deelnemers schrijven vooraf op wat ze willen leren en kiezen daarop hun cursus (bevorderend).',
    ],
    [
      'How participants prepare and set learning goals of their own.',
      'For preparatory meetings, learning questions and level tests beforehand.',
      'For the selection itself (Selection of participants).',
      'Participants write down what they want to learn and choose their course by it (promoting).',
    ],
  ],
  [
    'FAC.direct_applicability',
    [
      'De mate waarin het geleerde direct bruikbaar is in de eigen praktijk.',
      'Bij activiteiten die wel of niet meteen in de klas of training toe te passen zijn.',
      'Voor verschillen tussen landen die vertaling vragen (Verschillen in context tussen landen).',
      'De werkvormen konden de volgende week in de klas worden gebruikt (bevorderend).',
    ],
    [
      'How far what was learned can be used straight away in one’s own practice.',
      'For activities that can or cannot be applied in class or training right away.',
      'For differences between countries that need translating (Differences of context between countries).',
      'The methods could be used in class the following week (promoting).',
    ],
  ],
  [
    'FAC.monitoring_evaluation',
    [
      'Het volgen van de opbrengsten tijdens het project en het evalueren erna.',
      'Bij dagelijkse evaluaties, terugkomdagen en verslagen, of het ontbreken daarvan.',
      'Voor het persoonlijk terugkijken op het geleerde (Reflectie).',
      'Een jaar na de reis komt de groep terug om te zien wat er is blijven hangen (bevorderend).',
    ],
    [
      'Following the results during the project and evaluating afterwards.',
      'For daily evaluations, follow-up days and reports, or their absence.',
      'For looking back personally on what was learned (Reflection).',
      'A year after the trip the group meets again to see what has stuck (promoting).',
    ],
  ],
  [
    'FAC.reflection',
    [
      'Bewust terugkijken op wat iemand leerde.',
      'Bij reflectie van deelnemers, alleen of samen, ook door het schrijven van een verslag.',
      'Voor de evaluatie van het project als geheel (Monitoring en evaluatie).',
      'Het schrijven van een verslag maakte een leerkracht bewust van wat ze leerde (bevorderend).',
    ],
    [
      'Looking back consciously on what one learned.',
      'For reflection by participants, alone or together, also by writing a report.',
      'For evaluation of the project as a whole (Monitoring and evaluation).',
      'Writing a report made a teacher aware of what she had learned (promoting).',
    ],
  ],
  [
    'FAC.sharing_dissemination',
    [
      'Het delen van het geleerde met collega’s en het verspreiden van resultaten.',
      'Bij presentaties, nieuwsbrieven en conferenties, of als verspreiding uitbleef.',
      'Voor terugkoppeling over wie producten gebruikt (Terugkoppeling over het gebruik van producten).',
      'De school houdt een studiemiddag over wat docenten in het buitenland zagen (bevorderend).',
    ],
    [
      'Sharing what was learned with colleagues and spreading the results.',
      'For presentations, newsletters and conferences, or when spreading did not happen.',
      'For feedback on who uses products (Feedback on the use of products).',
      'The school holds a study afternoon on what teachers saw abroad (promoting).',
    ],
  ],
  [
    'FAC.time_workload',
    [
      'Tijd en werkdruk: vervanging, vakantiedagen, voorbereiding en nawerk.',
      'Bij gebrek aan tijd, of juist bij tijd die de school vrijmaakt en werk dat eerlijk verdeeld wordt.',
      'Voor geldgebrek (Financiering en cofinanciering).',
      'Deelnemers leveren vakantiedagen in omdat er geen vervangers zijn (belemmerend).',
    ],
    [
      'Time and workload: substitution, holidays, preparation and follow-up work.',
      'For lack of time, or for time the school frees up and work that is shared fairly.',
      'For lack of money (Funding and co-financing).',
      'Participants give up holidays because there are no substitutes (hindering).',
    ],
  ],
  [
    'FAC.funding',
    [
      'Financiering en de eigen bijdrage in tijd en geld.',
      'Bij budgetten die wel of niet toereikend zijn, ook na afloop van het project.',
      'Voor tijdgebrek (Tijd en werkdruk).',
      'De vergoeding per dag was te krap; de partners zochten goedkoper onderdak (belemmerend).',
    ],
    [
      'Funding and one’s own contribution in time and money.',
      'For budgets that are or are not sufficient, also after the project has ended.',
      'For lack of time (Time and workload).',
      'The daily allowance was too tight; the partners looked for cheaper lodging (hindering).',
    ],
  ],
  [
    'FAC.administrative_burden',
    [
      'De administratieve last van aanvragen, verantwoorden en projectadministratie.',
      'Bij papierwerk en regels die als zwaar worden ervaren.',
      'Voor de kennis van de regels bij de coördinator (Kennis van de doelen en regels van het programma).',
      'Het bijhouden van de projectadministratie kostte de partners veel tijd (belemmerend).',
    ],
    [
      'The administrative burden of applying, reporting and project administration.',
      'For paperwork and rules felt as heavy.',
      "For the coordinator's knowledge of the rules (The coordinator's knowledge of the programme's aims and rules).",
      'Keeping the project records took the partners a lot of time (hindering).',
    ],
  ],
  [
    'FAC.language',
    [
      'Taal als voorwaarde: de taalbeheersing van deelnemers of partners.',
      'Als taal het leren of samenwerken helpt of hindert.',
      'Als taalvaardigheid zelf de opbrengst is (PRO.language).',
      'Schrijven in het Engels viel sommige partners zwaar (belemmerend).',
    ],
    [
      'Language as a condition: the language command of participants or partners.',
      'When language helps or hinders learning or working together.',
      'When language skill itself is the result (PRO.language).',
      'Writing in English was hard for some partners (hindering).',
    ],
  ],
  [
    'FAC.role_clarity',
    [
      'De duidelijkheid van rollen en taken in het project.',
      'Bij een heldere of onduidelijke taakverdeling tussen partners of medewerkers.',
      'Voor de kwaliteit van de projectleiding (Projectleiderschap).',
      'Niemand wist precies wie welke taak had (belemmerend).',
    ],
    [
      'How clear roles and tasks in the project are.',
      'For a clear or unclear division of tasks between partners or staff.',
      'For the quality of the project leadership (Project leadership).',
      'Nobody knew exactly who had which task (hindering).',
    ],
  ],
  [
    'FAC.staff_turnover',
    [
      'Personeelsverloop en uitval van betrokkenen.',
      'Als vertrek of wisseling van mensen de voortgang raakt, of nieuwe collega’s moeten worden meegenomen.',
      'Voor de afhankelijkheid van één trekker als zodanig (Afhankelijkheid van één trekker).',
      'Nieuwe leerkrachten missen de visie die het team eerder samen ontwikkelde (belemmerend).',
    ],
    [
      'Staff turnover and people dropping out.',
      'When people leaving or changing affects progress, or new colleagues must be brought along.',
      'For dependence on one driving person as such (Dependence on one driving person).',
      'New teachers miss the vision the team developed together earlier (hindering).',
    ],
  ],
  [
    'FAC.context_differences',
    [
      'Verschillen in context tussen landen: wetgeving, onderwijssysteem, cultuur.',
      'Als de vertaling naar de eigen situatie moeite kost of juist inzicht geeft.',
      'Voor de kwaliteit van de gastorganisatie (Kwaliteit en inzet van de gastorganisatie).',
      'Wat elders wettelijk verplicht is, moet een school hier zelf willen (belemmerend).',
    ],
    [
      'Differences of context between countries: legislation, education system, culture.',
      'When translating to one’s own situation takes effort or gives insight.',
      'For the quality of the host organisation (Quality and commitment of the host organisation).',
      'What is required by law elsewhere, a school here has to want itself (hindering).',
    ],
  ],
  [
    'FAC.recognition',
    [
      'Erkenning van het geleerde, bijvoorbeeld met een certificaat of in een persoonlijk ontwikkelplan.',
      'Bij erkenning door werkgever of personeelsafdeling, of het ontbreken daarvan.',
      'Voor loopbaankansen als opbrengst (PER.career).',
      'Deelnemers krijgen een certificaat, maar niemand weet of de personeelsafdeling het gebruikt (belemmerend).',
    ],
    [
      'Recognition of the learning, for example with a certificate or in a personal development plan.',
      'For recognition by the employer or HR, or its absence.',
      'For career opportunities as a result (PER.career).',
      'Participants get a certificate, but nobody knows whether HR uses it (hindering).',
    ],
  ],
  [
    'FAC.host_quality',
    [
      'De kwaliteit en inzet van de gastorganisatie of cursusaanbieder.',
      'Bij een goed of slecht voorbereid programma ter plaatse.',
      'Voor de keuze van de partner vooraf (Keuze en kennis van partners).',
      'Er was weinig geregeld voor de bezoekers (belemmerend).',
    ],
    [
      'The quality and commitment of the host organisation or course provider.',
      'For a well or badly prepared programme on site.',
      'For the choice of partner beforehand (Choice and knowledge of partners).',
      'Little had been arranged for the visitors (hindering).',
    ],
  ],
  [
    'FAC.keeping_contact',
    [
      'Contact houden na afloop met partners, medecursisten of gastgezinnen.',
      'Bij contacten die blijven of juist verwateren.',
      'Voor een netwerk dat er vóór het project al was (Een bestaand netwerk).',
      'Contact houden met medecursisten bleek lastig (belemmerend).',
    ],
    [
      'Keeping in touch afterwards with partners, fellow course members or host families.',
      'For contacts that last or fade.',
      'For a network that existed before the project (An existing network).',
      'Keeping in touch with fellow course members proved hard (hindering).',
    ],
  ],
  [
    'FAC.product_feedback',
    [
      'Terugkoppeling over het gebruik van de producten van het project.',
      'Als ontwikkelaars en betrokkenen wel of niet horen wie de producten gebruikt en hoe.',
      'Voor het verspreiden zelf (Delen met collega’s en verspreiding).',
      'Na de lancering hoorde niemand nog hoe de handleiding werd gebruikt (belemmerend).',
    ],
    [
      "Feedback on the use of the project's products.",
      'When developers and others do or do not hear who uses the products and how.',
      'For spreading itself (Sharing with colleagues and dissemination).',
      'After the launch nobody heard how the manual was being used (hindering).',
    ],
  ],
  [
    'FAC.fixed_format',
    [
      'Een vaste opzet voor het project of de activiteit, van voorbereiding tot terugkomdag.',
      'Bij een standaardformat dat kwaliteit geeft of juist knelt.',
      'Voor losse evaluaties (Monitoring en evaluatie).',
      'Andere instellingen nemen de opzet van de studiereis over (bevorderend).',
    ],
    [
      'A fixed set-up for the project or activity, from preparation to follow-up day.',
      'For a standard format that gives quality or gets in the way.',
      'For separate evaluations (Monitoring and evaluation).',
      'Other institutions take over the set-up of the study visit (promoting).',
    ],
  ],
  [
    'FAC.ownership',
    [
      'Eigenaarschap van de deelnemers over de activiteit en wat ermee gebeurt.',
      'Als deelnemers zelf richting geven aan programma, doelen en vervolg.',
      'Voor de selectie van deelnemers (Selectie van deelnemers).',
      'Elke school geeft er een eigen vervolg aan (bevorderend).',
    ],
    [
      'Ownership by the participants of the activity and what follows from it.',
      'When participants themselves steer the programme, the goals and the follow-up.',
      'For the selection of participants (Selection of participants).',
      'Each school gives it a follow-up of its own (promoting).',
    ],
  ],
  [
    'FAC.stakeholder_involvement',
    [
      'Betrokkenheid van stakeholders, het werkveld en beleidsmakers.',
      'Bij een klankbordgroep, beleidsmakers of het werkveld die wel of niet meedoen.',
      'Voor de partners in het project zelf (Keuze en kennis van partners).',
      'Mensen uit de sector gaven feedback op de materialen (bevorderend).',
    ],
    [
      'Involvement of stakeholders, the field and policy makers.',
      'For a sounding board, policy makers or the field who do or do not take part.',
      'For the partners in the project themselves (Choice and knowledge of partners).',
      'People from the sector gave feedback on the materials (promoting).',
    ],
  ],
  [
    'FAC.project_leadership',
    [
      'De kwaliteit van de leiding van het project.',
      'Bij een projectleider die de voortgang bewaakt en partners betrekt, of het ontbreken daarvan.',
      'Voor een trekker binnen een school (Een stuwende kracht die voorgaat).',
      'De projectleider hield de voortgang bij en betrok alle partners erbij (bevorderend).',
    ],
    [
      'The quality of the leadership of the project.',
      'For a project leader who watches progress and involves the partners, or the lack of one.',
      'For a driving person within a school (A driving leader who leads the way).',
      'The project leader kept track of progress and involved all partners (promoting).',
    ],
  ],
  [
    'FAC.driving_leader',
    [
      'Een trekker of leider die voorgaat en anderen meeneemt.',
      'Als iemand de ontwikkeling op gang brengt of gaande houdt; meestal bevorderend.',
      'Voor het risico dat alles van één persoon afhangt (Afhankelijkheid van één trekker).',
      'Een coördinator zette de ontwikkeling in gang en nam het team mee (bevorderend).',
    ],
    [
      'A driving person or leader who leads the way and takes others along.',
      'When someone sets a development going or keeps it going; mostly promoting.',
      'For the risk that everything depends on one person (Dependence on one driving person).',
      'A coordinator got the development going and took the team along (promoting).',
    ],
  ],
  [
    'FAC.team_composition',
    [
      'De samenstelling van het projectteam, bijvoorbeeld mensen uit praktijk en beleid samen.',
      'Als de mix van mensen in het team het werk helpt of hindert.',
      'Voor de keuze van partnerorganisaties (Keuze en kennis van partners).',
      'In het team werkten mensen uit de praktijk en uit het beleid aan één doel (bevorderend).',
    ],
    [
      'The make-up of the project team, for example people from practice and policy together.',
      'When the mix of people in the team helps or hinders the work.',
      'For the choice of partner organisations (Choice and knowledge of partners).',
      'People from practice and from policy worked towards one aim in the team (promoting).',
    ],
  ],
  [
    'FAC.positive_attitude',
    [
      'Een positieve en constructieve houding van de betrokkenen.',
      'Als denken in kansen en een goede sfeer het werk dragen, of juist ontbreken.',
      'Voor een veranderde houding tegenover het vak als opbrengst (PRO.attitude).',
      'Iedereen zocht naar wat wel kon en leerde van goede voorbeelden (bevorderend).',
    ],
    [
      'A positive and constructive attitude of the people involved.',
      'When thinking in opportunities and a good atmosphere carry the work, or are missing.',
      'For a changed attitude to one’s subject as a result (PRO.attitude).',
      'Everyone looked for what was possible and learned from good practice (promoting).',
    ],
  ],
  [
    'FAC.existing_network',
    [
      'Een netwerk tussen de partners dat er al was vóór het project.',
      'Als partners elkaar al kenden en wisten wat ze aan elkaar hadden.',
      'Voor contacten die na afloop worden onderhouden (Contact houden na afloop).',
      'De partners kenden elkaar al en konden snel aan het werk (bevorderend).',
    ],
    [
      'A network between the partners that existed before the project.',
      'When partners already knew each other and what to expect of each other.',
      'For contacts kept up afterwards (Keeping contact afterwards).',
      'The partners already knew each other and could start quickly (promoting).',
    ],
  ],
  [
    'FAC.programme_knowledge',
    [
      'Kennis van de doelen en regels van het Erasmus+-programma bij de initiator of coördinator.',
      'Als de coördinator de doelen en regels wel of niet kent.',
      'Voor de administratieve last zelf (Administratieve last).',
      'Pas na het eerste project wist de coördinator hoe de regels werken (belemmerend).',
    ],
    [
      "The initiator's or coordinator's knowledge of the aims and rules of the Erasmus+ programme.",
      'When the coordinator does or does not know the aims and rules.',
      'For the administrative burden itself (Administrative burden).',
      'Only after the first project did the coordinator know how the rules work (hindering).',
    ],
  ],
  [
    'FAC.suitable_course',
    [
      'Een cursus of activiteit vinden die bij de leervraag past.',
      'Als een passend aanbod wel of niet te vinden is.',
      'Voor de kwaliteit van een gevonden cursus (Kwaliteit en inzet van de gastorganisatie).',
      'Voor docenten natuurkunde is in het buitenland nauwelijks een passende cursus te vinden (belemmerend).',
    ],
    [
      'Finding a course or activity that matches the learning question.',
      'When a suitable offer can or cannot be found.',
      'For the quality of a course once found (Quality and commitment of the host organisation).',
      'For physics teachers hardly any suitable course abroad can be found (hindering).',
    ],
  ],
  [
    'FAC.pairs_or_alone',
    [
      'Of iemand alleen, met een collega of in een groep op mobiliteit gaat.',
      'Als die keuze het leren helpt of hindert; de polariteit volgt wat het fragment zegt.',
      'Voor het verblijf bij een gastgezin (Verblijf bij een gastgezin).',
      'Met een collega erbij kun je samen verwerken wat je zag (bevorderend).',
    ],
    [
      'Whether someone goes abroad alone, with a colleague or in a group.',
      'When that choice helps or hinders learning; the polarity follows what the fragment says.',
      'For staying with a host family (Staying with a host family).',
      'With a colleague along you can work through together what you saw (promoting).',
    ],
  ],
  [
    'FAC.host_family',
    [
      'Verblijf bij een gastgezin of andere mensen ter plaatse.',
      'Als het verblijf het leren van taal en cultuur helpt of onder druk zet.',
      'Voor de kwaliteit van de gastorganisatie (Kwaliteit en inzet van de gastorganisatie).',
      'Wie voor de taal gaat, leert veel van een verblijf bij mensen thuis (bevorderend).',
    ],
    [
      'Staying with a host family or other local people.',
      'When the stay helps learning the language and culture or puts it under pressure.',
      'For the quality of the host organisation (Quality and commitment of the host organisation).',
      'Whoever goes for the language learns a lot from staying in someone’s home (promoting).',
    ],
  ],
];

/** The factors the report's cases name that the first codebook lacked, in the order they follow the others. */
const NEW_FACTORS: [key: string, nl: string, en: string][] = [
  ['FAC.driving_leader', 'Een stuwende kracht die voorgaat', 'A driving leader who leads the way'],
  ['FAC.team_composition', 'Samenstelling van het projectteam (praktijk en beleid)', 'Make-up of the project team (practice and policy)'],
  ['FAC.positive_attitude', 'Positieve en constructieve houding', 'A positive and constructive attitude'],
  ['FAC.existing_network', 'Een bestaand netwerk', 'An existing network'],
  [
    'FAC.programme_knowledge',
    'Kennis van de doelen en regels van het programma bij de coördinator',
    "The coordinator's knowledge of the programme's aims and rules",
  ],
  ['FAC.suitable_course', 'Een geschikte cursus vinden', 'Finding a suitable course'],
  ['FAC.pairs_or_alone', 'In tweetallen of alleen gaan', 'Going in pairs or alone'],
  ['FAC.host_family', 'Verblijf bij een gastgezin', 'Staying with a host family'],
];

const nlText = ([definition, use, not, example]: [string, string, string, string]) =>
  `Definitie: ${definition}\nWel coderen: ${use}\nNiet coderen: ${not}\nVoorbeeld: ${example}`;
const enText = ([definition, use, not, example]: [string, string, string, string]) =>
  `Definition: ${definition}\nCode when: ${use}\nDo not code when: ${not}\nExample: ${example}`;

// fixed ids, as the first system codes have: the same GUIDs in every installation's REFI exports
const factorId = (n: number) => `00000000-0000-7000-8005-${n.toString(16).padStart(12, '0')}`;

async function systemBook(db: Kysely<any>, key: string): Promise<string> {
  const row = await db
    .selectFrom('codebooks')
    .select('id')
    .where('key', '=', key)
    .where('is_system', '=', 1)
    .where('organisation_id', 'is', null)
    .executeTakeFirst();
  if (!row) throw new Error(`the system codebook ${key} is missing`);
  return row.id as string;
}

export async function up(db: Kysely<any>): Promise<void> {
  const factorsBook = await systemBook(db, 'factors');
  const sorted = await db
    .selectFrom('codes')
    .select((eb) => eb.fn.max('sort').as('s'))
    .where('codebook_id', '=', factorsBook)
    .executeTakeFirst();
  let sort = Number(sorted?.s ?? 0);
  for (const [n, [key, nl, en]] of NEW_FACTORS.entries()) {
    const exists = await db.selectFrom('codes').select('id').where('codebook_id', '=', factorsBook).where('key', '=', key).executeTakeFirst();
    if (exists) continue;
    sort += 1;
    await db
      .insertInto('codes')
      .values({
        id: factorId(n + 1),
        codebook_id: factorsBook,
        key,
        parent_id: null,
        name_nl: nl,
        name_en: en,
        description_nl: null,
        description_en: null,
        color: '#5f3dc4',
        sort,
        archived_at: null,
      })
      .execute();
  }

  for (const [book, definitions] of [
    ['typology', TYPOLOGY],
    ['levels', LEVELS],
    ['factors', FACTORS],
  ] as const) {
    const bookId = await systemBook(db, book);
    for (const [key, nl, en] of definitions) {
      // only where nobody wrote a description yet
      await db
        .updateTable('codes')
        .set({ description_nl: nlText(nl) })
        .where('codebook_id', '=', bookId)
        .where('key', '=', key)
        .where('description_nl', 'is', null)
        .execute();
      await db
        .updateTable('codes')
        .set({ description_en: enText(en) })
        .where('codebook_id', '=', bookId)
        .where('key', '=', key)
        .where('description_en', 'is', null)
        .execute();
    }
  }

  const roles = await db
    .selectFrom('reference_terms')
    .select((eb) => eb.fn.max('sort').as('s'))
    .where('kind', '=', 'interviewee_role')
    .executeTakeFirst();
  await db
    .insertInto('reference_terms')
    .values({
      kind: 'interviewee_role',
      code: 'unspecified',
      parent_code: null,
      label_nl: 'Rol niet vermeld',
      label_en: 'Role not stated',
      sort: Number(roles?.s ?? 0) + 1,
    })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('reference_terms').where('kind', '=', 'interviewee_role').where('code', '=', 'unspecified').execute();
  await db
    .deleteFrom('codes')
    .where(
      'id',
      'in',
      NEW_FACTORS.map((_, n) => factorId(n + 1)),
    )
    .execute();
}
