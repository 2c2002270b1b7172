import type { ActivityType, KeyAction, ProductKind, ProjectStatus, Sector } from '../../../shared/reference.js';
import { foldText } from '../../../shared/text.js';

// The Commission's words and codes mapped to ours. README "Importing the official Erasmus+ data"
// documents these tables; change both together.

/**
 * "Activity (mob)" of the open data and "Activity type" of the Beneficiary Module, by folded text.
 * Learner mobility (students, pupils, VET and adult learners) is known but outside Impact Monitor,
 * which follows staff: such rows are skipped and counted, not imported and not bad.
 */
const ACTIVITIES: [ActivityType, string[]][] = [
  [
    'structured_course',
    [
      'structured course',
      'structured courses',
      'structured courses training events',
      'structured courses training events abroad',
      'courses and training',
      'course',
      'training course',
      'staff training abroad',
      'staff mobility for training',
      'stt',
      'str',
    ],
  ],
  ['job_shadowing', ['job shadowing', 'jobshadowing', 'job shadowing abroad', 'observation period', 'jsh']],
  [
    'teaching_assignment',
    [
      'teaching assignment',
      'teaching assignments',
      'teaching assignments abroad',
      'teaching training assignments abroad',
      'teaching or training assignments',
      'staff mobility for teaching',
      'sta',
      'tas',
    ],
  ],
  ['study_visit', ['study visit', 'study visits', 'preparatory visit', 'preparatory visits', 'svi']],
  ['project_meeting', ['transnational project meeting', 'transnational project meetings', 'project meeting', 'tpm']],
  [
    'training_activity',
    [
      'learning teaching training activity',
      'learning teaching or training activity',
      'learning teaching and training activities',
      'short term joint staff training events',
      'ltta',
    ],
  ],
  ['multiplier_event', ['multiplier event', 'multiplier events', 'me']],
  ['output_development', ['intellectual output', 'intellectual outputs', 'output development', 'io']],
];
const ACTIVITY_BY_TEXT = new Map<string, ActivityType>(ACTIVITIES.flatMap(([type, texts]) => texts.map((t) => [t, type] as const)));

const LEARNER_MOBILITY = /\b(student|students|pupil|pupils|learner|learners|sms|smp|traineeship|traineeships|erasmuspro|youth exchange)\b/;

export type ActivityMatch = { type: ActivityType } | { learner: true } | null;

export function matchActivity(value: string): ActivityMatch {
  const folded = foldText(value);
  const type = ACTIVITY_BY_TEXT.get(folded);
  if (type) return { type };
  if (LEARNER_MOBILITY.test(folded)) return { learner: true };
  return null;
}

/**
 * An Erasmus+ project code: call year, round, National Agency, action code, and from 2021 the field
 * (2016-1-NL01-KA101-022880, 2021-1-NL01-KA122-SCH-000012345).
 */
const CODE = /^(20\d\d)-([1-3])-([A-Z]{2}\d{2})-(KA\d{3})(?:-([A-Z]{3}))?-(\d{6}|\d{9})$/;

export interface ProjectCode {
  code: string;
  callYear: number;
  action: string;
  field: string | null;
}

export function parseProjectCode(value: string): ProjectCode | null {
  const code = value.trim().toUpperCase();
  const m = CODE.exec(code);
  if (!m) return null;
  return { code, callYear: Number(m[1]), action: m[4]!, field: m[5] ?? null };
}

/**
 * Key action and sector from the action code (and, from 2021, the field in the code).
 * KA101/KA2x1 and SCH are school education: `po` or `vo`, which the code does not tell; the import
 * keeps what the project or organisation already says and otherwise takes `vo` (see `sectorFor`).
 * Youth (KA105, KA205, KA15x, YOU) and sport belong to another agency: no sector, a bad row.
 */
export interface ActionInfo {
  keyAction: KeyAction;
  /** the possible sectors; the first is taken when nothing else tells */
  sectors: Sector[];
}

const SCHOOL: Sector[] = ['vo', 'po'];
const BY_ACTION: Record<string, ActionInfo> = {
  KA101: { keyAction: 'KA1', sectors: SCHOOL },
  KA102: { keyAction: 'KA1', sectors: ['mbo'] },
  KA116: { keyAction: 'KA1', sectors: ['mbo'] },
  KA103: { keyAction: 'KA1', sectors: ['ho'] },
  KA107: { keyAction: 'KA1', sectors: ['ho'] },
  KA104: { keyAction: 'KA1', sectors: ['ve'] },
  KA201: { keyAction: 'KA2', sectors: SCHOOL },
  KA219: { keyAction: 'KA2', sectors: SCHOOL },
  KA229: { keyAction: 'KA2', sectors: SCHOOL },
  KA202: { keyAction: 'KA2', sectors: ['mbo'] },
  KA203: { keyAction: 'KA2', sectors: ['ho'] },
  KA204: { keyAction: 'KA2', sectors: ['ve'] },
};
const BY_FIELD: Record<string, Sector[]> = { SCH: SCHOOL, VET: ['mbo'], HED: ['ho'], ADU: ['ve'] };

export function actionInfo(code: ProjectCode): ActionInfo | null {
  if (code.field) {
    const sectors = BY_FIELD[code.field];
    if (!sectors) return null;
    if (/^KA1\d\d$/.test(code.action)) return { keyAction: 'KA1', sectors };
    if (/^KA2\d\d$/.test(code.action)) return { keyAction: 'KA2', sectors };
    return null;
  }
  return BY_ACTION[code.action] ?? null;
}

/** The sector to store: the one already known when it fits the action, else the action's first. */
export function sectorFor(info: ActionInfo, ...known: (string | null | undefined)[]): Sector {
  for (const k of known) if (k && (info.sectors as string[]).includes(k)) return k as Sector;
  return info.sectors[0]!;
}

/** Project Results Platform "Project Status". */
export function matchProjectStatus(value: string): Exclude<ProjectStatus, 'archived'> | null {
  const v = foldText(value);
  if (['ongoing', 'running', 'in progress'].includes(v)) return 'running';
  if (['completed', 'closed', 'finished', 'ended'].includes(v)) return 'finished';
  if (['planned', 'signed', 'not started'].includes(v)) return 'planned';
  return null;
}

/** A result's type in the Project Results Platform, as one of our product kinds. */
export function productKindFor(value: string): ProductKind {
  const v = foldText(value);
  if (/toolkit|toolbox/.test(v)) return 'toolkit';
  if (/handbook|manual/.test(v)) return 'handbook';
  if (/guide/.test(v)) return 'guide';
  if (/course|curriculum|mooc/.test(v)) return 'course';
  // as the after-project migration moved the former kind "training"
  if (/training|module/.test(v)) return 'training_kit';
  return 'other';
}

/** The organisation type a new organisation gets from its sector. */
export function organisationTypeFor(sector: Sector | null) {
  switch (sector) {
    case 'po':
      return 'primary_school' as const;
    case 'vo':
      return 'secondary_school' as const;
    case 'mbo':
      return 'vet_college' as const;
    case 'ho':
      return 'higher_education' as const;
    case 've':
      return 'adult_education' as const;
    default:
      return 'other' as const;
  }
}
