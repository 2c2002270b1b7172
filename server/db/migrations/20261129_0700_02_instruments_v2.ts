import type { Kysely } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// New versions of the standard questionnaires (issue 11), published next to the first ones: a
// response keeps the version it started on, new invitations get these.
// - State items describe the person's situation now, with no time and no activity in them, and are
//   worded the same at every moment. Two first-version items did refer to time ("new to me a year
//   ago", "new to me"): they get new keys, as every item whose wording changes does.
// - Every indicator of the typology has a state item, here or in the organisation questionnaire.
// - Factor items ask what a participant can judge: at T1 about the activity and its preparation, at
//   T2 and T3 about applying it at school.
// - The daily reflection and T1 and T2 follow up the participant's own learning goals (kind `goal`:
//   asked once per goal).
// - The organisation questionnaire (the coordinator or school leader) at T0, T2 and T3.

type Kind = 'state' | 'retrospective' | 'open' | 'factor' | 'goal';
type Item = [key: string, kind: Kind, code: string | null, nl: string, en: string];

const STATE: Item[] = [
  [
    'state.examples',
    'state',
    'PRO.examples',
    'In mijn werk gebruik ik goede voorbeelden die ik bij collega’s elders heb gezien.',
    'In my work I use good practice I have seen colleagues elsewhere use.',
  ],
  [
    'state.autonomy',
    'state',
    'PRO.attitude',
    'Ik durf in mijn lessen of trainingen los te komen van de methode of het boek.',
    'In my lessons or training I feel free to depart from the set method or textbook.',
  ],
  [
    'state.methods_active',
    'state',
    'PRO.methods',
    'In mijn lessen of trainingen gebruik ik geregeld activerende werkvormen, zoals spelvormen of werken in groepjes.',
    'In my lessons or training I regularly use activating methods, such as games or group work.',
  ],
  [
    'state.subject_skills',
    'state',
    'PRO.subject_skills',
    'Ik beheers de vaardigheden van mijn vak of vakgebied goed genoeg om ze anderen voor te doen.',
    'I master the skills of my subject or field well enough to show them to others.',
  ],
  [
    'state.subject_knowledge',
    'state',
    'PRO.subject_knowledge',
    'Ik ben goed op de hoogte van de inhoud en de ontwikkelingen van mijn vak of vakgebied.',
    'I am well informed about the content of my subject or field and how it develops.',
  ],
  [
    'state.assessment_feedback',
    'state',
    'PRO.assessment',
    'Ik beoordeel het werk van leerlingen of cursisten ook met feedback die hen verder helpt, niet alleen met cijfers.',
    'I assess the work of learners also with feedback that helps them on, not only with marks.',
  ],
  [
    'state.language',
    'state',
    'PRO.language',
    'Ik voel me zeker als ik in mijn werk een vreemde taal spreek.',
    'I feel confident when I use a foreign language in my work.',
  ],
  ['state.ict', 'state', 'PRO.ict', 'Ik zet ICT doelgericht in bij mijn lessen of trainingen.', 'I use ICT purposefully in my lessons or training.'],
  [
    'state.leadership',
    'state',
    'PRO.leadership',
    'Ik neem het voortouw bij het organiseren van activiteiten of veranderingen in mijn team.',
    'I take the lead in organising activities or changes in my team.',
  ],
  ['state.job_satisfaction', 'state', 'PER.job_satisfaction', 'Ik ben tevreden met mijn werk.', 'I am satisfied with my job.'],
  [
    'state.career',
    'state',
    'PER.career',
    'Ik zie voor mijzelf mogelijkheden om verder te groeien in mijn loopbaan.',
    'I see opportunities for myself to grow further in my career.',
  ],
  [
    'state.intercultural',
    'state',
    'INT.competences',
    'Ik voel me op mijn gemak in contact met mensen uit andere landen en culturen.',
    'I feel at ease in contact with people from other countries and cultures.',
  ],
  [
    'state.awareness',
    'state',
    'INT.awareness',
    'Ik ben me bewust van hoe mijn eigen culturele achtergrond mijn manier van werken kleurt.',
    'I am aware of how my own cultural background colours the way I work.',
  ],
  [
    'state.systems',
    'state',
    'INT.systems',
    'Ik weet hoe het onderwijs in een ander Europees land is georganiseerd.',
    'I know how education is organised in another European country.',
  ],
  [
    'state.network',
    'state',
    'COL.network',
    'Ik heb collega’s in het buitenland die ik om raad kan vragen.',
    'I have colleagues abroad whom I can ask for advice.',
  ],
  [
    'state.partner_contact',
    'state',
    'COL.partner',
    'Ik heb contact met collega’s van een partnerschool of partnerorganisatie van mijn school.',
    'I am in contact with colleagues at a partner school or partner organisation of my school.',
  ],
  [
    'state.org_shared',
    'state',
    'ORG.shared',
    'In mijn school delen collega’s met elkaar wat zij buiten de school leren.',
    'In my school, colleagues share with each other what they learn outside the school.',
  ],
  [
    'state.team_methods',
    'state',
    'ORG.methods',
    'In mijn team gebruiken collega’s werkvormen die zij van elkaar hebben overgenomen.',
    'In my team, colleagues use teaching methods they have taken over from each other.',
  ],
  [
    'state.org_internationalisation',
    'state',
    'ORG.internationalisation',
    'Internationalisering staat in het plan van mijn school.',
    "Internationalisation is part of my school's plan.",
  ],
];

