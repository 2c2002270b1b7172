import { z } from 'zod';
import { KEY_ACTIONS, LOCALES, SECTORS } from './reference.js';
import { id, text } from './schemas.js';

// Reports: the Agency's case chapters and cross-case analysis, the coordinator's project impact
// report, and the participant's certificate of participation.

export const REPORT_KINDS = ['case', 'cross-case', 'project'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The most projects one report takes: an agency-wide cross-case analysis of a year's cases, not of every project. */
export const MAX_REPORT_PROJECTS = 50;

export const reportInput = z.object({
  kind: z.enum(REPORT_KINDS, { message: 'validation.choice' }),
  projectIds: z
    .array(id)
    .min(1, { message: 'validation.required' })
    .max(MAX_REPORT_PROJECTS, { message: 'validation.too_many' })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'report.duplicate_project' }),
  lang: z.enum(LOCALES, { message: 'validation.choice' }),
  format: z.enum(REPORT_FORMATS, { message: 'validation.choice' }),
});
export type ReportInput = z.infer<typeof reportInput>;

export const reportQueuedView = z.object({ id, status: z.enum(REPORT_STATUSES) });
export type ReportQueuedView = z.infer<typeof reportQueuedView>;

/** What `GET /reports/{id}` answers: only where the job is. `progress` is a percentage. */
export const reportStatusView = z.object({ id, status: z.enum(REPORT_STATUSES), progress: z.number().int().min(0).max(100) });
export type ReportStatusView = z.infer<typeof reportStatusView>;

/** A report in the list: who generated what and when. */
export const reportView = reportStatusView.extend({
  kind: z.enum(REPORT_KINDS),
  lang: z.enum(LOCALES),
  format: z.enum(REPORT_FORMATS),
  title: z.string(),
  projects: z.array(z.object({ id, title: z.string() })),
  requestedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  fileName: z.string().nullable(),
  fileSize: z.number().nullable(),
  /** the versions of the analyst's narrative texts the report was written with */
  narrativeVersions: z.array(z.object({ subject: z.string(), version: z.number() })),
  error: z.string().nullable(),
});
export type ReportView = z.infer<typeof reportView>;

export const reportListQuery = z.object({
  projectId: id.optional(),
  kind: z.enum(REPORT_KINDS, { message: 'validation.choice' }).optional(),
});
export type ReportListQuery = z.infer<typeof reportListQuery>;

// --- selecting cases ----------------------------------------------------------------------------

/** The report's criteria for a case: sector, key action, closed at least N years ago, staff as the target group. */
export const caseCandidateQuery = z.object({
  sector: z.enum(SECTORS, { message: 'validation.choice' }).optional(),
  keyAction: z.enum(KEY_ACTIONS, { message: 'validation.choice' }).optional(),
  closedYears: z.coerce.number({ message: 'validation.number' }).int().min(0).max(30).optional(),
  staffOnly: z.enum(['true', 'false'], { message: 'validation.boolean' }).optional(),
  q: text(100).optional(),
});
export type CaseCandidateQuery = z.infer<typeof caseCandidateQuery>;

export const caseCandidateView = z.object({
  id,
  title: z.string(),
  acronym: z.string().nullable(),
  organisation: z.object({ id, name: z.string() }),
  sector: z.enum(SECTORS),
  keyAction: z.enum(KEY_ACTIONS),
  endDate: z.string().nullable(),
  /** whole years since the end date; null while the project has no end date */
  closedYears: z.number().nullable(),
  /** KA1 is staff mobility; a KA2 partnership counts when it trains staff (a learning, teaching or training activity) */
  staffTarget: z.boolean(),
  /** coded fragments and quotes gathered so far: a case without evidence makes an empty chapter */
  segments: z.number(),
  quotes: z.number(),
});
export type CaseCandidateView = z.infer<typeof caseCandidateView>;

// --- the analyst's narrative texts --------------------------------------------------------------

/** The sections of a case chapter (x.1-x.4 with an introduction) and of the cross-case analysis (chapter 6's 6.1-6.4). */
export const CASE_SECTIONS = ['intro', 'projects', 'people', 'impact', 'factors'] as const;
export const CROSS_CASE_SECTIONS = ['intro', 'aims', 'activities', 'outcomes', 'conclusions'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];
export type CrossCaseSection = (typeof CROSS_CASE_SECTIONS)[number];
export const NARRATIVE_KINDS = ['case', 'cross-case'] as const;
export type NarrativeKind = (typeof NARRATIVE_KINDS)[number];
export const sectionsOf = (kind: NarrativeKind): readonly string[] => (kind === 'case' ? CASE_SECTIONS : CROSS_CASE_SECTIONS);

/** A narrative's subject: a case is an organisation with its selected projects; the cross-case chapter has one text. */
export const narrativeKey = z.object({
  kind: z.enum(NARRATIVE_KINDS, { message: 'validation.choice' }),
  /** the case's organisation; absent for the cross-case analysis */
  organisationId: id.optional(),
  lang: z.enum(LOCALES, { message: 'validation.choice' }),
});
export type NarrativeKey = z.infer<typeof narrativeKey>;

export const narrativeInput = narrativeKey.extend({
  sections: z.record(z.string(), text(20_000)),
});
export type NarrativeInput = z.infer<typeof narrativeInput>;

export const narrativeVersionView = z.object({
  id,
  version: z.number(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export const narrativeView = narrativeVersionView.extend({
  kind: z.enum(NARRATIVE_KINDS),
  organisationId: z.string().nullable(),
  lang: z.enum(LOCALES),
  sections: z.record(z.string(), z.string()),
});
export type NarrativeView = z.infer<typeof narrativeView>;
/** The latest text (null before the first save) and every version kept. */
export const narrativeHistoryView = z.object({ latest: narrativeView.nullable(), versions: z.array(narrativeVersionView) });
export type NarrativeHistoryView = z.infer<typeof narrativeHistoryView>;

// --- certificates ---------------------------------------------------------------------------------

/** A verification code as printed: twelve letters and digits in groups of four (case and dashes do not matter). */
export const certificateCodeParams = z.object({
  code: z
    .string()
    .max(40, { message: 'validation.too_long' })
    .regex(/^[A-Za-z0-9-]{1,40}$/, { message: 'certificate.code_format' }),
});

/** The public check of a code: valid or not, and then only the name on the certificate and the activity. */
export const certificateCheckView = z.object({
  valid: z.boolean(),
  name: z.string().nullable(),
  activity: z.string().nullable(),
});
export type CertificateCheckView = z.infer<typeof certificateCheckView>;
