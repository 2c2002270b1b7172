import { z } from 'zod';
import { ACTIVITY_TYPES, INTERVIEWEE_ROLES, KEY_ACTIONS, LOCALES, MOMENTS, POLARITIES, SECTORS } from './reference.js';
import { formList, id, isoDate, required, text, uploadedFile, verbatim } from './schemas.js';

// Qualitative evidence: sources, segments (spans in code points), codings against codebooks.

export const SOURCE_KINDS = ['interview', 'open_answer', 'reflection', 'report', 'document'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Largest source text we take (characters); a long interview transcript is well below this. */
export const MAX_SOURCE_LENGTH = 500_000;
export const UPLOAD_TYPES = ['txt', 'md', 'docx'] as const;

const sourceFields = {
  title: text(300).min(1, { message: 'validation.required' }),
  kind: z.enum(SOURCE_KINDS, { message: 'validation.choice' }).default('interview'),
  language: z.enum(LOCALES, { message: 'validation.choice' }),
  moment: z.enum(MOMENTS, { message: 'validation.choice' }).nullish(),
  sourceDate: isoDate.nullish(),
  intervieweeIds: z.array(id).max(50).default([]),
};

export const sourceInput = z.object({
  ...sourceFields,
  content: verbatim(MAX_SOURCE_LENGTH),
});
export type SourceInput = z.infer<typeof sourceInput>;

/** A transcript uploaded as a file (multipart/form-data): .txt, .md or .docx, with the source's details as fields. */
export const sourceUpload = z.object({
  file: uploadedFile(UPLOAD_TYPES, 'validation.file_type'),
  title: text(300).nullish(),
  kind: sourceFields.kind,
  language: sourceFields.language,
  moment: sourceFields.moment,
  sourceDate: sourceFields.sourceDate,
  intervieweeIds: formList(id, 50),
});
export type SourceUpload = z.infer<typeof sourceUpload>;

export const sourcePatch = z.object({
  title: sourceFields.title.optional(),
  kind: z.enum(SOURCE_KINDS, { message: 'validation.choice' }).optional(),
  language: sourceFields.language.optional(),
  moment: sourceFields.moment,
  sourceDate: sourceFields.sourceDate,
  intervieweeIds: z.array(id).max(50).optional(),
  /** NA admin only: the Agency shares this source's coded segments with every organisation's suggestions */
  agencyShared: z.boolean({ message: 'validation.boolean' }).optional(),
});
export type SourcePatch = z.infer<typeof sourcePatch>;

export const personView = z.object({ id: z.string(), role: z.enum(INTERVIEWEE_ROLES), label: z.string() });

export const sourceSummaryView = z.object({
  id,
  projectId: id,
  title: z.string(),
  kind: z.enum(SOURCE_KINDS),
  language: z.enum(LOCALES),
  moment: z.enum(MOMENTS).nullable(),
  sourceDate: z.string().nullable(),
  length: z.number(),
  interviewees: z.array(personView),
  segments: z.number(),
  createdAt: z.string(),
});
export type SourceSummaryView = z.infer<typeof sourceSummaryView>;

export const codingView = z.object({
  id,
  codeId: id,
  codeKey: z.string(),
  codebookKey: z.string(),
  polarity: z.enum(POLARITIES).nullable(),
  coderId: z.string().nullable(),
  coderName: z.string().nullable(),
});
export type CodingView = z.infer<typeof codingView>;

export const segmentView = z.object({
  id,
  sourceId: id,
  start: z.number(),
  end: z.number(),
  text: z.string(),
  memo: z.string().nullable(),
  isQuote: z.boolean(),
  interviewee: personView.nullable(),
  codings: z.array(codingView),
  createdBy: z.string().nullable(),
  /** whether this user may change or remove the segment (its memo, quote mark, speaker) */
  canChange: z.boolean(),
});
export type SegmentView = z.infer<typeof segmentView>;

export const sourceView = sourceSummaryView.extend({
  content: z.string(),
  segmentList: z.array(segmentView),
  canEdit: z.boolean(),
  /** its coded segments teach every organisation's suggestions (the Agency's own texts) */
  agencyShared: z.boolean(),
});
export type SourceView = z.infer<typeof sourceView>;

export const codingInput = z.object({ codeId: id, polarity: z.enum(POLARITIES, { message: 'validation.choice' }).nullish() });
export type CodingInput = z.infer<typeof codingInput>;

export const segmentInput = z
  .object({
    start: z.number({ message: 'validation.number' }).int().min(0),
    end: z.number({ message: 'validation.number' }).int().min(1),
    codings: z.array(codingInput).min(1, { message: 'validation.required' }).max(30),
    memo: text(4000).nullish(),
    isQuote: z.boolean().default(false),
    intervieweeId: id.nullish(),
  })
  .refine((v) => v.start < v.end, { message: 'validation.span', path: ['end'] });
export type SegmentInput = z.infer<typeof segmentInput>;

export const segmentPatch = z.object({ memo: text(4000).nullish(), isQuote: z.boolean().optional(), intervieweeId: id.nullish() });
export type SegmentPatch = z.infer<typeof segmentPatch>;

export const sourceQuery = z.object({
  mine: z
    .enum(['true', 'false'], { message: 'validation.boolean' })
    .transform((v) => v === 'true')
    .optional(),
});

export const intervieweeInput = z.object({
  role: z.enum(INTERVIEWEE_ROLES, { message: 'validation.choice' }),
  label: text(120).min(1, { message: 'validation.required' }),
  description: text(2000).nullish(),
});
export type IntervieweeInput = z.infer<typeof intervieweeInput>;

// --- codebooks ---------------------------------------------------------------------

export const codeInput = z.object({
  key: z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(80, { message: 'validation.too_long' })
    .regex(/^[A-Za-z0-9_.-]+$/, { message: 'validation.code_key' }),
  nl: text(300).min(1, { message: 'validation.required' }),
  en: text(300).min(1, { message: 'validation.required' }),
  descriptionNl: text(4000).nullish(),
  descriptionEn: text(4000).nullish(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: 'validation.color' })
    .nullish(),
  parentId: id.nullish(),
});
export type CodeInput = z.infer<typeof codeInput>;
export const codePatch = codeInput.partial();
export type CodePatch = z.infer<typeof codePatch>;

