import type { DisseminationScope, DisseminationType, FollowUpType, PartnerKind } from '../../../shared/after-project.js';
import type { DemoCase } from './demo-types.js';

// After the project, as far as the report tells it: SSgN (section 2.3), The Dutch Alliance
// (section 3.3), BLASTER (section 4) and VIME (section 5). The report gives no dates, reach
// figures or web addresses for any of this, so the demo has none; where it is silent about
// something, nothing is added. Where it names no form for a dissemination, the nearest of the
// issue's types is taken and the note quotes what the report does say.

export interface DemoAfterProject {
  caseKey: DemoCase['key'];
  projectIndex: number;
  /** `scope` only where the report says who was reached and the type's usual scope does not fit */
  disseminations: { type: DisseminationType; scope?: DisseminationScope; title: string; audience: string; notes: string }[];
  /** with one of the project's partners (`partner`, by name) or another organisation (`organisation`) */
  followUps: (({ partner: string } | { organisation: string }) & { type: FollowUpType; partnerKind: PartnerKind; description: string })[];
}

export const DEMO_AFTER_PROJECT: DemoAfterProject[] = [
  {
    caseKey: 'ssgn',
    projectIndex: 0,
    disseminations: [
      {
        type: 'conference',
        // about the school's own teachers: they are the ones who changed how they assess
        scope: 'internal',
        title: 'Conferentie over de visie en het onderwijs in IJsland',
        audience: 'Docenten',
        notes:
          'Na de job-shadowing in IJsland schreven de docenten een rapport over formatief toetsen; op de conferentie die de SSgN daarna organiseerde, raakten veel docenten geïnspireerd en gingen ze anders met formatieve toetsen werken: meer gericht op persoonlijke feedback en minder op cijfers.',
      },
      {
        type: 'website',
        title: 'Persberichten op de website',
        audience: 'Bezoekers van de website van de school',
        notes: '‘De SSgN adviseert andere scholen, plaatst persberichten op de website en in de nieuwsbrief en deelt ervaringen op Facebook.’',
      },
      {
        type: 'newsletter',
        title: 'Persberichten in de nieuwsbrief',
        audience: 'Lezers van de nieuwsbrief',
        notes: 'Dezelfde persberichten als op de website.',
      },
      {
        type: 'social_media',
        title: 'Ervaringen gedeeld op Facebook',
        audience: 'Volgers van de school op Facebook',
        notes: 'De school deelt er de ervaringen van haar docenten.',
      },
      {
        type: 'team_meeting',
        title: 'Ervaringen uitgewisseld met de directie',
        audience: 'Directie',
        notes: 'Er wordt besproken wat er met de opbrengsten gedaan kan worden.',
      },
      {
        type: 'team_meeting',
        title: 'Internationale mobiliteit in het teamoverleg van alle secties',
        audience: 'Alle secties',
        notes:
          'De school stimuleert internationale mobiliteit in het teamoverleg; steeds meer nieuwe docenten melden zich uit zichzelf aan, en docenten die al zijn geweest willen nieuwe studiereizen maken.',
      },
    ],
    followUps: [
      {
        type: 'counter_visit',
        partner: 'Vo-school in IJsland',
        partnerKind: 'education',
        description:
          'Als vervolg op de docentenmobiliteiten kwam een groep docenten van de IJslandse school naar de SSgN (en andere scholen) om het Nederlandse onderwijssysteem te bekijken en van elkaar te leren.',
      },
      {
        type: 'lasting_contact',
        partner: 'Vo-school in IJsland',
        partnerKind: 'education',
        description:
          'Later reisde nog een docent van de SSgN voor een ander thema (genderdiversiteit) naar dezelfde school; zo is een structurele uitwisseling van kennis en ervaringen tussen beide scholen ontstaan.',
      },
    ],
  },
  {
    caseKey: 'tda',
    projectIndex: 0,
    disseminations: [
      {
        // the report names no form: a presentation is the nearest of the types
        type: 'presentation',
        title: 'Verspreiding in de eigen regio van elke school en daarbuiten',
        audience: 'De eigen regio van elke deelnemende school, en daarbuiten',
        notes:
          '‘De disseminatie heeft plaatsgevonden in de eigen regio van elke school en daarbuiten.’ Daardoor kwamen in de regio Rotterdam de vier mbo-instellingen bij elkaar om kennis en ervaring te delen. Hetzelfde thema staat inmiddels op de mbo-beleidsagenda van de gemeente Amsterdam.',
      },
    ],
    followUps: [
      {
        type: 'new_project',
        organisation: 'De vier mbo-instellingen in de regio Rotterdam',
        partnerKind: 'education',
        description:
          'Na de verspreiding in de regio besloten zij om in het najaar samen naar Newcastle te gaan, voor een studiereis die lijkt op Safeguarding; het thema heet nu ‘Stedelijke uitdaging’.',
      },
    ],
  },
  {
    caseKey: 'ucr',
    projectIndex: 0,
    disseminations: [
      {
        type: 'website',
        title: 'Gids, training kit en onderzoekshandleiding op de website van ECOLAS',
        audience: 'Iedereen die ze wil gebruiken: beleidsmakers, onderwijskundigen, beslissers in het hoger onderwijs, docenten en studenten',
        notes: '‘Weinig mensen hebben de informatie van BLASTER opgepikt. Het materiaal is er, maar de doelgroep is te weinig bereikt.’',
      },
      {
        type: 'presentation',
        title: 'Presentatie in Den Haag',
        audience: 'Collega’s',
        notes: '‘De presentatie in Den Haag was heel inspirerend voor collega’s, maar er is nooit teruggekoppeld gekregen wat ermee is gedaan.’',
      },
      {
        type: 'conference',
        title: 'Multiplier events en congressen',
        audience: 'Deelnemers uit meer landen dan die van de projectpartners',
        notes: 'Bij congressen kon ook worden geëvalueerd of de materialen daadwerkelijk hielpen.',
      },
    ],
    followUps: [
      {
        type: 'lasting_contact',
        partner: 'Leuphana University Lüneburg',
        partnerKind: 'education',
        description:
          'De Duitse partner heeft nog steeds contact met de projectpartners; door BLASTER leerde hij Erasmus+ kennen en hij is inmiddels initiator en coördinator van diverse nieuwe Erasmus+-projecten.',
      },
    ],
  },
  {
    caseKey: 'itta',
    projectIndex: 0,
    disseminations: [
      {
        type: 'presentation',
        title: 'Lancering en promotie van het VIME-model',
        audience: 'Beleidsmakers op gemeentelijk en landelijk niveau',
        notes:
          '‘Het model is gelanceerd maar daarna nooit meer teruggekoppeld aan mij. Tijdens het project was er sprake van goede promotie (…) Maar ik heb geen idee waar en hoe het nu wordt gebruikt.’ (beleidsmaker)',
      },
      {
        type: 'training',
        title: 'Trainingen voor taalvrijwilligers met de VIME-materialen',
        audience: 'Taalvrijwilligers, onder meer in gemeentes',
        notes:
          'Trainers en docenten gebruiken de rollen nog steeds in hun trainingen en worden nog regelmatig gevraagd trainingen voor vrijwilligers te verzorgen; of de materialen verder in de sector verspreid zijn, weten ze niet altijd.',
      },
    ],
    followUps: [],
  },
];