// the first version's retrospective items, unchanged: their keys carry on
const RETRO: Item[] = [
  [
    'retro.methods',
    'retrospective',
    'PRO.methods',
    'Sinds de activiteit gebruik ik nieuwe werkvormen in mijn werk.',
    'Since the activity I use new methods in my work.',
  ],
  [
    'retro.language',
    'retrospective',
    'PRO.language',
    'Sinds de activiteit is mijn vaardigheid in een vreemde taal toegenomen.',
    'Since the activity my skills in a foreign language have grown.',
  ],
  [
    'retro.attitude',
    'retrospective',
    'PRO.attitude',
    'Sinds de activiteit kijk ik anders naar mijn vak of naar lesgeven.',
    'Since the activity I look differently at my subject or at teaching.',
  ],
  [
    'retro.awareness',
    'retrospective',
    'INT.awareness',
    'Sinds de activiteit begrijp ik culturele verschillen beter.',
    'Since the activity I understand cultural differences better.',
  ],
  [
    'retro.shared',
    'retrospective',
    'ORG.shared',
    'Sinds de activiteit heb ik wat ik leerde gedeeld met collega’s of de leiding.',
    'Since the activity I have shared what I learned with colleagues or management.',
  ],
  [
    'retro.adopted',
    'retrospective',
    'ORG.methods',
    'Sinds de activiteit gebruiken collega’s in mijn team iets van wat ik meebracht.',
    'Since the activity colleagues in my team use something I brought back.',
  ],
  [
    'retro.partner',
    'retrospective',
    'COL.partner',
    'Sinds de activiteit heb ik contact gehouden met de partnerorganisatie.',
    'Since the activity I have kept in touch with the partner organisation.',
  ],
  [
    'retro.career',
    'retrospective',
    'PER.career',
    'Sinds de activiteit heb ik nieuwe taken of kansen in mijn loopbaan gekregen.',
    'Since the activity I have had new tasks or career opportunities.',
  ],
];

const GOAL_REACHED: Item = ['goal.reached', 'goal', null, 'In hoeverre heeft u dit leerdoel bereikt?', 'How far have you reached this learning goal?'];

