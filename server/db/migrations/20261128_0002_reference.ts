import type { Kysely } from 'kysely';

// Frozen: the reference data of DESIGN.md as it was first released. Later changes come as new migrations.

type Term = [code: string, nl: string, en: string, parent?: string];

const TERMS: Record<string, Term[]> = {
  sector: [
    ['po', 'Primair onderwijs', 'Primary education'],
    ['vo', 'Voortgezet onderwijs', 'Secondary education'],
    ['mbo', 'Middelbaar beroepsonderwijs', 'Vocational education and training'],
    ['ho', 'Hoger onderwijs', 'Higher education'],
    ['ve', 'Volwasseneneducatie', 'Adult education'],
  ],
  key_action: [
    ['KA1', 'KA1 Mobiliteit van personeel', 'KA1 Staff mobility'],
    ['KA2', 'KA2 Strategisch partnerschap', 'KA2 Strategic partnership'],
  ],
  activity_type: [
    ['structured_course', 'Cursus of scholing', 'Structured course', 'KA1'],
    ['job_shadowing', 'Job-shadowing', 'Job shadowing', 'KA1'],
    ['teaching_assignment', 'Lesgeefopdracht', 'Teaching assignment', 'KA1'],
    ['study_visit', 'Studiereis', 'Study visit', 'KA1'],
    ['project_meeting', 'Projectbijeenkomst', 'Transnational project meeting', 'KA2'],
    ['training_activity', 'Leer-, onderwijs- of trainingsactiviteit', 'Learning, teaching or training activity', 'KA2'],
    ['multiplier_event', 'Multiplier event', 'Multiplier event', 'KA2'],
    ['output_development', 'Ontwikkeling van een intellectuele output', 'Intellectual output development', 'KA2'],
  ],
  impact_level: [
    ['individual', 'Individu (de deelnemer)', 'Individual (the participant)'],
    ['organisation', 'Organisatie (school of instelling, met haar leerlingen)', 'Organisation (school or institution, with its learners)'],
    ['beyond', 'Daarbuiten (andere scholen, sector, regio, beleid, Europa)', 'Beyond (other schools, sector, region, policy, Europe)'],
  ],
  moment: [
    ['T0', 'T0 Vooraf (nulmeting en leerdoelen)', 'T0 Before (baseline and learning goals)'],
    ['D', 'D Tijdens (dagelijkse evaluatie)', 'D During (daily evaluation)'],
    ['T1', 'T1 Bij terugkomst', 'T1 On return'],
    ['T2', 'T2 Na ongeveer 12 maanden (terugkomdag)', 'T2 After about 12 months (follow-up day)'],
    ['T3', 'T3 Lange termijn, 36 maanden of meer', 'T3 Long term, 36 months or more'],
  ],
  interviewee_role: [
    ['teacher', 'Docent of leerkracht', 'Teacher'],
    ['coordinator', 'Coördinator', 'Coordinator'],
    ['manager', 'Leidinggevende', 'Manager'],
    ['trainer', 'Trainer', 'Trainer'],
    ['volunteer', 'Vrijwilliger', 'Volunteer'],
    ['learner', 'Leerling, student of cursist', 'Learner'],
    ['policy_maker', 'Beleidsmaker', 'Policy maker'],
    ['partner', 'Partner', 'Partner'],
    ['third_party', 'Derde partij', 'Third party'],
  ],
  organisation_type: [
    ['primary_school', 'Basisschool', 'Primary school'],
    ['secondary_school', 'School voor voortgezet onderwijs', 'Secondary school'],
    ['vet_college', 'Mbo-instelling', 'VET college'],
    ['higher_education', 'Instelling voor hoger onderwijs', 'Higher education institution'],
    ['adult_education', 'Aanbieder van volwasseneneducatie', 'Adult education provider'],
    ['sector_organisation', 'Sectororganisatie of netwerk', 'Sector organisation or network'],
    ['other', 'Andere organisatie', 'Other organisation'],
  ],
  project_status: [
    ['planned', 'Gepland', 'Planned'],
    ['running', 'Lopend', 'Running'],
    ['finished', 'Afgerond', 'Finished'],
    ['archived', 'Gearchiveerd', 'Archived'],
  ],
  partner_role: [
    ['partner', 'Partner', 'Partner'],
    ['host', 'Gastorganisatie', 'Host organisation'],
    ['coordinator', 'Coördinator', 'Coordinator'],
    ['trainer', 'Cursusaanbieder', 'Course provider'],
  ],
  product_kind: [
    ['toolkit', 'Toolkit', 'Toolkit'],
    ['training', 'Training of cursus', 'Training or course'],
    ['method', 'Methode of instrument', 'Method or instrument'],
    ['website', 'Website of platform', 'Website or platform'],
    ['publication', 'Publicatie', 'Publication'],
    ['certificate', 'Certificaat of keurmerk', 'Certificate or quality label'],
    ['other', 'Ander product', 'Other product'],
  ],
};

