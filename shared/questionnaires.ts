import { z } from 'zod';
import { FACTOR_CODES, LOCALES, MOMENTS, TYPOLOGY_CODES } from './reference.js';
import { formFlag, formJson, id, isoDate, text, uploadedFile } from './schemas.js';

// Participants and the longitudinal questionnaires: T0 before, D daily during, T1 on return,
// T2 about 12 months after, T3 36 months or more after.

export const PARTICIPANT_ROLES = ['teacher', 'trainer', 'staff', 'manager', 'volunteer', 'other'] as const;
export const PARTICIPANT_STATUSES = ['candidate', 'selected', 'withdrawn'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const ITEM_KINDS = ['state', 'retrospective', 'open', 'factor'] as const;
export const INVITATION_STATUSES = ['scheduled', 'sent', 'completed', 'expired', 'cancelled'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const SURVEY_MOMENTS = ['T0', 'T1', 'T2', 'T3'] as const;
export type SurveyMoment = (typeof SURVEY_MOMENTS)[number];

/** When each moment falls, relative to the participant's activity (DESIGN.md's defaults). */
export const DEFAULT_MOMENTS: Record<SurveyMoment, { anchor: 'start' | 'end'; offsetDays: number }> = {
  T0: { anchor: 'start', offsetDays: -14 },
  T1: { anchor: 'end', offsetDays: 0 },
  T2: { anchor: 'end', offsetDays: 365 },
  T3: { anchor: 'end', offsetDays: 3 * 365 },
};

/** 1 = strongly disagree … 5 = strongly agree; 0 = not applicable. */
export const SCALE_VALUES = [0, 1, 2, 3, 4, 5] as const;

export const selectionFields = z.object({
  motivation: text(2000).nullish(),
  fitOwnDevelopment: text(2000).nullish(),
  fitSchoolDevelopment: text(2000).nullish(),
  willingToPrepare: z.boolean().nullish(),
  willingToShare: z.boolean().nullish(),
  timeGiven: text(1000).nullish(),
});
export type SelectionFields = z.infer<typeof selectionFields>;

export const participantInput = z
  .object({
    name: text(200).min(1, { message: 'validation.required' }),
    email: z.email({ message: 'validation.email' }).max(320),
    role: z.enum(PARTICIPANT_ROLES, { message: 'validation.choice' }),
    locale: z.enum(LOCALES, { message: 'validation.choice' }).default('nl'),
    activityId: id.nullish(),
    startDate: isoDate.nullish(),
    endDate: isoDate.nullish(),
    status: z.enum(PARTICIPANT_STATUSES, { message: 'validation.choice' }).default('candidate'),
    selection: selectionFields.default({}),
  })
  .refine((v) => !v.startDate || !v.endDate || v.startDate <= v.endDate, { message: 'validation.date_order', path: ['endDate'] });
export type ParticipantInput = z.infer<typeof participantInput>;

export const participantView = z.object({
  id,
  name: z.string(),
  email: z.string(),
  role: z.enum(PARTICIPANT_ROLES),
  locale: z.enum(LOCALES),
  activityId: z.string().nullable(),
  activityTitle: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(PARTICIPANT_STATUSES),
  selection: selectionFields,
  pseudonym: z.string(),
  invitations: z.array(
    z.object({
      id,
      moment: z.enum(MOMENTS),
      day: z.string(),
      status: z.enum(INVITATION_STATUSES),
      dueAt: z.string(),
      sentAt: z.string().nullable(),
      remindersSent: z.number(),
      completedAt: z.string().nullable(),
    }),
  ),
});
export type ParticipantView = z.infer<typeof participantView>;

/** Our field -> the file's column header, for an uploaded participant list. */
export const participantMapping = z.object({
  name: z.string().max(200),
  email: z.string().max(200),
  role: z.string().max(200).optional(),
  locale: z.string().max(200).optional(),
  startDate: z.string().max(200).optional(),
  endDate: z.string().max(200).optional(),
  status: z.string().max(200).optional(),
});
export type ParticipantMapping = z.infer<typeof participantMapping>;

/** A participant list uploaded as a file (multipart/form-data): .csv or .xlsx, with an optional mapping (JSON) and dryRun. */
export const participantImportInput = z.object({
  file: uploadedFile(['csv', 'xlsx'], 'validation.file_type_list'),
  mapping: formJson(participantMapping).optional(),
  dryRun: formFlag.default(false),
});
export type ParticipantImportInput = z.infer<typeof participantImportInput>;

export const participantImportView = z.object({
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  rows: z.number(),
  imported: z.number(),
  errors: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
});
export type ParticipantImportView = z.infer<typeof participantImportView>;

export const momentSettingInput = z.object({
  moments: z
    .array(
      z.object({
        moment: z.enum(SURVEY_MOMENTS, { message: 'validation.choice' }),
        enabled: z.boolean(),
        anchor: z.enum(['start', 'end'], { message: 'validation.choice' }),
        offsetDays: z.number().int().min(-365).max(3650),
      }),
    )
    .max(4),
  anonymous: z.boolean().optional(),
  reminderDays: z
    .array(z.number().int().min(1).max(60))
    .max(2)
    .refine((days) => days.every((d, i) => i === 0 || d > days[i - 1]!), { message: 'validation.reminder_order' })
    .optional(),
});
export type MomentSettingInput = z.infer<typeof momentSettingInput>;

export const momentSettingsView = z.object({
  moments: z.array(z.object({ moment: z.enum(SURVEY_MOMENTS), enabled: z.boolean(), anchor: z.enum(['start', 'end']), offsetDays: z.number() })),
  anonymous: z.boolean(),
  reminderDays: z.array(z.number()),
});
export type MomentSettingsView = z.infer<typeof momentSettingsView>;

// --- instruments --------------------------------------------------------------------------

export const itemInput = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9_.-]+$/, { message: 'validation.code_key' }),
  kind: z.enum(ITEM_KINDS, { message: 'validation.choice' }),
  typologyCode: z.enum(TYPOLOGY_CODES, { message: 'validation.choice' }).nullish(),
  factorCode: z.enum(FACTOR_CODES, { message: 'validation.choice' }).nullish(),
  nl: text(1000).min(1, { message: 'validation.required' }),
  en: text(1000).min(1, { message: 'validation.required' }),
  required: z.boolean().default(false),
});
export type ItemInput = z.infer<typeof itemInput>;