export const codebookInput = z.object({ key: codeInput.shape.key, nl: codeInput.shape.nl, en: codeInput.shape.en });
export type CodebookInput = z.infer<typeof codebookInput>;

export const fullCodeView = z.object({
  id,
  key: z.string(),
  parentId: z.string().nullable(),
  nl: z.string(),
  en: z.string(),
  descriptionNl: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  color: z.string().nullable(),
  archived: z.boolean(),
  usage: z.number(),
});
export type FullCodeView = z.infer<typeof fullCodeView>;
export const fullCodebookView = z.object({
  id,
  key: z.string(),
  kind: z.string(),
  nl: z.string(),
  en: z.string(),
  isSystem: z.boolean(),
  organisationId: z.string().nullable(),
  canEdit: z.boolean(),
  codes: z.array(fullCodeView),
});
export type FullCodebookView = z.infer<typeof fullCodebookView>;

export const mergeInput = z.object({ intoCodeId: id });

// --- retrieval ----------------------------------------------------------------------

export const retrievalQuery = z.object({
  code: text(80).optional(),
  codeId: id.optional(),
  projectId: id.optional(),
  sector: z.enum(SECTORS, { message: 'validation.choice' }).optional(),
  keyAction: z.enum(KEY_ACTIONS, { message: 'validation.choice' }).optional(),
  activityType: z.enum(ACTIVITY_TYPES, { message: 'validation.choice' }).optional(),
  role: z.enum(INTERVIEWEE_ROLES, { message: 'validation.choice' }).optional(),
  moment: z.enum(MOMENTS, { message: 'validation.choice' }).optional(),
  quotesOnly: z
    .enum(['true', 'false'], { message: 'validation.boolean' })
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number({ message: 'validation.number' }).int().min(1).max(1000).default(200),
});
export type RetrievalQuery = z.infer<typeof retrievalQuery>;