/** At T1: the activity and how it was prepared, while the participant remembers. */
const FACTORS_T1: Item[] = [
  ['factor.goals', 'factor', 'FAC.preparation_goals', 'Ik ging met eigen, duidelijke leerdoelen op pad.', 'I set off with clear learning goals of my own.'],
  [
    'factor.fit',
    'factor',
    'FAC.participant_selection',
    'Deelname paste bij mijn eigen ontwikkeling en bij die van mijn school.',
    'Taking part fitted my own development and that of my school.',
  ],
  [
    'factor.course_found',
    'factor',
    'FAC.suitable_course',
    'Ik kon een cursus of activiteit vinden die bij mijn leervraag paste.',
    'I could find a course or activity that matched what I wanted to learn.',
  ],
  [
    'factor.ownership',
    'factor',
    'FAC.ownership',
    'Ik had zelf invloed op het programma en de doelen van de activiteit.',
    'I had a say in the programme and the goals of the activity.',
  ],
  [
    'factor.host',
    'factor',
    'FAC.host_quality',
    'De gastorganisatie of cursusaanbieder had een goed programma voorbereid.',
    'The host organisation or course provider had prepared a good programme.',
  ],
  [
    'factor.language',
    'factor',
    'FAC.language',
    'Mijn beheersing van de voertaal was voldoende om goed mee te doen.',
    'My command of the working language was good enough to take part fully.',
  ],
  [
    'factor.reflection',
    'factor',
    'FAC.reflection',
    'Ik had gelegenheid om terug te kijken op wat ik leerde.',
    'I had the chance to look back on what I learned.',
  ],
  [
    'factor.evaluation',
    'factor',
    'FAC.monitoring_evaluation',
    'Tijdens de activiteit werd regelmatig geëvalueerd en zo nodig bijgestuurd.',
    'During the activity we regularly evaluated and adjusted where needed.',
  ],
  [
    'factor.applicability',
    'factor',
    'FAC.direct_applicability',
    'Wat ik leerde, kon ik direct in mijn werk gebruiken.',
    'I could use what I learned in my work straight away.',
  ],
  [
    'factor.context',
    'factor',
    'FAC.context_differences',
    'Wat ik in het buitenland zag, kon ik vertalen naar de situatie in mijn eigen school.',
    'I could translate what I saw abroad to the situation in my own school.',
  ],
  [
    'factor.company',
    'factor',
    'FAC.pairs_or_alone',
    'Dat ik samen met een collega ging, of juist alleen, hielp mij om te leren.',
    'Going with a colleague, or on my own, helped me to learn.',
  ],
  [
    'factor.stay',
    'factor',
    'FAC.host_family',
    'Mijn verblijf, bijvoorbeeld bij een gastgezin, hielp mij de taal en de cultuur te leren kennen.',
    'Where I stayed, for example with a host family, helped me to get to know the language and the culture.',
  ],
];

/** At T2 and T3: what helped or hindered applying it at school. */
const FACTORS_LATER: Item[] = [
  [
    'factor.management',
    'factor',
    'FAC.management_support',
    'Mijn leidinggevende steunde mij bij het toepassen van wat ik leerde.',
    'My manager supported me in applying what I learned.',
  ],
  [
    'factor.time',
    'factor',
    'FAC.time_workload',
    'Ik kreeg tijd om het geleerde te delen en toe te passen.',
    'I was given time to share and apply what I learned.',
  ],
  ['factor.team', 'factor', 'FAC.whole_team', 'Collega’s in mijn team deden mee met de verandering.', 'Colleagues in my team took part in the change.'],
  [
    'factor.sharing',
    'factor',
    'FAC.sharing_dissemination',
    'Op school kreeg ik de gelegenheid om het geleerde met collega’s te delen.',
    'At school I was given the opportunity to share what I learned with colleagues.',
  ],
  [
    'factor.policy',
    'factor',
    'FAC.policy_embedding',
    'Wat ik leerde, sluit aan bij de plannen van mijn school.',
    'What I learned fits the plans of my school.',
  ],
  [
    'factor.recognition',
    'factor',
    'FAC.recognition',
    'Mijn school erkent wat ik leerde, bijvoorbeeld in mijn ontwikkelplan of met een certificaat.',
    'My school recognises what I learned, for example in my development plan or with a certificate.',
  ],
  [
    'factor.contact',
    'factor',
    'FAC.keeping_contact',
    'Ik heb contact gehouden met mensen die ik in het buitenland leerde kennen.',
    'I have kept in touch with people I got to know abroad.',
  ],
  [
    'factor.driver',
    'factor',
    'FAC.driving_leader',
    'In mijn school is er iemand die deze ontwikkeling trekt en anderen meeneemt.',
    'In my school there is someone who drives this development and takes others along.',
  ],
];