const TYPOLOGY: Term[] = [
  ['PRO', 'Professionele ontwikkeling', 'Professional development'],
  ['PRO.examples', 'Heeft geleerd van goede voorbeelden', 'Learned from good practice', 'PRO'],
  ['PRO.attitude', 'Attitude ten opzichte van onderwijs, trainen is veranderd', 'Attitude to teaching or training changed', 'PRO'],
  ['PRO.methods', 'Heeft kennis gemaakt met nieuwe leermethoden', 'Met new teaching and learning methods', 'PRO'],
  ['PRO.subject_skills', 'Heeft nieuwe vakspecifieke vaardigheden aangeleerd', 'Learned new subject-specific skills', 'PRO'],
  ['PRO.subject_knowledge', 'Heeft nieuwe vakkennis opgedaan', 'Gained new subject knowledge', 'PRO'],
  ['PRO.assessment', 'Heeft kennis gemaakt met nieuwe beoordelingsmethoden', 'Met new assessment methods', 'PRO'],
  ['PRO.language', 'Vaardigheid in buitenlandse taal is toegenomen', 'Foreign-language skills increased', 'PRO'],
  ['PRO.ict', 'ICT-vaardigheden zijn toegenomen', 'ICT skills increased', 'PRO'],
  ['PRO.leadership', 'Organisatorische en leiderschapsvaardigheden zijn toegenomen', 'Organisational and leadership skills increased', 'PRO'],
  ['PER', 'Persoonlijke ontwikkeling', 'Personal development'],
  ['PER.job_satisfaction', 'De tevredenheid met baan is toegenomen', 'Job satisfaction increased', 'PER'],
  ['PER.career', 'De carrièremogelijkheden zijn toegenomen', 'Career opportunities increased', 'PER'],
  ['INT', 'Interculturele ontwikkeling', 'Intercultural development'],
  ['INT.competences', 'Sociale, taalkundige en/of culturele competenties zijn toegenomen', 'Social, linguistic or cultural competences increased', 'INT'],
  ['INT.awareness', 'Cultureel bewustzijn en uitdrukkingskracht zijn toegenomen', 'Cultural awareness and expression increased', 'INT'],
  ['INT.systems', 'Kennis van onderwijssystemen in andere landen is toegenomen', "Knowledge of other countries' education systems increased", 'INT'],
  ['ORG', 'Impact op eigen organisatie', 'Impact on own organisation'],
  ['ORG.shared', 'Kennis en vaardigheden zijn gedeeld met docenten en management', 'Knowledge and skills shared with colleagues and management', 'ORG'],
  [
    'ORG.internationalisation',
    'Internationalisering beter ingebed in curriculum; mobiliteit van andere docenten en studenten toegenomen',
    'Internationalisation embedded in the curriculum; more mobility of other staff and learners',
    'ORG',
  ],
  ['ORG.change', 'Veranderingen in de organisatie, het management', 'Changes in the organisation or its management', 'ORG'],
  ['ORG.themes', "Er worden nieuwe onderwijsthema's gehanteerd", 'New educational themes taken up', 'ORG'],
  ['ORG.methods', 'Er worden nieuwe leermethodes, benaderingen gehanteerd', 'New teaching methods or approaches in use', 'ORG'],
  ['ORG.learners', '(Uitbreiding) Hogere leeropbrengsten van leerlingen/studenten', '(Extension) Better learning results of pupils or students', 'ORG'],
  ['ORG.agenda', "(Uitbreiding) Maatschappelijke impact, agenderen van thema's", '(Extension) Societal impact, putting themes on the agenda', 'ORG'],
  ['COL', 'Samenwerking', 'Cooperation'],
  ['COL.network', 'Het professioneel netwerk is vergroot', 'Professional network enlarged', 'COL'],
  ['COL.labour_market', 'Samenwerking met arbeidsmarktorganisaties geïntensiveerd', 'Cooperation with labour-market organisations intensified', 'COL'],
  ['COL.civil_society', 'Samenwerking met maatschappelijke organisaties geïntensiveerd', 'Cooperation with civil-society organisations intensified', 'COL'],
  ['COL.partner', 'Samenwerking met partnerinstituut of -organisatie geïntensiveerd', 'Cooperation with the partner institution intensified', 'COL'],
];

const DOMAIN_COLOURS: Record<string, string> = {
  PRO: '#1864ab',
  PER: '#862e9c',
  INT: '#2b8a3e',
  ORG: '#c92a2a',
  COL: '#a85d00',
};

const LEVELS: Term[] = [
  ['individual', 'Individu', 'Individual'],
  ['organisation', 'Organisatie', 'Organisation'],
  ['beyond', 'Daarbuiten', 'Beyond'],
];

