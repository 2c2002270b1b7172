import type { GoalFormat, InstrumentAudience, ItemKind } from './questionnaires.js';
import { FACTOR_CODES, type FactorCode, type Locale, type Moment, TYPOLOGY_CODES, type TypologyCode } from './reference.js';

// The rules the standard instruments keep (DESIGN.md, "Questionnaire design"), as pure functions
// that the instrument library, the NA admin's editor, the server and the tests share.

// --- state items say nothing about time or the activity ---------------------------------------

/**
 * Words that tie a statement to a moment or to the activity ("a year ago", "new to me", "since",
 * "after the trip"): in a state item they make T0 and T3 ask different things, so the answers of
 * one person no longer compare. Whole words, case-insensitive, in both languages.
 */
const TIME_OR_ACTIVITY: Record<Locale, RegExp[]> = {
  nl: [
    /\bgeleden\b/i,
    /\bsinds\b/i,
    /\bsindsdien\b/i,
    /\binmiddels\b/i,
    /\bnog steeds\b/i,
    /\bniet meer\b/i,
    /\bnieuwe? voor mij\b/i,
    /\bvoortaan\b/i,
    /\bvroeger\b/i,
    /\btegenwoordig\b/i,
    /\bnu\b/i,
    /\bvoorheen\b/i,
    /\bvooraf\b/i,
    /\bna afloop\b/i,
    /\bterugkomst\b/i,
    /\bteruggekomen\b/i,
    /\b(de|het|deze|die) (activiteit|reis|studiereis|cursus|uitwisseling|mobiliteit|project)\b/i,
    /\bactiviteit\b/i,
    /\bmeer dan (vroeger|eerst|voorheen|toen)\b/i,
    /\b(is|zijn) (toegenomen|veranderd|gegroeid|verbeterd)\b/i,
  ],
  en: [
    /\bago\b/i,
    /\bsince\b/i,
    /\bby now\b/i,
    /\bstill\b/i,
    /\bno longer\b/i,
    /\bnew to me\b/i,
    /\bfrom now on\b/i,
    /\bused to\b/i,
    /\bnowadays\b/i,
    /\bnow\b/i,
    /\bbefore(hand)?\b/i,
    /\bafterwards?\b/i,
    /\breturn(ed|ing)?\b/i,
    /\b(the|this|that) (activity|trip|study visit|course|exchange|mobility|project)\b/i,
    /\bactivity\b/i,
    /\bmore than (before|earlier|then)\b/i,
    /\b(has|have) (grown|changed|increased|improved)\b/i,
  ],
};

/** The words of `text` that tie it to a moment or to the activity (none: it may be a state item). */
export function timeWords(text: string, locale: Locale): string[] {
  return TIME_OR_ACTIVITY[locale].flatMap((re) => {
    const m = re.exec(text);
    return m ? [m[0]] : [];
  });
}

// --- how long a questionnaire takes ------------------------------------------------------------

/**
 * Our assumptions for a phone (not measured): a statement on the 1-5 scale is read and tapped in
 * 8 seconds, an open question takes 45 seconds for a sentence or two, a goal followed up 20
 * seconds (how far reached, a CEFR level for a language goal) or 30 for a note on the day. Until
 * the participant's own goals are known, three are assumed.
 */
export const SECONDS = { scale: 8, open: 45, goalReached: 20, goalNote: 30 } as const;
export const ASSUMED_GOALS = 3;
/** DESIGN.md: a participant finishes a moment in about ten minutes, on a phone. */
export const MAX_MINUTES = 10;

export function estimateSeconds(items: { kind: ItemKind }[], goals: { count: number; format: GoalFormat | null }): number {
  let seconds = 0;
  for (const item of items) {
    if (item.kind === 'open') seconds += SECONDS.open;
    else if (item.kind === 'goal') seconds += goals.count * (goals.format === 'note' ? SECONDS.goalNote : SECONDS.goalReached);
    else seconds += SECONDS.scale;
  }
  return seconds;
}

/** Whole minutes, at least one. */
export const estimateMinutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** A daily reflection asks for a note on each goal; a later moment how far each was reached. */
export const goalFormatOf = (moment: Moment): GoalFormat => (moment === 'D' ? 'note' : 'reached');

// --- coverage of the typology ----------------------------------------------------------------

/** The 25 indicators (23 of the typology and its 2 extensions): the domains are measured through them. */
export const INDICATOR_CODES = TYPOLOGY_CODES.filter((c) => c.includes('.')) as Exclude<TypologyCode, 'PRO' | 'PER' | 'INT' | 'ORG' | 'COL'>[];

/**
 * Indicators that are also measured outside the questionnaires, and how. The library shows this
 * beside the items, so that nobody takes the leader's judgement for the learners' results.
 */