export const retrievedSegmentView = z.object({
  id,
  text: z.string(),
  before: z.string(),
  after: z.string(),
  isQuote: z.boolean(),
  memo: z.string().nullable(),
  source: z.object({ id, title: z.string(), kind: z.enum(SOURCE_KINDS), moment: z.enum(MOMENTS).nullable() }),
  project: z.object({ id, title: z.string(), sector: z.enum(SECTORS), keyAction: z.enum(KEY_ACTIONS) }),
  interviewee: personView.nullable(),
  codes: z.array(z.object({ key: z.string(), codebookKey: z.string(), polarity: z.enum(POLARITIES).nullable() })),
});
export type RetrievedSegmentView = z.infer<typeof retrievedSegmentView>;

export const matrixQuery = retrievalQuery.omit({ code: true, codeId: true, limit: true, quotesOnly: true }).extend({
  codebook: text(40).default('typology'),
});
export type MatrixQuery = z.infer<typeof matrixQuery>;

export const matrixView = z.object({
  rows: z.array(z.object({ key: z.string(), nl: z.string(), en: z.string() })),
  columns: z.array(z.object({ id: z.string(), label: z.string() })),
  cells: z.array(z.array(z.number())),
});
export type MatrixView = z.infer<typeof matrixView>;

// --- the workspace: word search and matrix cells -----------------------------------------------

export const searchQuery = z.object({
  q: text(100).min(2, { message: 'validation.too_short' }),
  limit: z.coerce.number({ message: 'validation.number' }).int().min(1).max(1000).default(200),
});
export type SearchQuery = z.infer<typeof searchQuery>;
/** Across projects (the Agency: every organisation; a coordinator: their own), with the retrieval filters. */
export const crossSearchQuery = searchQuery.extend({
  sector: z.enum(SECTORS, { message: 'validation.choice' }).optional(),
  keyAction: z.enum(KEY_ACTIONS, { message: 'validation.choice' }).optional(),
});
export type CrossSearchQuery = z.infer<typeof crossSearchQuery>;

