import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  INTERVIEWEE_ROLES,
  KEY_ACTIONS,
  LOCALES,
  ORGANISATION_TYPES,
  PARTNER_ROLES,
  PRODUCT_KINDS,
  PROJECT_STATUSES,
  SECTORS,
  USER_ROLES,
} from './reference.js';

// The API's shapes, validated at the HTTP boundary and reused by the web forms.
// Messages are i18n keys (see web/i18n), so that every error a user sees can be translated.

/**
 * Erasmus+ project code: call year, round, NA, key action, number, e.g. 2016-1-NL01-KA101-022880; from
 * 2021 with the field before a nine-digit number, e.g. 2021-1-NL01-KA122-SCH-000012345
 */
export const PROJECT_CODE_PATTERN = /^(20\d\d)-([1-3])-([A-Z]{2}\d{2})-(KA\d{3})-(?:[A-Z]{3}-\d{9}|\d{6})$/;

export const id = z.uuid({ message: 'validation.id' });
export const isoDate = z.iso.date({ message: 'validation.date' });

// No text we take may hold a NUL character: PostgreSQL cannot store one, and no person types one.
const noNul = (v: string) => !v.includes('\u0000');
const NUL = { message: 'validation.nul' };
/** Text as a person types it, up to `max` characters, trimmed. Every text field of the API is one of these. */
export const text = (max: number) => z.string().trim().max(max, { message: 'validation.too_long' }).refine(noNul, NUL);
/** Text that must not be empty. */
export const required = (max: number) => text(max).min(1, { message: 'validation.required' });
/** Text kept exactly as given (a transcript, an answer): not trimmed, but no NUL either. */
export const verbatim = (max: number) => z.string().min(1, { message: 'validation.required' }).max(max, { message: 'validation.too_long' }).refine(noNul, NUL);

// --- uploads (multipart/form-data) --------------------------------------------------------

/** A file of a multipart upload as the server reads it: its name, type and bytes. */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Uint8Array;
}
const isUploadedFile = (v: unknown): v is UploadedFile =>
  typeof v === 'object' && v !== null && typeof (v as UploadedFile).filename === 'string' && (v as UploadedFile).data instanceof Uint8Array;

/** The `file` part of an upload, with one of the given extensions (any name when none are given: the content is checked). */
export const uploadedFile = (extensions: readonly string[], message = 'validation.file_type') =>
  z
    .custom<UploadedFile>(isUploadedFile, { message: 'validation.required' })
    .refine((f) => f.filename.length <= 255 && (extensions.length === 0 || new RegExp(`\\.(${extensions.join('|')})$`, 'i').test(f.filename)), { message })
    .meta({ type: 'string', format: 'binary', description: extensions.length ? `a .${extensions.join(', .')} file` : 'a file' });

/** A yes/no field of a form: "true" or "false". */
export const formFlag = z.enum(['true', 'false'], { message: 'validation.boolean' }).transform((v) => v === 'true');

/** A form field holding JSON, read through `schema`. */
export const formJson = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .max(20_000, { message: 'validation.too_long' })
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'validation.invalid' });
        return z.NEVER;
      }
    })
    .pipe(schema);

/** A field a form may repeat (one value per entry), read as a list. */
export const formList = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max, { message: 'validation.too_many' }));
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'validation.country' });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

// --- auth -------------------------------------------------------------------

export const loginInput = z.object({
  email: z.email({ message: 'validation.email' }).max(320),
  password: z.string().min(1, { message: 'validation.required' }).max(200),
});
export type LoginInput = z.infer<typeof loginInput>;

export const userView = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  locale: z.enum(LOCALES),
});
export type UserView = z.infer<typeof userView>;

export const meView = z.object({ user: userView, expiresAt: z.string() });
export type MeView = z.infer<typeof meView>;

// --- reference ---------------------------------------------------------------

export const termView = z.object({ code: z.string(), parent: z.string().nullable(), nl: z.string(), en: z.string() });
export type TermView = z.infer<typeof termView>;
export const codeView = z.object({
  id,
  key: z.string(),
  parentKey: z.string().nullable(),
  nl: z.string(),
  en: z.string(),
  color: z.string().nullable(),
});
export type CodeView = z.infer<typeof codeView>;
export const codebookView = z.object({
  id,
  key: z.string(),
  kind: z.string(),
  nl: z.string(),
  en: z.string(),
  codes: z.array(codeView),
});
export type CodebookView = z.infer<typeof codebookView>;
export const referenceView = z.object({
  terms: z.record(z.string(), z.array(termView)),
  codebooks: z.array(codebookView),
});
export type ReferenceView = z.infer<typeof referenceView>;

