import { z } from 'zod';
import { isCountryCode } from './countries.js';
import { LOCALES, PRODUCT_KINDS, SECTORS } from './reference.js';
import { id, isoDate, required, text, uploadedFile } from './schemas.js';
import { SLUG_PATTERN } from './slug.js';

// After the project: dissemination, products in use by others, the network, the follow-up day and
// the recognition of what participants learned. Messages are keys of shared/messages.ts, as in schemas.ts.

export const DISSEMINATION_TYPES = ['team_meeting', 'presentation', 'newsletter', 'website', 'conference', 'social_media', 'press', 'training'] as const;
export type DisseminationType = (typeof DISSEMINATION_TYPES)[number];
/** Within the own organisation (sharing with colleagues and management) or beyond it. */
export const DISSEMINATION_SCOPES = ['internal', 'external'] as const;
export type DisseminationScope = (typeof DISSEMINATION_SCOPES)[number];
/** A team meeting stays inside the organisation; everything else is taken to go beyond it unless said otherwise. */
export const defaultScope = (type: DisseminationType): DisseminationScope => (type === 'team_meeting' ? 'internal' : 'external');

export const FOLLOW_UP_TYPES = ['counter_visit', 'new_project', 'lasting_contact'] as const;
export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];
/** What kind of organisation the contact is with: decides which cooperation indicator it is evidence for. */
export const PARTNER_KINDS = ['education', 'labour_market', 'civil_society', 'government', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const RECOGNITION_TYPES = ['development_plan', 'certificate', 'new_task', 'other'] as const;
export type RecognitionType = (typeof RECOGNITION_TYPES)[number];

export const USER_ORGANISATION_TYPES = [
  'school',
  'vet_college',
  'higher_education',
  'adult_education',
  'training_provider',
  'civil_society',
  'government',
  'company',
  'other',
] as const;
export type UserOrganisationType = (typeof USER_ORGANISATION_TYPES)[number];
/** The education sector a third party used a product in, or `other` outside education. */
export const USE_SECTORS = [...SECTORS, 'other'] as const;
export type UseSector = (typeof USE_SECTORS)[number];
export const RECOMMEND_ANSWERS = ['yes', 'maybe', 'no'] as const;
export type RecommendAnswer = (typeof RECOMMEND_ANSWERS)[number];

/**
 * The typology indicators that what happens after the project is evidence for (README, "After the
 * project"): uses of products by others and dissemination beyond the organisation put themes on the
 * agenda (ORG.agenda); dissemination inside it shares knowledge with colleagues (ORG.shared); every
 * network follow-up enlarges the professional network (COL.network); one with a partner of the
 * project intensifies that cooperation (COL.partner); one with a civil-society or labour-market
 * organisation intensifies cooperation with those (COL.civil_society, COL.labour_market).
 */
export const EVIDENCE_INDICATORS = ['ORG.agenda', 'ORG.shared', 'COL.network', 'COL.partner', 'COL.civil_society', 'COL.labour_market'] as const;
export type EvidenceIndicator = (typeof EVIDENCE_INDICATORS)[number];

/** Limits of the public use form; the web form shows them and the server enforces them. */
export const USE_LIMITS = { howUsed: 2000, feedback: 4000, email: 320, body: 32 * 1024 } as const;
/** A product file: at most 10 MB, of a type a reader can open without running anything. */
export const PRODUCT_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const PRODUCT_FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  epub: 'application/epub+zip',
  zip: 'application/zip',
  txt: 'text/plain; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const url = z.url({ message: 'validation.url', protocol: /^https?$/ }).max(500, { message: 'validation.too_long' });
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(TIME, { message: 'validation.time' });
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'validation.country' });
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'validation.choice' });

export const slugParams = z.object({ slug: z.string().max(80).regex(SLUG_PATTERN, { message: 'validation.slug' }) });

// --- dissemination -------------------------------------------------------------