export const instrumentInput = z.object({
  titleNl: text(300).min(1, { message: 'validation.required' }),
  titleEn: text(300).min(1, { message: 'validation.required' }),
  introNl: text(4000).nullish(),
  introEn: text(4000).nullish(),
  items: z.array(itemInput).min(1, { message: 'validation.required' }).max(80),
});
export type InstrumentInput = z.infer<typeof instrumentInput>;

export const instrumentView = z.object({
  id,
  moment: z.enum(MOMENTS),
  version: z.number(),
  titleNl: z.string(),
  titleEn: z.string(),
  introNl: z.string().nullable(),
  introEn: z.string().nullable(),
  publishedAt: z.string().nullable(),
  items: z.array(itemInput.extend({ id, typologyCode: z.enum(TYPOLOGY_CODES).nullable(), factorCode: z.enum(FACTOR_CODES).nullable() })),
});
export type InstrumentView = z.infer<typeof instrumentView>;

// --- answering through a personal link -------------------------------------------------------

export const answerValue = z.union([z.number().int().min(0).max(5), text(4000)]);
export const answersInput = z.object({ answers: z.record(z.string().max(60), answerValue.nullable()) });
export type AnswersInput = z.infer<typeof answersInput>;
/** What a per-item save stored: the items written or cleared, and when. */
export const answersSavedView = z.object({ savedAt: z.string(), saved: z.array(z.string()) });
export type AnswersSavedView = z.infer<typeof answersSavedView>;

export const surveyView = z.object({
  moment: z.enum(MOMENTS),
  day: z.string(),
  locale: z.enum(LOCALES),
  projectTitle: z.string(),
  title: z.string(),
  intro: z.string().nullable(),
  items: z.array(z.object({ key: z.string(), kind: z.enum(ITEM_KINDS), text: z.string(), required: z.boolean() })),
  answers: z.record(z.string(), answerValue.nullable()),
  submittedAt: z.string().nullable(),
  expiresAt: z.string(),
});
export type SurveyView = z.infer<typeof surveyView>;

export const tokenParams = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'validation.invalid' }),
});

export const learningGoalInput = z.object({
  text: text(1000).min(1, { message: 'validation.required' }),
  typologyCode: z.enum(TYPOLOGY_CODES, { message: 'validation.choice' }).nullish(),
  cefrNow: z.enum(CEFR_LEVELS, { message: 'validation.choice' }).nullish(),
  cefrTarget: z.enum(CEFR_LEVELS, { message: 'validation.choice' }).nullish(),
});
export const learningGoalsInput = z.object({ goals: z.array(learningGoalInput).max(10) });
export type LearningGoalsInput = z.infer<typeof learningGoalsInput>;
export const learningGoalsView = z.object({
  goals: z.array(
    learningGoalInput.extend({
      typologyCode: z.enum(TYPOLOGY_CODES).nullable(),
      cefrNow: z.enum(CEFR_LEVELS).nullable(),
      cefrTarget: z.enum(CEFR_LEVELS).nullable(),
    }),
  ),
});
export type LearningGoalsView = z.infer<typeof learningGoalsView>;

/** A participant's answers at every moment so far, for the thank-you page (none when answering anonymously). */
export const surveyHistoryView = z.object({
  anonymous: z.boolean(),
  moments: z.array(z.object({ moment: z.enum(MOMENTS), submittedAt: z.string(), answers: z.record(z.string(), z.union([z.number(), z.string()])) })),
});
export type SurveyHistoryView = z.infer<typeof surveyHistoryView>;

/** One participant's daily reflection: the open answers of one day. */
export const dailyReflectionView = z.object({ respondent: z.string(), submittedAt: z.string(), answers: z.record(z.string(), z.string()) });
export type DailyReflectionView = z.infer<typeof dailyReflectionView>;

/** A message of the mail outbox, as the NA admin sees it. */
export const outboxMessageView = z.object({
  id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  status: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type OutboxMessageView = z.infer<typeof outboxMessageView>;