const OPEN_T1: Item[] = [
  [
    'open.plan',
    'open',
    null,
    'Wat gaat u in uw werk anders doen, en waarmee begint u?',
    'What will you do differently in your work, and what will you start with?',
  ],
  ['open.activity_helped', 'open', null, 'Wat hielp u tijdens de activiteit het meest om te leren?', 'What helped you most to learn during the activity?'],
  ['open.activity_hindered', 'open', null, 'Wat zat u tijdens de activiteit in de weg?', 'What got in your way during the activity?'],
];

// the first version's open questions after the activity, unchanged
const OPEN_LATER: Item[] = [
  ['open.different', 'open', null, 'Wat doet u nu anders dan vóór de activiteit?', 'What do you do differently now than before the activity?'],
  ['open.shared', 'open', null, 'Wat heeft u gedeeld, en met wie?', 'What have you shared, and with whom?'],
  ['open.helped', 'open', null, 'Wat hielp u om het geleerde toe te passen?', 'What helped you to apply what you learned?'],
  ['open.hindered', 'open', null, 'Wat zat u daarbij in de weg?', 'What got in the way?'],
];

const ORGANISATION: Item[] = [
  [
    'org.plan_internationalisation',
    'state',
    'ORG.internationalisation',
    'Internationalisering heeft een vaste plaats in het schoolplan of beleidsplan van onze organisatie.',
    'Internationalisation has a firm place in the school plan or policy plan of our organisation.',
  ],
  [
    'org.mobility',
    'state',
    'ORG.internationalisation',
    'Medewerkers en leerlingen van onze organisatie gaan geregeld naar het buitenland om te leren.',
    'Staff and learners of our organisation regularly go abroad to learn.',
  ],
  [
    'org.policy',
    'state',
    'ORG.change',
    'Onze organisatie past haar beleid en werkwijze aan op grond van wat medewerkers bij scholing leren.',
    'Our organisation adapts its policy and way of working on the basis of what staff learn in training.',
  ],
  [
    'org.themes',
    'state',
    'ORG.themes',
    'In ons onderwijsprogramma komen thema’s aan bod die het team samen heeft gekozen, zoals burgerschap, sociale veiligheid of vroeg vreemdetalenonderwijs.',
    'Our curriculum covers themes the team has chosen together, such as citizenship, social safety or early foreign-language teaching.',
  ],
  [
    'org.methods',
    'state',
    'ORG.methods',
    'Teams in onze organisatie werken met samen afgesproken didactische aanpakken.',
    'Teams in our organisation work with teaching approaches they have agreed together.',
  ],
  [
    'org.shared',
    'state',
    'ORG.shared',
    'Medewerkers die scholing volgen, delen wat zij leren in teamoverleg of op studiedagen.',
    'Staff who take part in training share what they learn in team meetings or on study days.',
  ],
  [
    'org.learners',
    'state',
    'ORG.learners',
    'Onze leerlingen of cursisten halen goede resultaten op de onderdelen waaraan ons team werkt.',
    'Our learners achieve good results in the areas our team is working on.',
  ],
  [
    'org.agenda',
    'state',
    'ORG.agenda',
    'Onze organisatie brengt onderwerpen uit haar onderwijs onder de aandacht van gemeente, sector of beleid.',
    'Our organisation brings topics from its education to the attention of the municipality, the sector or policy makers.',
  ],
  [
    'org.labour_market',
    'state',
    'COL.labour_market',
    'Wij werken structureel samen met bedrijven of andere organisaties op de arbeidsmarkt.',
    'We work together on a regular basis with companies or other labour-market organisations.',
  ],
  [
    'org.civil_society',
    'state',
    'COL.civil_society',
    'Wij werken structureel samen met maatschappelijke organisaties, zoals welzijnswerk, bibliotheek of vrijwilligersorganisaties.',
    'We work together on a regular basis with civil-society organisations, such as social work, the library or volunteer organisations.',
  ],
  [
    'org.partners_abroad',
    'state',
    'COL.partner',
    'Wij hebben een vaste samenwerking met een of meer organisaties in het buitenland.',
    'We have an ongoing cooperation with one or more organisations abroad.',
  ],
  [
    'org.open.changes',
    'open',
    null,
    'Wat is er in beleid, onderwijs of samenwerking van uw organisatie in beweging, en wat draagt daaraan bij?',
    "What is moving in your organisation's policy, teaching or cooperation, and what contributes to it?",
  ],
  [
    'org.open.results',
    'open',
    null,
    'Welke gegevens over de resultaten van uw leerlingen of cursisten heeft u (toetsen, examens, inspectie, taalniveaus), en wat laten die zien?',
    "What data on your learners' results do you have (tests, exams, inspection, language levels), and what do they show?",
  ],
];

