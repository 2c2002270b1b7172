import type { DisseminationType, FollowUpType, PartnerKind } from '../../../shared/after-project.js';
import type { DemoCase } from './demo-types.js';

// After the project, as far as the report tells it for the two partnerships (BLASTER, section 4;
// VIME, section 5). The report gives no dates, reach figures or web addresses for any of this, so
// the demo has none; where it is silent about something, nothing is added.

export interface DemoAfterProject {
  caseKey: DemoCase['key'];
  projectIndex: number;
  disseminations: { type: DisseminationType; title: string; audience: string; notes: string }[];
  /** `partner` is one of the project's partners by name */
  followUps: { type: FollowUpType; partner: string; partnerKind: PartnerKind; description: string }[];
}

export const DEMO_AFTER_PROJECT: DemoAfterProject[] = [
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
