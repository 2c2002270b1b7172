import { z } from 'zod';
import { ACTIVITY_TYPES, KEY_ACTIONS, SECTORS } from './reference.js';
import { id } from './schemas.js';

// The analytics' questions and answers. A cell describing fewer than SMALL_CELL people is flagged everywhere; in
// the Agency's views its figures are suppressed, so that no cell can single out a person.

export const SMALL_CELL = 5;
/** The demo's illustrative synthetic cohort answers from addresses under this domain; the dashboards say so. */
export const SYNTHETIC_EMAIL_DOMAIN = 'synthetisch.example.invalid';
export const CHANGE_MOMENTS = ['T0', 'T1', 'T2', 'T3'] as const;
export const RESPONDENT_GROUPS = ['participants', 'comparison'] as const;
export const EVIDENCE_GROUPINGS = ['sector', 'keyAction', 'activityType', 'project'] as const;
/** change set side by side: KA1 against KA2, activity type against activity type, sector against sector */
export const CHANGE_GROUPINGS = ['sector', 'keyAction', 'activityType'] as const;
export type ChangeGrouping = (typeof CHANGE_GROUPINGS)[number];
/** typology and factors are the fixed points; levels gives the evidence by impact level */
export const EVIDENCE_CODEBOOKS = ['typology', 'factors', 'levels'] as const;

/** The selection every dashboard call takes. */
export const analyticsFilter = z.object({
  projectId: id.optional(),
  organisationId: id.optional(),
  sector: z.enum(SECTORS, { message: 'validation.choice' }).optional(),
  keyAction: z.enum(KEY_ACTIONS, { message: 'validation.choice' }).optional(),
  activityType: z.enum(ACTIVITY_TYPES, { message: 'validation.choice' }).optional(),
  callYear: z.coerce.number({ message: 'validation.number' }).int().min(2000).max(2100).optional(),
});
export type AnalyticsFilter = z.infer<typeof analyticsFilter>;

export const changeQuery = analyticsFilter
  .extend({
    from: z.enum(CHANGE_MOMENTS, { message: 'validation.choice' }),
    to: z.enum(CHANGE_MOMENTS, { message: 'validation.choice' }),
    group: z.enum(RESPONDENT_GROUPS, { message: 'validation.choice' }).default('participants'),
    /** one item per group and code instead of per code */
    groupBy: z.enum(CHANGE_GROUPINGS, { message: 'validation.choice' }).optional(),
  })
  .refine((q) => CHANGE_MOMENTS.indexOf(q.from) < CHANGE_MOMENTS.indexOf(q.to), { message: 'validation.moment_order', path: ['to'] });
export type ChangeQuery = z.infer<typeof changeQuery>;

export const changeItem = z.object({
  /** the sector, key action or activity type, with groupBy ('' for participants without an activity) */
  group: z.string().optional(),
  code: z.string(),
  /** people who answered the code's state items at both moments */
  n: z.number(),
  meanFrom: z.number().nullable(),
  meanTo: z.number().nullable(),
  meanChange: z.number().nullable(),
  /** t-interval of the paired differences */
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  /** Wilcoxon signed-rank, two-sided, zero differences dropped */
  wilcoxonP: z.number().nullable(),
  wilcoxonMethod: z.enum(['exact', 'normal']).nullable(),
  /** matched-pairs rank-biserial correlation */
  effectSize: z.number().nullable(),
  cohenDz: z.number().nullable(),
  /** fewer than SMALL_CELL people */
  small: z.boolean(),
  /** the figures are withheld because the cell is small */
  suppressed: z.boolean(),
});
export type ChangeItem = z.infer<typeof changeItem>;
export const changeView = z.object({ items: z.array(changeItem) });
export type ChangeView = z.infer<typeof changeView>;

export const evidenceQuery = analyticsFilter.extend({
  groupBy: z.enum(EVIDENCE_GROUPINGS, { message: 'validation.choice' }),
  codebook: z.enum(EVIDENCE_CODEBOOKS, { message: 'validation.choice' }).default('typology'),
});
export type EvidenceQuery = z.infer<typeof evidenceQuery>;