export const disseminationInput = z.object({
  date: isoDate.nullish(),
  type: choice(DISSEMINATION_TYPES),
  /** defaults to `defaultScope(type)` */
  scope: choice(DISSEMINATION_SCOPES).nullish(),
  title: required(300),
  audience: required(300),
  reach: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.number' })
    .min(0, { message: 'validation.number' })
    .max(100_000_000, { message: 'validation.too_large' })
    .nullish(),
  link: url.nullish(),
  /** an outcome of the project's impact model that this dissemination serves */
  outcomeId: id.nullish(),
  notes: text(2000).nullish(),
});
export type DisseminationInput = z.infer<typeof disseminationInput>;

export const disseminationView = z.object({
  id,
  date: z.string().nullable(),
  type: z.enum(DISSEMINATION_TYPES),
  scope: z.enum(DISSEMINATION_SCOPES),
  title: z.string(),
  audience: z.string(),
  reach: z.number().nullable(),
  link: z.string().nullable(),
  outcome: z.object({ id, title: z.string() }).nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type DisseminationView = z.infer<typeof disseminationView>;

export const participantUpdateInput = z.object({ subject: required(200), body: required(5000) });
export type ParticipantUpdateInput = z.infer<typeof participantUpdateInput>;
export const participantUpdateView = z.object({ recipients: z.number(), dissemination: disseminationView });
export type ParticipantUpdateView = z.infer<typeof participantUpdateView>;

// --- network follow-ups -----------------------------------------------------------

export const followUpInput = z
  .object({
    type: choice(FOLLOW_UP_TYPES),
    /** one of the project's partners; or name another organisation in `partnerName` */
    partnerId: id.nullish(),
    partnerName: text(300).nullish(),
    partnerKind: choice(PARTNER_KINDS),
    date: isoDate.nullish(),
    description: text(2000).nullish(),
  })
  .refine((v) => !!v.partnerId || !!v.partnerName, { path: ['partnerName'], message: 'validation.required' });
export type FollowUpInput = z.infer<typeof followUpInput>;

export const followUpView = z.object({
  id,
  type: z.enum(FOLLOW_UP_TYPES),
  partnerId: id.nullable(),
  partnerName: z.string(),
  partnerKind: z.enum(PARTNER_KINDS),
  date: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
});
export type FollowUpView = z.infer<typeof followUpView>;

// --- the follow-up day --------------------------------------------------------------

export const followUpDayInput = z
  .object({
    activityId: id.nullish(),
    /** when left out: a year after the end of the activity (or of the project) */
    date: isoDate.nullish(),
    startTime: time,
    endTime: time,
    place: required(300),
    agenda: text(4000).default(''),
  })
  // compared only when both are times: a wrong time gets its own message, not this one too
  .refine((v) => !TIME.test(v.startTime) || !TIME.test(v.endTime) || v.endTime > v.startTime, { path: ['endTime'], message: 'validation.time_order' });
export type FollowUpDayInput = z.infer<typeof followUpDayInput>;

export const followUpRecordInput = z.object({
  attended: z.array(id).max(5000),
  presented: text(4000).nullish(),
});
export type FollowUpRecordInput = z.infer<typeof followUpRecordInput>;

export const followUpDayView = z.object({
  id,
  activityId: id.nullable(),
  activityTitle: z.string().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  timeZone: z.literal('Europe/Amsterdam'),
  place: z.string(),
  agenda: z.string(),
  presented: z.string().nullable(),
  people: z.array(
    z.object({
      participantId: id,
      name: z.string(),
      invitedAt: z.string().nullable(),
      attended: z.boolean(),
    }),
  ),
  createdAt: z.string(),
});
export type FollowUpDayView = z.infer<typeof followUpDayView>;
export const invitationsSentView = z.object({ invited: z.number(), withQuestionnaireLink: z.number(), day: followUpDayView });
export type InvitationsSentView = z.infer<typeof invitationsSentView>;

// --- recognition ----------------------------------------------------------------------

export const recognitionInput = z.object({
  participantId: id,
  type: choice(RECOGNITION_TYPES),
  description: text(1000).nullish(),
  date: isoDate.nullish(),
});
export type RecognitionInput = z.infer<typeof recognitionInput>;
export const recognitionView = z.object({
  id,
  participantId: id,
  participantName: z.string(),
  type: z.enum(RECOGNITION_TYPES),
  description: z.string().nullable(),
  date: z.string().nullable(),
});
export type RecognitionView = z.infer<typeof recognitionView>;

// --- products: the public page and uses by others -------------------------------------

export const productFileView = z.object({ name: z.string(), size: z.number(), contentType: z.string() });
export type ProductFileView = z.infer<typeof productFileView>;

/** A product's file, uploaded as multipart/form-data under `file` (at most PRODUCT_FILE_MAX_BYTES, which the server's reader enforces with 413). */
export const productFileUpload = z.object({
  file: uploadedFile(Object.keys(PRODUCT_FILE_TYPES), 'validation.product_file_type'),
});
export type ProductFileUpload = z.infer<typeof productFileUpload>;

export const publicProductView = z.object({
  slug: z.string(),
  title: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  description: z.object({ nl: z.string().nullable(), en: z.string().nullable() }),
  url: z.string().nullable(),
  file: productFileView.nullable(),
  project: z.object({
    title: z.string(),
    acronym: z.string().nullable(),
    organisation: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    partners: z.array(z.object({ name: z.string(), country: z.string() })),
  }),
});
export type PublicProductView = z.infer<typeof publicProductView>;

/**
 * What a third party tells on the public page. `website` is a honeypot: hidden from people, filled
 * by bots; a filled one is answered like any other and stored nowhere.
 */
export const useInput = z.object({
  organisationType: choice(USER_ORGANISATION_TYPES),
  country: countryCode.refine(isCountryCode, { message: 'validation.country' }),
  sector: choice(USE_SECTORS),
  howUsed: required(USE_LIMITS.howUsed),
  recommend: choice(RECOMMEND_ANSWERS),
  feedback: text(USE_LIMITS.feedback).nullish(),
  email: z
    .union([z.literal(''), z.email({ message: 'validation.email' }).max(USE_LIMITS.email, { message: 'validation.too_long' })])
    .nullish()
    .transform((v) => v || null),
  locale: choice(LOCALES).default('nl'),
  website: text(500).nullish(),
});
export type UseInput = z.infer<typeof useInput>;
export type UseFormInput = z.input<typeof useInput>;
export const useReceivedView = z.object({ received: z.literal(true) });

export const useView = z.object({
  id,
  productId: id,
  productTitle: z.string(),
  organisationType: z.enum(USER_ORGANISATION_TYPES),
  country: z.string(),
  sector: z.enum(USE_SECTORS),
  howUsed: z.string(),
  recommend: z.enum(RECOMMEND_ANSWERS),
  feedback: z.string().nullable(),
  /** whether the user left an address for one follow-up question that has not been asked yet */
  canReply: z.boolean(),
  /** the address itself only for the product's own team, never for the agency's analysts */
  email: z.string().nullable(),
  reply: z.object({ text: z.string(), at: z.string() }).nullable(),
  createdAt: z.string(),
});
export type UseView = z.infer<typeof useView>;
const countOf = <K extends z.ZodType>(key: K) => z.array(z.object({ key, count: z.number() }));
export const usesView = z.object({
  total: z.number(),
  uses: z.array(useView),
  byMonth: countOf(z.string()),
  byCountry: countOf(z.string()),
  bySector: countOf(z.enum(USE_SECTORS)),
  recommend: z.object({ yes: z.number(), maybe: z.number(), no: z.number() }),
});
export type UsesView = z.infer<typeof usesView>;
export const useListQuery = z.object({ productId: id.optional() });
export const replyInput = z.object({ text: required(4000) });
export type ReplyInput = z.infer<typeof replyInput>;

// --- evidence for the analytics -------------------------------------------------------

export const indicatorEvidenceView = z.object({
  code: z.enum(EVIDENCE_INDICATORS),
  productUses: z.number(),
  disseminations: z.number(),
  reach: z.number(),
  followUps: z.number(),
});
export const afterEvidenceView = z.object({
  projectId: id,
  productUses: z.number(),
  disseminations: z.object({ events: z.number(), reach: z.number() }),
  followUps: z.object({ counter_visit: z.number(), new_project: z.number(), lasting_contact: z.number() }),
  indicators: z.array(indicatorEvidenceView),
});
export type AfterEvidenceView = z.infer<typeof afterEvidenceView>;