/** English descriptions for the public pages of the partnerships' products, translated from the demo's Dutch ones. */
export const DEMO_PRODUCT_DESCRIPTIONS_EN: Record<string, string> = {
  'Gids over het LAS-onderwijs in de Europese Unie':
    'For policy makers, educationalists, decision makers in higher education, teachers and students: the state of affairs, the background, four case studies of successful LAS models and a step-by-step plan for an LAS curriculum. Available on the ECOLAS website.',
  'Training kit ‘Learning and Teaching in the Liberal Arts’':
    'Training material for teachers new to Liberal Arts and Sciences education. Available on the ECOLAS website.',
  'Handleiding voor bachelor research in LAS':
    'A handbook for students and their supervisors doing research at bachelor level. Available on the ECOLAS website.',
  'VIME Toolkit voor (het werken met) taalvrijwilligers':
    'A toolkit with a model for deploying volunteers beside and together with professionals, information on the roles of a language volunteer, core training materials and a handbook for policy makers.',
  'Model en rolbeschrijvingen voor taalvrijwilligers':
    "A model to improve the work of volunteers in language and literacy, with the roles a volunteer can take without taking the teacher's place, such as the coaching role.",
  'Kernmaterialen voor het trainen van taalvrijwilligers':
    'Training material for language volunteers, among other things on the coaching role and the VUT method (looking ahead, working it out, looking back).',
  'Handleiding voor beleidsmakers in de volwasseneneducatie':
    "Part of the toolkit, aimed at recognising at policy level the volunteer's role beside the professional.",
};