export const evidenceItem = z.object({
  group: z.string(),
  code: z.string(),
  polarity: z.enum(['promoting', 'hindering']).nullable().optional(),
  /** coded segments; null when withheld */
  segments: z.number().nullable(),
  sources: z.number().nullable(),
  /** distinct interviewees the segments are attributed to */
  interviewees: z.number().nullable(),
  quotes: z.number().nullable(),
  projects: z.number(),
  /** small: fewer than SMALL_CELL people could have said it (the interviewees of its sources, its speakers, respondents) */
  small: z.boolean(),
  suppressed: z.boolean(),
});
export type EvidenceItem = z.infer<typeof evidenceItem>;
export const evidenceView = z.object({ items: z.array(evidenceItem) });
export type EvidenceView = z.infer<typeof evidenceView>;

export const participationItem = z.object({
  moment: z.enum(CHANGE_MOMENTS),
  /** invitations that went out */
  invited: z.number(),
  responded: z.number(),
  /** responded / invited; null when withheld or nobody was invited */
  responseRate: z.number().nullable(),
  /** of those who responded, how many also answered at T0: the people change can be measured for */
  alsoAtT0: z.number(),
  /** of the invited, how many belong to the demo's illustrative synthetic cohort */
  synthetic: z.number(),
  small: z.boolean(),
  suppressed: z.boolean(),
});
export const participationView = z.object({ items: z.array(participationItem) });
export type ParticipationView = z.infer<typeof participationView>;

export const perceivedQuery = analyticsFilter.extend({
  moment: z.enum(['T1', 'T2', 'T3'], { message: 'validation.choice' }),
});
export type PerceivedQuery = z.infer<typeof perceivedQuery>;
export const perceivedItem = z.object({
  code: z.string(),
  /** people who answered the code's retrospective items at this moment */
  n: z.number(),
  /** mean perceived change on the 1-5 scale; kept apart from the measured change of the state items */
  mean: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  small: z.boolean(),
  suppressed: z.boolean(),
});
export const perceivedView = z.object({ items: z.array(perceivedItem) });
export type PerceivedView = z.infer<typeof perceivedView>;

export const persistenceItem = z.object({
  code: z.string(),
  moment: z.enum(['T2', 'T3']),
  /** people above their T0 value at T1 who answered at this moment */
  gained: z.number(),
  /** of them, still above their T0 value */
  held: z.number(),
  share: z.number().nullable(),
  small: z.boolean(),
  suppressed: z.boolean(),
});
export const persistenceView = z.object({ items: z.array(persistenceItem) });
export type PersistenceView = z.infer<typeof persistenceView>;

export const comparisonQuery = analyticsFilter
  .extend({
    from: z.enum(CHANGE_MOMENTS, { message: 'validation.choice' }),
    to: z.enum(CHANGE_MOMENTS, { message: 'validation.choice' }),
  })
  .refine((q) => CHANGE_MOMENTS.indexOf(q.from) < CHANGE_MOMENTS.indexOf(q.to), { message: 'validation.moment_order', path: ['to'] });
export type ComparisonQuery = z.infer<typeof comparisonQuery>;
export const comparisonItem = z.object({
  code: z.string(),
  participants: z.object({ n: z.number(), meanChange: z.number().nullable() }),
  comparison: z.object({ n: z.number(), meanChange: z.number().nullable() }),
  /** participants' mean change minus the comparison group's, with Welch's interval */
  difference: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  p: z.number().nullable(),
  small: z.boolean(),
  suppressed: z.boolean(),
});
export const comparisonView = z.object({ items: z.array(comparisonItem) });
export type ComparisonView = z.infer<typeof comparisonView>;

/**
 * The goals' follow-up at one moment, from submitted responses: how far the goals were reached (1-5; "not
 * applicable" left out of the mean) and, for language goals with a level at the start and one given now, how many
 * moved up at least one CEFR level. Withheld like the goals themselves when fewer than five people answered.
 */
