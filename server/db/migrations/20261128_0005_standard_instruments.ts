import type { Kysely } from 'kysely';

// Frozen: the first published version of the standard questionnaire per moment (DESIGN.md,
// "Questionnaire design"). State items keep the same wording at every moment so that one
// person's answers compare; retrospective items ask about change since the activity.

type Item = [key: string, kind: 'state' | 'retrospective' | 'open' | 'factor', code: string | null, nl: string, en: string];

const STATE: Item[] = [
  [
    'state.examples',
    'state',
    'PRO.examples',
    'In mijn werk gebruik ik goede voorbeelden die ik bij collega’s elders heb gezien.',
    'In my work I use good practice I have seen colleagues elsewhere use.',
  ],
  [
    'state.methods',
    'state',
    'PRO.methods',
    'Ik gebruik werkvormen die een jaar geleden nieuw voor mij waren.',
    'I use teaching methods that were new to me a year ago.',
  ],
  [
    'state.assessment',
    'state',
    'PRO.assessment',
    'Ik beoordeel het werk van leerlingen ook op manieren die nieuw voor mij waren.',
    "I assess learners' work in ways that were new to me.",
  ],
  [
    'state.language',
    'state',
    'PRO.language',
    'Ik voel me zeker als ik in mijn werk een vreemde taal spreek.',
    'I feel confident when I use a foreign language in my work.',
  ],
  ['state.ict', 'state', 'PRO.ict', 'Ik zet ICT doelgericht in bij mijn lessen of trainingen.', 'I use ICT purposefully in my lessons or training.'],
  ['state.job_satisfaction', 'state', 'PER.job_satisfaction', 'Ik ben tevreden met mijn werk.', 'I am satisfied with my job.'],
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
    'state.org_shared',
    'state',
    'ORG.shared',
    'In mijn school delen collega’s met elkaar wat zij buiten de school leren.',
    'In my school, colleagues share with each other what they learn outside the school.',
  ],
  [
    'state.org_internationalisation',
    'state',
    'ORG.internationalisation',
    'Internationalisering staat in het plan van mijn school.',
    "Internationalisation is part of my school's plan.",
  ],
];

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

const FACTORS: Item[] = [
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
  [
    'factor.applicability',
    'factor',
    'FAC.direct_applicability',
    'Wat ik leerde, kon ik direct in mijn werk gebruiken.',
    'I could use what I learned in my work straight away.',
  ],
  ['factor.team', 'factor', 'FAC.whole_team', 'Collega’s in mijn team deden mee met de verandering.', 'Colleagues in my team took part in the change.'],
];

const OPEN_AFTER: Item[] = [
  ['open.different', 'open', null, 'Wat doet u nu anders dan vóór de activiteit?', 'What do you do differently now than before the activity?'],
  ['open.shared', 'open', null, 'Wat heeft u gedeeld, en met wie?', 'What have you shared, and with whom?'],
  ['open.helped', 'open', null, 'Wat hielp u om het geleerde toe te passen?', 'What helped you to apply what you learned?'],
  ['open.hindered', 'open', null, 'Wat zat u daarbij in de weg?', 'What got in the way?'],
];

const INSTRUMENTS: { moment: string; nl: string; en: string; introNl: string; introEn: string; items: Item[] }[] = [
  {
    moment: 'T0',
    nl: 'Vooraf: uw startpunt en leerdoelen',
    en: 'Before: your starting point and learning goals',
    introNl: 'Deze vragenlijst legt uw startpunt vast, zodat u later kunt zien wat er veranderd is. Het invullen duurt ongeveer tien minuten.',
    introEn: 'This questionnaire records your starting point, so that you can later see what has changed. It takes about ten minutes.',
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
    moment: 'D',
    nl: 'Dagelijkse reflectie',
    en: 'Daily reflection',
    introNl: 'Drie korte vragen over vandaag. Uw antwoorden helpen de groep het programma bij te sturen.',
    introEn: 'Three short questions about today. Your answers help the group adjust the programme.',
    items: [
      ['daily.learned', 'open', null, 'Wat heb ik vandaag geleerd?', 'What did I learn today?'],
      ['daily.use', 'open', null, 'Wat ga ik thuis gebruiken?', 'What will I use at home?'],
      ['daily.surprised', 'open', null, 'Wat verraste of stoorde mij?', 'What surprised or bothered me?'],
    ],
  },
  {
    moment: 'T1',
    nl: 'Bij terugkomst',
    en: 'On return',
    introNl: 'U bent net terug. Hoe staat u er nu voor, en wat neemt u mee? Het invullen duurt ongeveer tien minuten.',
    introEn: 'You have just returned. Where do you stand now, and what do you bring back? It takes about ten minutes.',
    items: [...STATE, ...RETRO, ...FACTORS, ...OPEN_AFTER],
  },
  {
    moment: 'T2',
    nl: 'Een jaar later',
    en: 'A year later',
    introNl: 'Een jaar na de activiteit: wat is er gebleven, in uw werk en in uw school?',
    introEn: 'A year after the activity: what has lasted, in your work and in your school?',
    items: [...STATE, ...RETRO, ...FACTORS, ...OPEN_AFTER],
  },
  {
    moment: 'T3',
    nl: 'Drie jaar later',
    en: 'Three years later',
    introNl: 'Drie jaar of meer na de activiteit: wat is er blijvend veranderd?',
    introEn: 'Three years or more after the activity: what has changed for good?',
    items: [...STATE, ...RETRO, ...FACTORS, ...OPEN_AFTER],
  },
];

const CREATED_AT = '2026-11-28T00:00:00.000Z';
const instrumentId = (i: number) => `00000000-0000-7000-8001-${i.toString(16).padStart(12, '0')}`;
const itemId = (i: number, j: number) => `00000000-0000-7000-8002-${(i * 1000 + j).toString(16).padStart(12, '0')}`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [i, inst] of INSTRUMENTS.entries()) {
    const id = instrumentId(i + 1);
    await db
      .insertInto('instruments')
      .values({
        id,
        moment: inst.moment,
        version: 1,
        title_nl: inst.nl,
        title_en: inst.en,
        intro_nl: inst.introNl,
        intro_en: inst.introEn,
        published_at: CREATED_AT,
        created_by: null,
        created_at: CREATED_AT,
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
  await db.deleteFrom('instrument_items').execute();
  await db.deleteFrom('instruments').execute();
}