export const MEASURED_OTHERWISE: Partial<Record<TypologyCode, Record<Locale, string>>> = {
  'ORG.learners': {
    nl: 'Vooral uit de eigen leerresultaten van de organisatie (toetsen, examens, inspectie- of taalniveaus): de coördinator voegt ze als bron toe en codeert ze. Het item in de organisatievragenlijst geeft alleen het oordeel van de leiding.',
    en: "Above all from the organisation's own learner results (tests, exams, inspection or language levels): the coordinator adds them as a source and codes them. The item in the organisation questionnaire only gives the leadership's judgement.",
  },
  'ORG.agenda': {
    nl: 'Ook uit stukken van buiten de school (gemeentelijke of sectorale agenda’s, subsidiebesluiten) die als bron worden toegevoegd en gecodeerd.',
    en: 'Also from documents from outside the school (municipal or sector agendas, funding decisions), added as sources and coded.',
  },
};

/** Where each factor is measured: an item a participant answers, the coordinator's readiness check, or coding of what people say. */
export type FactorSource = 'participant' | 'readiness' | 'coded';
export const FACTOR_SOURCES: Record<FactorCode, FactorSource> = {
  'FAC.management_support': 'participant',
  'FAC.policy_embedding': 'participant',
  'FAC.whole_team': 'participant',
  'FAC.single_driver': 'readiness',
  'FAC.partner_choice': 'readiness',
  'FAC.participant_selection': 'participant',
  'FAC.preparation_goals': 'participant',
  'FAC.direct_applicability': 'participant',
  'FAC.monitoring_evaluation': 'participant',
  'FAC.reflection': 'participant',
  'FAC.sharing_dissemination': 'participant',
  'FAC.time_workload': 'participant',
  'FAC.funding': 'coded',
  'FAC.administrative_burden': 'coded',
  'FAC.language': 'participant',
  'FAC.role_clarity': 'coded',
  'FAC.staff_turnover': 'coded',
  'FAC.context_differences': 'participant',
  'FAC.recognition': 'participant',
  'FAC.host_quality': 'participant',
  'FAC.keeping_contact': 'participant',
  'FAC.product_feedback': 'coded',
  'FAC.fixed_format': 'coded',
  'FAC.ownership': 'participant',
  'FAC.stakeholder_involvement': 'coded',
  'FAC.project_leadership': 'coded',
  'FAC.driving_leader': 'participant',
  'FAC.team_composition': 'coded',
  'FAC.positive_attitude': 'coded',
  'FAC.existing_network': 'coded',
  'FAC.programme_knowledge': 'coded',
  'FAC.suitable_course': 'participant',
  'FAC.pairs_or_alone': 'participant',
  'FAC.host_family': 'participant',
};

export interface LibraryItem {
  key: string;
  kind: ItemKind;
  typologyCode: TypologyCode | null;
  factorCode: FactorCode | null;
}
export interface LibraryInstrument {
  audience: InstrumentAudience;
  moment: Moment;
  version: number;
  publishedAt: string | null;
  items: LibraryItem[];
}

/** The newest published version per audience and moment: what new invitations get. */
export function latestInstruments<T extends LibraryInstrument>(all: T[]): T[] {
  const latest = new Map<string, T>();
  for (const i of all) {
    if (!i.publishedAt) continue;
    const key = `${i.audience}|${i.moment}`;
    const current = latest.get(key);
    if (!current || current.version < i.version) latest.set(key, i);
  }
  return [...latest.values()];
}

export interface CodeCoverage {
  code: TypologyCode;
  /** state items per audience that measure the code, by key */
  participant: string[];
  organisation: string[];
  otherwise: Record<Locale, string> | null;
}

/** Per indicator: the state items that measure it in the newest instruments, and any other way it is measured. */
export function typologyCoverage(all: LibraryInstrument[]): CodeCoverage[] {
  const latest = latestInstruments(all);
  const keysFor = (code: TypologyCode, audience: InstrumentAudience) => [
    ...new Set(
      latest.filter((i) => i.audience === audience).flatMap((i) => i.items.filter((it) => it.kind === 'state' && it.typologyCode === code).map((it) => it.key)),
    ),
  ];
  return INDICATOR_CODES.map((code) => ({
    code,
    participant: keysFor(code, 'participant'),
    organisation: keysFor(code, 'organisation'),
    otherwise: MEASURED_OTHERWISE[code] ?? null,
  }));
}

/** Per factor: where it is measured, and the participant items that ask about it. */
export function factorCoverage(all: LibraryInstrument[]): { code: FactorCode; source: FactorSource; items: string[] }[] {
  const latest = latestInstruments(all);
  return FACTOR_CODES.map((code) => ({
    code,
    source: FACTOR_SOURCES[code],
    items: [...new Set(latest.flatMap((i) => i.items.filter((it) => it.kind === 'factor' && it.factorCode === code).map((it) => it.key)))],
  }));
}