const ORGANISATION_INTRO = {
  nl: 'U vult deze vragenlijst in voor uw organisatie als geheel, als coördinator of schoolleider. Dezelfde uitspraken komen vooraf, na een jaar en na drie jaar terug, zodat te zien is wat er in de organisatie verandert.',
  en: 'You answer this questionnaire for your organisation as a whole, as coordinator or school leader. The same statements come back before, after a year and after three years, so that what changes in the organisation can be seen.',
};

const INSTRUMENTS: { audience: string; moment: string; nl: string; en: string; introNl: string; introEn: string; items: Item[] }[] = [
  {
    audience: 'participant',
    moment: 'T0',
    nl: 'Vooraf: uw startpunt en leerdoelen',
    en: 'Before: your starting point and learning goals',
    introNl:
      'Deze vragenlijst legt uw startpunt vast, zodat u later kunt zien wat er veranderd is. De uitspraken gaan over hoe het nu is; u krijgt dezelfde uitspraken later nog eens.',
    introEn:
      'This questionnaire records your starting point, so that you can later see what has changed. The statements are about how things are now; you will get the same statements again later.',
    items: [
      ...STATE,
      [
        'open.goals',
        'open',
        null,
        'Wat wilt u leren tijdens de activiteit, en wat wilt u daarna anders doen?',
        'What do you want to learn during the activity, and what do you want to do differently afterwards?',
      ],
      [
        'open.needs',
        'open',
        null,
        'Wat heeft u van uw school nodig om het geleerde toe te passen?',
        'What do you need from your school to apply what you learn?',
      ],
    ],
  },
  {
    audience: 'participant',
    moment: 'D',
    nl: 'Dagelijkse reflectie',
    en: 'Daily reflection',
    introNl: 'Drie korte vragen over vandaag, en wat de dag deed voor uw eigen leerdoelen. Uw antwoorden helpen de groep het programma bij te sturen.',
    introEn: 'Three short questions about today, and what the day did for your own learning goals. Your answers help the group adjust the programme.',
    items: [
      ['daily.learned', 'open', null, 'Wat heb ik vandaag geleerd?', 'What did I learn today?'],
      ['daily.use', 'open', null, 'Wat ga ik thuis gebruiken?', 'What will I use at home?'],
      ['daily.surprised', 'open', null, 'Wat verraste of stoorde mij?', 'What surprised or bothered me?'],
      ['goal.day', 'goal', null, 'Wat heeft deze dag opgeleverd voor dit leerdoel?', 'What did this day bring for this learning goal?'],
    ],
  },
  {
    audience: 'participant',
    moment: 'T1',
    nl: 'Bij terugkomst',
    en: 'On return',
    introNl: 'U bent terug van de activiteit. Hoe staat u er nu voor, hoe ver bent u met uw leerdoelen, en wat neemt u mee?',
    introEn: 'You are back from the activity. Where do you stand now, how far have you got with your learning goals, and what do you bring back?',
    items: [...STATE, ...RETRO, GOAL_REACHED, ...FACTORS_T1, ...OPEN_T1],
  },
  {
    audience: 'participant',
    moment: 'T2',
    nl: 'Een jaar later',
    en: 'A year later',
    introNl: 'Een jaar na de activiteit: wat is er gebleven, in uw werk en in uw school, en hoe ver bent u met uw leerdoelen?',
    introEn: 'A year after the activity: what has lasted, in your work and in your school, and how far have you got with your learning goals?',
    items: [...STATE, ...RETRO, GOAL_REACHED, ...FACTORS_LATER, ...OPEN_LATER],
  },
  {
    audience: 'participant',
    moment: 'T3',
    nl: 'Drie jaar later',
    en: 'Three years later',
    introNl: 'Drie jaar of meer na de activiteit: wat is er blijvend veranderd?',
    introEn: 'Three years or more after the activity: what has changed for good?',
    items: [...STATE, ...RETRO, ...FACTORS_LATER, ...OPEN_LATER],
  },
  {
    audience: 'organisation',
    moment: 'T0',
    nl: 'Uw organisatie: het startpunt',
    en: 'Your organisation: the starting point',
    introNl: ORGANISATION_INTRO.nl,
    introEn: ORGANISATION_INTRO.en,
    items: ORGANISATION,
  },
  {
    audience: 'organisation',
    moment: 'T2',
    nl: 'Uw organisatie, een jaar later',
    en: 'Your organisation, a year later',
    introNl: ORGANISATION_INTRO.nl,
    introEn: ORGANISATION_INTRO.en,
    items: ORGANISATION,
  },
  {
    audience: 'organisation',
    moment: 'T3',
    nl: 'Uw organisatie, drie jaar later',
    en: 'Your organisation, three years later',
    introNl: ORGANISATION_INTRO.nl,
    introEn: ORGANISATION_INTRO.en,
    items: ORGANISATION,
  },
];