const FACTORS: Term[] = [
  ['FAC.management_support', 'Steun van het management', 'Management support'],
  ['FAC.policy_embedding', 'Inbedding in beleid', 'Embedding in policy'],
  ['FAC.whole_team', 'Betrokkenheid van het hele team', 'Whole-team involvement'],
  ['FAC.single_driver', 'Afhankelijkheid van één trekker', 'Dependence on one driving person'],
  ['FAC.partner_choice', 'Keuze en kennis van partners', 'Choice and knowledge of partners'],
  ['FAC.participant_selection', 'Selectie van deelnemers', 'Selection of participants'],
  ['FAC.preparation_goals', 'Voorbereiding en eigen leerdoelen', 'Preparation and own learning goals'],
  ['FAC.direct_applicability', 'Directe toepasbaarheid', 'Direct applicability'],
  ['FAC.monitoring_evaluation', 'Monitoring en evaluatie', 'Monitoring and evaluation'],
  ['FAC.reflection', 'Reflectie', 'Reflection'],
  ['FAC.sharing_dissemination', "Delen met collega's en verspreiding", 'Sharing with colleagues and dissemination'],
  ['FAC.time_workload', 'Tijd en werkdruk (vervanging, vakantiedagen)', 'Time and workload (substitution, holidays used)'],
  ['FAC.funding', 'Financiering en cofinanciering', 'Funding and co-financing'],
  ['FAC.administrative_burden', 'Administratieve last', 'Administrative burden'],
  ['FAC.language', 'Taal', 'Language'],
  ['FAC.role_clarity', 'Duidelijkheid van rollen', 'Clarity of roles'],
  ['FAC.staff_turnover', 'Personeelsverloop', 'Staff turnover'],
  ['FAC.context_differences', 'Verschillen in context tussen landen', 'Differences of context between countries'],
  ['FAC.recognition', 'Erkenning van het geleerde (certificaat, POP)', 'Recognition of the learning (certificate, personal development plan)'],
  ['FAC.host_quality', 'Kwaliteit en inzet van de gastorganisatie', 'Quality and commitment of the host organisation'],
  ['FAC.keeping_contact', 'Contact houden na afloop', 'Keeping contact afterwards'],
  ['FAC.product_feedback', 'Terugkoppeling over het gebruik van producten', 'Feedback on the use of products'],
  ['FAC.fixed_format', 'Vast projectformat', 'A fixed project format'],
  ['FAC.ownership', 'Eigenaarschap bij deelnemers', 'Ownership by participants'],
  ['FAC.stakeholder_involvement', 'Betrokkenheid van stakeholders en het werkveld', 'Involvement of stakeholders and the sector'],
  ['FAC.project_leadership', 'Projectleiderschap', 'Project leadership'],
];

const CREATED_AT = '2026-11-28T00:00:00.000Z';

// Fixed ids keep the system codebooks identical on every installation (and in REFI-QDA exports).
function systemId(n: number): string {
  return `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export async function up(db: Kysely<any>): Promise<void> {
  const rows = Object.entries(TERMS).flatMap(([kind, terms]) =>
    terms.map(([code, nl, en, parent], i) => ({ kind, code, parent_code: parent ?? null, label_nl: nl, label_en: en, sort: i })),
  );
  await db.insertInto('reference_terms').values(rows).execute();

  const books: { key: string; kind: string; nl: string; en: string; codes: Term[] }[] = [
    { key: 'typology', kind: 'typology', nl: 'Typologie van impact', en: 'Typology of impact', codes: TYPOLOGY },
    { key: 'levels', kind: 'level', nl: 'Impactniveaus', en: 'Impact levels', codes: LEVELS },
    { key: 'factors', kind: 'factor', nl: 'Bevorderende en belemmerende factoren', en: 'Promoting and hindering factors', codes: FACTORS },
  ];
  let n = 1;
  for (const book of books) {
    const bookId = systemId(n++);
    await db
      .insertInto('codebooks')
      .values({ id: bookId, key: book.key, kind: book.kind, name_nl: book.nl, name_en: book.en, organisation_id: null, is_system: 1, created_at: CREATED_AT })
      .execute();
    const idByKey = new Map<string, string>();
    for (const [i, [key, nl, en, parent]] of book.codes.entries()) {
      const id = systemId(n++);
      idByKey.set(key, id);
      const domain = key.split('.')[0]!;
      await db
        .insertInto('codes')
        .values({
          id,
          codebook_id: bookId,
          key,
          parent_id: parent ? idByKey.get(parent)! : null,
          name_nl: nl,
          name_en: en,
          description_nl: null,
          description_en: null,
          color: book.kind === 'typology' ? (DOMAIN_COLOURS[domain] ?? null) : book.kind === 'level' ? '#495057' : '#5f3dc4',
          sort: i,
          archived_at: null,
        })
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('codes').execute();
  await db.deleteFrom('codebooks').execute();
  await db.deleteFrom('reference_terms').execute();
}
