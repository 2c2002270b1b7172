import type { ReadinessQuestion } from './impact-model.js';
import type { FactorCode, Locale } from './reference.js';

/**
 * The readiness check: the success factors that several cases of the NA's report name, as
 * questions (answered 1 "not at all" to 5 "fully"), each with the advice the report's lessons
 * give when the answer is weak. Shared by the web app and, later, the project report.
 */
export const READINESS_TEXTS: Record<ReadinessQuestion, { factor: FactorCode; question: Record<Locale, string>; advice: Record<Locale, string> }> = {
  management_support: {
    factor: 'FAC.management_support',
    question: {
      nl: 'De leiding steunt het project en het past in het beleid van de instelling.',
      en: "Management supports the project and it fits the institution's policy.",
    },
    advice: {
      nl: 'Betrek de leiding al in de startfase en leg vast hoe het project bijdraagt aan het schoolplan of beleid; dan is er ruimte om het geleerde ook in te voeren.',
      en: 'Involve management from the start and write down how the project serves the school plan or policy, so that there is room to put what is learned into practice.',
    },
  },
  whole_team: {
    factor: 'FAC.whole_team',
    question: {
      nl: 'Het hele team is bij de beoogde ontwikkeling betrokken, niet alleen de deelnemers.',
      en: 'The whole team is involved in the intended change, not only the participants.',
    },
    advice: {
      nl: 'Neem het team mee: deel doelen vooraf, laat deelnemers na afloop presenteren en maak keuzes tussen thema’s zodat er draagvlak ontstaat.',
      en: 'Take the team along: share the aims beforehand, let participants present afterwards, and choose between themes so that support can grow.',
    },
  },
  several_drivers: {
    factor: 'FAC.single_driver',
    question: { nl: 'Meer dan één persoon trekt het project.', en: 'More than one person drives the project.' },
    advice: {
      nl: 'Verdeel de trekkersrol over meerdere mensen en borg taken in de organisatie, zodat het project doorgaat als iemand vertrekt.',
      en: 'Share the lead between several people and anchor tasks in the organisation, so the project goes on when someone leaves.',
    },
  },
  known_partners: {
    factor: 'FAC.partner_choice',
    question: { nl: 'We kennen onze partners en hun verwachtingen.', en: 'We know our partners and their expectations.' },
    advice: {
      nl: 'Kies partners die je kent of uit een bestaand netwerk, wissel vooraf doelen en verwachtingen uit en ga na of het bezoek ook bij de partner breed gedragen wordt.',
      en: 'Choose partners you know or from an existing network, exchange aims and expectations beforehand, and check that the visit is widely supported at the partner too.',
    },
  },
  participant_selection: {
    factor: 'FAC.participant_selection',
    question: {
      nl: 'Deelnemers zijn gekozen op hun motivatie en op wat past bij hun eigen ontwikkeling en die van de school.',
      en: "Participants are chosen for their motivation and for what fits their own and the school's development.",
    },
    advice: {
      nl: 'Selecteer deelnemers bewust: past het bij hun ontwikkeling en die van de instelling, willen ze zich voorbereiden en het geleerde delen, en krijgen ze daar tijd voor?',
      en: 'Select participants with care: does it fit their development and the institution’s, are they willing to prepare and share, and do they get the time for it?',
    },
  },
  own_learning_goals: {
    factor: 'FAC.preparation_goals',
    question: { nl: 'Elke deelnemer heeft eigen leerdoelen geformuleerd.', en: 'Every participant has set their own learning goals.' },
    advice: {
      nl: 'Laat iedere deelnemer vooraf eigen leerdoelen opschrijven, bijvoorbeeld na een niveautoets; niveauverschillen binnen een groep kunnen groot zijn.',
      en: 'Have every participant write down their own learning goals beforehand, for example after a level test; levels within a group can differ widely.',
    },
  },
  direct_applicability: {
    factor: 'FAC.direct_applicability',
    question: { nl: 'De activiteiten zijn direct toepasbaar in de eigen lespraktijk.', en: "The activities apply directly to participants' own teaching." },
    advice: {
      nl: 'Stem het programma af op de eigen praktijk: kies activiteiten en werkvormen die deelnemers de week erna in hun eigen klas kunnen gebruiken.',
      en: 'Fit the programme to daily practice: choose activities and methods participants can use in their own class the week after.',
    },
  },
  time_given: {
    factor: 'FAC.time_workload',
    question: {
      nl: 'Deelnemers krijgen tijd voor voorbereiding, de activiteit zelf en het delen daarna.',
      en: 'Participants get time to prepare, for the activity itself and to share afterwards.',
    },
    advice: {
      nl: 'Regel vervanging en tijd vóór, tijdens en na de activiteit; laat het niet afhangen van vakantiedagen of extra werkdruk.',
      en: 'Arrange substitution and time before, during and after the activity; do not let it depend on holidays or extra workload.',
    },
  },
  monitoring_plan: {
    factor: 'FAC.monitoring_evaluation',
    question: {
      nl: 'Er is een plan voor monitoring tijdens, evaluatie na, het delen van de opbrengsten en een terugkomdag na een jaar.',
      en: 'There is a plan for monitoring during, evaluation after, sharing the results and a follow-up day after a year.',
    },
    advice: {
      nl: 'Plan een dagelijkse evaluatie tijdens de activiteit, een presentatie aan het team bij terugkomst en een terugkomdag na een jaar; reflectie maakt het geleerde blijvend.',
      en: 'Plan a daily evaluation during the activity, a presentation to the team on return and a follow-up day after a year; reflection makes the learning last.',
    },
  },
  keeping_contact: {
    factor: 'FAC.keeping_contact',
    question: {
      nl: 'We houden na afloop contact met partners en volgen wie onze producten gebruikt.',
      en: 'We keep in touch with partners afterwards and follow who uses our products.',
    },
    advice: {
      nl: 'Spreek af hoe je na het project contact houdt, volg het gebruik van producten en laat de ontwikkelaars weten wat ermee gebeurt.',
      en: 'Agree how to keep in touch after the project, follow the use of products and tell the developers what happens with them.',
    },
  },
};