export const goalFollowUp = z.object({
  /** goals with a follow-up answer */
  goals: z.number().nullable(),
  /** participants who answered the follow-up of such a goal */
  people: z.number(),
  reachedMean: z.number().nullable(),
  reachedN: z.number().nullable(),
  /** language goals with a CEFR level both at the start and at this moment */
  levelN: z.number().nullable(),
  /** of those, the goals whose level now is at least one level above the start */
  levelUp: z.number().nullable(),
  small: z.boolean(),
  suppressed: z.boolean(),
});
export type GoalFollowUp = z.infer<typeof goalFollowUp>;

export const goalsItem = z.object({
  /** the typology code a goal aims at; '' for a goal without one */
  code: z.string(),
  goals: z.number().nullable(),
  /** participants who set such a goal */
  people: z.number(),
  small: z.boolean(),
  suppressed: z.boolean(),
  /** the follow-up at T1 and at T2; null when no one answered it at that moment */
  t1: goalFollowUp.nullable(),
  t2: goalFollowUp.nullable(),
});
export const cefrItem = z.object({
  /** the CEFR level at the start ('' when not given) */
  from: z.string(),
  /** the level aimed at ('' when not given) */
  to: z.string(),
  goals: z.number().nullable(),
  people: z.number(),
  small: z.boolean(),
  suppressed: z.boolean(),
});
export const goalsView = z.object({ goals: z.array(goalsItem), cefr: z.array(cefrItem) });
export type GoalsView = z.infer<typeof goalsView>;

/** The quotes behind an evidence cell: the selection, a codebook's code and, for factors, a polarity. */
export const quotesQuery = analyticsFilter.extend({
  codebook: z.enum(EVIDENCE_CODEBOOKS, { message: 'validation.choice' }),
  code: z.string().regex(/^[A-Za-z_]+(\.[A-Za-z_]+)?$/, { message: 'validation.invalid' }),
  polarity: z.enum(['promoting', 'hindering'], { message: 'validation.choice' }).optional(),
  limit: z.coerce.number({ message: 'validation.number' }).int().min(1).max(200).default(50),
});
export type QuotesQuery = z.infer<typeof quotesQuery>;
export const quoteItem = z.object({
  segmentId: z.string(),
  projectId: z.string(),
  projectTitle: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string(),
  text: z.string(),
  /** who said it, as this user may see them (pseudonymised for the agency's analysts) */
  speaker: z.object({ role: z.string(), label: z.string() }).nullable(),
});
export const quotesView = z.object({
  items: z.array(quoteItem),
  /** every quote of the selection, of which `items` are the first */
  total: z.number(),
  /** withheld: fewer than SMALL_CELL people are behind the cell */
  suppressed: z.boolean(),
});
export type QuotesView = z.infer<typeof quotesView>;

// --- after the project: uses, dissemination and follow-ups as evidence -------------------------

/** 'programme' sums every project of the selection into one group */
export const AFTER_PROJECT_GROUPINGS = ['programme', ...EVIDENCE_GROUPINGS] as const;
export const afterProjectQuery = analyticsFilter.extend({
  groupBy: z.enum(AFTER_PROJECT_GROUPINGS, { message: 'validation.choice' }).default('programme'),
});
export type AfterProjectQuery = z.infer<typeof afterProjectQuery>;

/**
 * One indicator in one group. None of these counts describes a person of ours: uses come from anonymous outsiders,
 * dissemination counts events and the audience the team estimated, follow-ups are contacts between organisations.
 * So they are never withheld as small cells.
 */
export const afterProjectItem = z.object({
  /** '' for the programme; else the sector, key action, activity type or project id */
  group: z.string(),
  /** the indicator the records are evidence for (ORG.agenda, ORG.shared, COL.*) */
  code: z.string(),
  productUses: z.number(),
  disseminations: z.number(),
  reach: z.number(),
  followUps: z.number(),
  /** projects with any of these records for the indicator */
  projects: z.number(),
});
export type AfterProjectItem = z.infer<typeof afterProjectItem>;
export const afterProjectView = z.object({ items: z.array(afterProjectItem) });
export type AfterProjectView = z.infer<typeof afterProjectView>;
