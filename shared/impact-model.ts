import { z } from 'zod';
import { IMPACT_LEVELS, MOMENTS, TYPOLOGY_CODES } from './reference.js';
import { id, text } from './schemas.js';

// The NA's impact model (Figure 1 of the report): planned right to left, carried out left to right.
export const LAYERS = ['activity', 'output', 'outcome', 'impact'] as const;
export type Layer = (typeof LAYERS)[number];

/** The layer an element of `layer` leads to, or null for impact. */
export const nextLayer = (layer: Layer): Layer | null => LAYERS[LAYERS.indexOf(layer) + 1] ?? null;

export const MEASURED_BY = ['questionnaire', 'evidence', 'both'] as const;
export const MEASURED_MOMENTS = MOMENTS.filter((m) => m !== 'D') as ['T0', 'T1', 'T2', 'T3'];

export const elementInput = z.object({
  layer: z.enum(LAYERS, { message: 'validation.choice' }),
  title: text(300).min(1, { message: 'validation.required' }),
  description: text(4000).nullish(),
});
export type ElementInput = z.infer<typeof elementInput>;
export const elementPatch = elementInput.omit({ layer: true }).partial();
export type ElementPatch = z.infer<typeof elementPatch>;

export const orderInput = z.object({ layer: z.enum(LAYERS, { message: 'validation.choice' }), ids: z.array(id).max(200) });
export type OrderInput = z.infer<typeof orderInput>;

export const linkInput = z.object({ fromId: id, toId: id });
export type LinkInput = z.infer<typeof linkInput>;

export const indicatorInput = z
  .object({
    typologyCode: z.enum(TYPOLOGY_CODES, { message: 'validation.choice' }),
    level: z.enum(IMPACT_LEVELS, { message: 'validation.choice' }),
    targetText: text(1000).min(1, { message: 'validation.required' }),
    targetNumber: z.number({ message: 'validation.number' }).finite().nullish(),
    measuredBy: z.enum(MEASURED_BY, { message: 'validation.choice' }),
    moments: z
      .array(z.enum(MEASURED_MOMENTS, { message: 'validation.choice' }))
      .min(1, { message: 'validation.required' })
      .max(4),
  })
  .transform((v) => ({ ...v, moments: MEASURED_MOMENTS.filter((m) => v.moments.includes(m)) }));
export type IndicatorInput = z.infer<typeof indicatorInput>;

export const indicatorView = z.object({
  id,
  typologyCode: z.enum(TYPOLOGY_CODES),
  level: z.enum(IMPACT_LEVELS),
  targetText: z.string(),
  targetNumber: z.number().nullable(),
  measuredBy: z.enum(MEASURED_BY),
  moments: z.array(z.enum(MEASURED_MOMENTS)),
  /** coded segments of this project's sources carrying the indicator's typology code */
  evidence: z.object({
    segments: z.number(),
    quotes: z.number(),
    /**
     * measured change of the same people from T0 to each later moment, from the state items on the indicator's code
     * (n paired; figures null when withheld from the Agency as a small cell)
     */
    measured: z.array(
      z.object({
        from: z.literal('T0'),
        to: z.enum(['T1', 'T2', 'T3']),
        n: z.number(),
        meanFrom: z.number().nullable(),
        meanTo: z.number().nullable(),
        meanChange: z.number().nullable(),
        ci95: z.tuple([z.number(), z.number()]).nullable(),
        small: z.boolean(),
        suppressed: z.boolean(),
      }),
    ),
    /** perceived change (retrospective items, 1-5) per moment: reported beside the measured change, never in it */
    perceived: z.array(
      z.object({ moment: z.enum(['T1', 'T2', 'T3']), n: z.number(), mean: z.number().nullable(), small: z.boolean(), suppressed: z.boolean() }),
    ),
  }),
});
export type IndicatorView = z.infer<typeof indicatorView>;

export const elementView = z.object({
  id,
  layer: z.enum(LAYERS),
  title: z.string(),
  description: z.string().nullable(),
  sort: z.number(),
  indicators: z.array(indicatorView),
});
export type ElementView = z.infer<typeof elementView>;

export const linkView = z.object({ id, fromId: id, toId: id });
export type LinkView = z.infer<typeof linkView>;

/** What the check panel lists: each gap of the model, with the element to fix. */
export const FINDING_KINDS = [
  'empty_model',
  'impact_without_outcome',
  'outcome_without_indicator',
  'outcome_without_output',
  'output_without_activity',
  'activity_leads_nowhere',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const findingView = z.object({ kind: z.enum(FINDING_KINDS), elementId: id.nullable(), title: z.string().nullable() });
export type FindingView = z.infer<typeof findingView>;

export const impactModelView = z.object({
  projectId: id,
  canEdit: z.boolean(),
  elements: z.array(elementView),
  links: z.array(linkView),
  findings: z.array(findingView),
});
export type ImpactModelView = z.infer<typeof impactModelView>;

export const TEMPLATES = ['ka1_mobility', 'ka2_partnership'] as const;
export type TemplateKey = (typeof TEMPLATES)[number];
export const templateInput = z.object({
  template: z.enum(TEMPLATES, { message: 'validation.choice' }),
  lang: z.enum(['nl', 'en'], { message: 'validation.choice' }),
});

export const elementParams = z.object({ id, elementId: id });
export const linkParams = z.object({ id, linkId: id });
export const indicatorParams = z.object({ id, elementId: id, indicatorId: id });

// --- readiness check: the report's success factors as questions ----------------------------------

export const READINESS_PHASES = ['before', 'end'] as const;
export type ReadinessPhase = (typeof READINESS_PHASES)[number];

export const READINESS_QUESTIONS = [
  'management_support',
  'whole_team',
  'several_drivers',
  'known_partners',
  'participant_selection',
  'own_learning_goals',
  'direct_applicability',
  'time_given',
  'monitoring_plan',
  'keeping_contact',
] as const;
export type ReadinessQuestion = (typeof READINESS_QUESTIONS)[number];

/** 1 = not at all, 5 = fully; a score of 2 or less is weak and gets advice. */
export const READINESS_WEAK_AT = 2;

export const readinessInput = z.object({
  answers: z.partialRecord(
    z.enum(READINESS_QUESTIONS, { message: 'validation.choice' }),
    z.number({ message: 'validation.number' }).int().min(1, { message: 'validation.scale' }).max(5, { message: 'validation.scale' }),
  ),
});
export type ReadinessInput = z.infer<typeof readinessInput>;

export const readinessProfileView = z.object({
  phase: z.enum(READINESS_PHASES),
  answeredAt: z.string(),
  scores: z.array(z.object({ question: z.enum(READINESS_QUESTIONS), score: z.number().nullable(), weak: z.boolean() })),
  average: z.number().nullable(),
});
export type ReadinessProfileView = z.infer<typeof readinessProfileView>;

export const readinessView = z.object({ canEdit: z.boolean(), before: readinessProfileView.nullable(), end: readinessProfileView.nullable() });
export type ReadinessView = z.infer<typeof readinessView>;
export const readinessParams = z.object({ id, phase: z.enum(READINESS_PHASES, { message: 'validation.choice' }) });