const PUBLISHED_AT = '2026-11-29T07:00:00.000Z';
const instrumentId = (i: number) => `00000000-0000-7000-8003-${i.toString(16).padStart(12, '0')}`;
const itemId = (i: number, j: number) => `00000000-0000-7000-8004-${(i * 1000 + j).toString(16).padStart(12, '0')}`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [i, inst] of INSTRUMENTS.entries()) {
    // after any version the NA admin published meanwhile
    const latest = await db
      .selectFrom('instruments')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('audience', '=', inst.audience)
      .where('moment', '=', inst.moment)
      .executeTakeFirst();
    const id = instrumentId(i + 1);
    await db
      .insertInto('instruments')
      .values({
        id,
        audience: inst.audience,
        moment: inst.moment,
        version: Number(latest?.v ?? 0) + 1,
        title_nl: inst.nl,
        title_en: inst.en,
        intro_nl: inst.introNl,
        intro_en: inst.introEn,
        published_at: PUBLISHED_AT,
        created_by: null,
        created_at: PUBLISHED_AT,
      })
      .execute();
    await db
      .insertInto('instrument_items')
      .values(
        inst.items.map(([key, kind, code, nl, en], j) => ({
          id: itemId(i + 1, j + 1),
          instrument_id: id,
          key,
          kind,
          typology_code: code && !code.startsWith('FAC.') ? code : null,
          factor_code: code?.startsWith('FAC.') ? code : null,
          text_nl: nl,
          text_en: en,
          required: 0,
          sort: j,
        })),
      )
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const ids = INSTRUMENTS.map((_, i) => instrumentId(i + 1));
  await db.deleteFrom('instrument_items').where('instrument_id', 'in', ids).execute();
  await db.deleteFrom('instruments').where('id', 'in', ids).execute();
}