export const searchHitView = z.object({
  source: z.object({ id, title: z.string(), kind: z.enum(SOURCE_KINDS), language: z.enum(LOCALES), moment: z.enum(MOMENTS).nullable() }),
  project: z.object({ id, title: z.string() }),
  /** offsets of the match in code points of the source text, end exclusive */
  start: z.number(),
  end: z.number(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
  /** the people of the source (pseudonymised for the Agency's analysts) */
  interviewees: z.array(personView),
});
export type SearchHitView = z.infer<typeof searchHitView>;
export const searchView = z.object({ hits: z.array(searchHitView), sources: z.number(), truncated: z.boolean() });
export type SearchView = z.infer<typeof searchView>;

/** One cell of a matrix: `row` is a code key; `column` a project id (code-by-case) or a code key (co-occurrence). */
export const matrixCellQuery = matrixQuery.extend({
  row: required(80),
  column: required(80),
});
export type MatrixCellQuery = z.infer<typeof matrixCellQuery>;

export const suggestInput = z.object({
  text: verbatim(20_000),
  lang: z.enum(LOCALES, { message: 'validation.choice' }),
  /** The codebook in use, by key; the typology when left out. */
  codebook: required(40).optional(),
});
export type SuggestInput = z.infer<typeof suggestInput>;

/** A coded fragment like the text, that led to a suggestion: from the shipped labelled set, or a coded segment the caller may see. */
export const suggestionExample = z.object({ text: z.string(), segmentId: id.nullable(), sourceId: id.nullable() });
export const suggestionView = z.object({
  code: z.string(),
  /** 0..1; below the model's threshold nothing is suggested */
  score: z.number(),
  /** the words of the text that led to the code, as written there */
  words: z.array(z.string()),
  examples: z.array(suggestionExample).optional(),
});
export type SuggestionView = z.infer<typeof suggestionView>;
export const suggestView = z.object({ suggestions: z.array(suggestionView) });
export type SuggestView = z.infer<typeof suggestView>;

const figuresView = z.object({
  /** the codes in the coders' codings (the n of recall) */
  n: z.number(),
  predicted: z.number(),
  correct: z.number(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  f1: z.number().nullable(),
});
export const SUGGESTION_SOURCES = ['learned', 'lexicon', 'none'] as const;
/** How the suggestions for a codebook come about, per language, for the caller, and how well they do on codings they were not trained on. */
export const suggestionModelsView = z.object({
  codebookId: id,
  codebookKey: z.string(),
  /** the caller's suggestions learn from: the Agency's codings (agency), or the shared material and their organisation's codings (organisation) */
  scope: z.enum(['agency', 'organisation']),
  /** new codings in a scope before its model is trained again */
  retrainAfter: z.number(),
  models: z.array(
    z.object({
      language: z.enum(LOCALES),
      /** learned: a trained model; lexicon: the typology's cue words until one is; none: nothing to suggest from yet */
      source: z.enum(SUGGESTION_SOURCES),
      /** whose codings the model in use learned from (a coordinator's organisation has its own model once it has codings) */
      learnedFrom: z.enum(['agency', 'shared', 'organisation']).nullable(),
      trainedAt: z.string().nullable(),
      /** training fragments: coded segments, plus the shipped labelled fragments for the typology */
      examples: z.number(),
      codings: z.number(),
      threshold: z.number().nullable(),
      training: z.boolean(),
      /** cross-validated on the coded segments (the shipped fragments only train); null below ten segments */
      measured: z
        .object({
          fragments: z.number(),
          folds: z.number(),
          /** per domain (a flat codebook: per code): a suggested code is right when the coder gave it */
          byGroup: z.array(figuresView.extend({ group: z.string() })),
          overall: figuresView,
          /** a suggestion is right when its domain is one the coder gave */
          domainOverall: figuresView,
        })
        .nullable(),
    }),
  ),
});
export type SuggestionModelsView = z.infer<typeof suggestionModelsView>;

// --- suggestions and agreement -----------------------------------------------------------------

export const sentenceSuggestionsView = z.object({
  language: z.enum(LOCALES),
  sentences: z.array(z.object({ start: z.number(), end: z.number(), text: z.string(), suggestions: suggestView.shape.suggestions })),
});
export type SentenceSuggestionsView = z.infer<typeof sentenceSuggestionsView>;

export const agreementQuery = z.object({
  coders: z
    .string()
    .max(400)
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : undefined))
    .pipe(z.array(id).max(10).optional()),
  codebook: text(40).default('typology'),
  sourceId: id.optional(),
});
export type AgreementQuery = z.infer<typeof agreementQuery>;

export const agreementView = z.object({
  method: z.enum(['kappa', 'alpha']).nullable(),
  coders: z.array(z.object({ id: z.string(), name: z.string() })),
  /** the units of agreement: the sentences of the sources */
  units: z.number(),
  percentAgreement: z.number().nullable(),
  /** mean kappa (two coders) or mean alpha (more) over the codes where it is defined */
  overall: z.number().nullable(),
  byCode: z.array(z.object({ code: z.string(), units: z.number(), percentAgreement: z.number(), value: z.number().nullable() })),
  /** sentences where the coders differ, to settle side by side */
  differences: z.array(
    z.object({
      sourceId: id,
      sourceTitle: z.string(),
      start: z.number(),
      end: z.number(),
      text: z.string(),
      byCoder: z.array(z.object({ coderId: z.string(), codes: z.array(z.string()) })),
    }),
  ),
});
export type AgreementView = z.infer<typeof agreementView>;

/** What a REFI-QDA project import brought in. */
export const refiImportSummaryView = z.object({
  sources: z.number(),
  segments: z.number(),
  codings: z.number(),
  newCodes: z.number(),
  unknownCoders: z.number(),
  ignored: z.array(z.string()),
});
export type RefiImportSummaryView = z.infer<typeof refiImportSummaryView>;