// --- organisations -------------------------------------------------------------

export const organisationInput = z.object({
  name: required(200),
  shortName: text(60).nullish(),
  type: z.enum(ORGANISATION_TYPES, { message: 'validation.choice' }),
  sector: z.enum(SECTORS, { message: 'validation.choice' }).nullish(),
  city: text(120).nullish(),
  country: countryCode.default('NL'),
  website: z.url({ message: 'validation.url' }).max(300).nullish(),
  description: text(4000).nullish(),
});
export type OrganisationInput = z.infer<typeof organisationInput>;
// a change names only what changes: no field takes its default (zod 4 fills defaults in optional fields)
export const organisationPatch = organisationInput.extend({ country: countryCode }).partial();
export type OrganisationPatch = z.infer<typeof organisationPatch>;

export const organisationView = z.object({
  id,
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.enum(ORGANISATION_TYPES),
  sector: z.enum(SECTORS).nullable(),
  city: z.string().nullable(),
  country: z.string(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  archived: z.boolean(),
  projectCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganisationView = z.infer<typeof organisationView>;

export const pageQuery = z.object({
  page: z.coerce.number({ message: 'validation.number' }).int().min(1).default(1),
  pageSize: z.coerce.number({ message: 'validation.number' }).int().min(1).max(100, { message: 'validation.too_large' }).default(20),
});

const booleanFlag = z.enum(['true', 'false'], { message: 'validation.boolean' }).transform((v) => v === 'true');

export const organisationListQuery = pageQuery.extend({
  q: text(200).optional(),
  type: z.enum(ORGANISATION_TYPES, { message: 'validation.choice' }).optional(),
  archived: booleanFlag.optional(),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuery>;

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

// --- projects ----------------------------------------------------------------------

const projectCode = z.string().trim().toUpperCase().regex(PROJECT_CODE_PATTERN, { message: 'validation.project_code' });

const projectFields = z.object({
  code: projectCode.nullish(),
  title: required(300),
  acronym: text(60).nullish(),
  summary: text(8000).nullish(),
  aims: z.array(required(1000)).max(50),
  sector: z.enum(SECTORS, { message: 'validation.choice' }),
  keyAction: z.enum(KEY_ACTIONS, { message: 'validation.choice' }),
  callYear: z.number({ message: 'validation.number' }).int().min(2014, { message: 'validation.call_year' }).max(2100, { message: 'validation.call_year' }),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  status: z.enum(PROJECT_STATUSES.filter((s) => s !== 'archived') as ['planned', 'running', 'finished'], { message: 'validation.choice' }),
  grantEur: z.number({ message: 'validation.number' }).int().min(0).max(100_000_000).nullish(),
});

function datesInOrder(v: { startDate?: string | null; endDate?: string | null }) {
  return !v.startDate || !v.endDate || v.startDate <= v.endDate;
}
const DATE_ORDER = { message: 'validation.date_order', path: ['endDate'] };

/** A code, when given, must name the same call year and key action as the project (KA1xx or KA2xx). */
function codeMatches(v: { code?: string | null; callYear?: number; keyAction?: string }) {
  if (!v.code) return true;
  const m = PROJECT_CODE_PATTERN.exec(v.code);
  if (!m) return true;
  const yearOk = v.callYear === undefined || Number(m[1]) === v.callYear;
  const actionOk = v.keyAction === undefined || m[4]!.startsWith(v.keyAction);
  return yearOk && actionOk;
}
const CODE_MATCH = { message: 'validation.project_code_mismatch', path: ['code'] };

export const projectInput = projectFields
  .extend({ organisationId: id.optional(), aims: projectFields.shape.aims.default([]), status: projectFields.shape.status.default('planned') })
  .refine(datesInOrder, DATE_ORDER)
  .refine(codeMatches, CODE_MATCH);
export type ProjectInput = z.infer<typeof projectInput>;

export const projectPatch = projectFields.partial().refine(datesInOrder, DATE_ORDER).refine(codeMatches, CODE_MATCH);
export type ProjectPatch = z.infer<typeof projectPatch>;

export const projectListQuery = pageQuery.extend({
  sector: z.enum(SECTORS, { message: 'validation.choice' }).optional(),
  keyAction: z.enum(KEY_ACTIONS, { message: 'validation.choice' }).optional(),
  callYear: z.coerce.number({ message: 'validation.number' }).int().min(2000).max(2100).optional(),
  status: z.enum(PROJECT_STATUSES, { message: 'validation.choice' }).optional(),
  organisationId: id.optional(),
  q: text(200).optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;

export const projectSummaryView = z.object({
  id,
  code: z.string().nullable(),
  title: z.string(),
  acronym: z.string().nullable(),
  sector: z.enum(SECTORS),
  keyAction: z.enum(KEY_ACTIONS),
  callYear: z.number(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(PROJECT_STATUSES),
  organisation: z.object({ id, name: z.string() }),
});
export type ProjectSummaryView = z.infer<typeof projectSummaryView>;

export const partnerInput = z.object({
  name: required(200),
  country: countryCode,
  city: text(120).nullish(),
  role: z.enum(PARTNER_ROLES, { message: 'validation.choice' }).default('partner'),
});
export type PartnerInput = z.infer<typeof partnerInput>;
export const partnerView = z.object({ id, name: z.string(), country: z.string(), city: z.string().nullable(), role: z.enum(PARTNER_ROLES) });
export type PartnerView = z.infer<typeof partnerView>;

export const activityInput = z
  .object({
    type: z.enum(ACTIVITY_TYPES, { message: 'validation.choice' }),
    title: required(300),
    description: text(4000).nullish(),
    destinationCity: text(120).nullish(),
    destinationCountry: countryCode.nullish(),
    startDate: isoDate.nullish(),
    endDate: isoDate.nullish(),
    participantCount: z.number({ message: 'validation.number' }).int().min(0).max(100_000).nullish(),
  })
  .refine(datesInOrder, DATE_ORDER);
export type ActivityInput = z.infer<typeof activityInput>;
export const activityView = z.object({
  id,
  type: z.enum(ACTIVITY_TYPES),
  title: z.string(),
  description: z.string().nullable(),
  destinationCity: z.string().nullable(),
  destinationCountry: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  participantCount: z.number().nullable(),
});
export type ActivityView = z.infer<typeof activityView>;

export const productInput = z.object({
  title: required(300),
  kind: z.enum(PRODUCT_KINDS, { message: 'validation.choice' }),
  /** in Dutch; `descriptionEn` in English, both shown on the public page */
  description: text(4000).nullish(),
  descriptionEn: text(4000).nullish(),
  // only web addresses: the link is shown to anyone on the product's public page
  url: z
    .url({ message: 'validation.url', protocol: /^https?$/ })
    .max(500)
    .nullish(),
});
export type ProductInput = z.infer<typeof productInput>;
export const productView = z.object({
  id,
  title: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  description: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  url: z.string().nullable(),
  /** the public page is /p/<slug>; made from the first title and never changed */
  slug: z.string(),
  file: z.object({ name: z.string(), size: z.number(), contentType: z.string() }).nullable(),
});
export type ProductView = z.infer<typeof productView>;

export const intervieweeView = z.object({ id, role: z.enum(INTERVIEWEE_ROLES), label: z.string(), description: z.string().nullable() });
export type IntervieweeView = z.infer<typeof intervieweeView>;

export const contactView = z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), role: z.enum(USER_ROLES) });
export type ContactView = z.infer<typeof contactView>;

export const evidenceCountView = z.object({ sources: z.number(), segments: z.number(), quotes: z.number() });

export const projectView = projectSummaryView.extend({
  summary: z.string().nullable(),
  aims: z.array(z.string()),
  grantEur: z.number().nullable(),
  archived: z.boolean(),
  partners: z.array(partnerView),
  activities: z.array(activityView),
  products: z.array(productView),
  interviewees: z.array(intervieweeView),
  contacts: z.array(contactView),
  evidence: evidenceCountView,
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProjectView = z.infer<typeof projectView>;

export const idParams = z.object({ id });
export const childParams = z.object({ id, childId: id });
