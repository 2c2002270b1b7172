import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  DisseminationScope,
  DisseminationType,
  FollowUpType,
  PartnerKind,
  RecognitionType,
  RecommendAnswer,
  UseSector,
  UserOrganisationType,
} from '../../shared/after-project.js';
import type { Layer, MEASURED_BY, ReadinessPhase } from '../../shared/impact-model.js';
import type {
  CEFR_LEVELS,
  INSTRUMENT_AUDIENCES,
  INVITATION_STATUSES,
  ITEM_KINDS,
  PARTICIPANT_ROLES,
  PARTICIPANT_STATUSES,
  RESPONDENT_KINDS,
} from '../../shared/questionnaires.js';
import type {
  ActivityType,
  FactorCode,
  ImpactLevel,
  IntervieweeRole,
  KeyAction,
  Locale,
  Moment,
  OrganisationType,
  PartnerRole,
  Polarity,
  ProductKind,
  ProjectStatus,
  Sector,
  TypologyCode,
  UserRole,
} from '../../shared/reference.js';
import type { SourceKind } from '../../shared/coding.js';
import type { NarrativeKind, ReportFormat, ReportKind, ReportStatus } from '../../shared/reports.js';

// Column types as both drivers return them: ids, dates and timestamps are ISO text,
// booleans are 0/1 integers, JSON is text (parsed with its zod schema by db/json.ts where read).
// Enumerated columns carry the union of their values: the API's schemas let nothing else in.

type Of<T extends readonly string[]> = T[number];
export type CodebookKind = 'typology' | 'level' | 'factor' | 'custom';
export type Anchor = 'start' | 'end';
/** What a message of the outbox is: a questionnaire's invitation or reminder, an account's mail, or one of the after-project messages. */
export type OutboxKind = 'invitation' | 'reminder' | 'account_invitation' | 'password_reset' | 'use_notice' | 'use_reply' | 'project_update' | 'follow_up_day';
export type OutboxStatus = 'queued' | 'held' | 'sent' | 'failed';
/** Whose coded segments a suggestion model learned from (see coding/suggestions.service.ts). */
export type LearningScopeKey = 'agency' | 'shared' | `organisation:${string}`;
/** Who answered a response: a participant, a colleague in the comparison group, or the organisation (its own questionnaire). */
export type RespondentGroup = 'participant' | 'comparison' | 'organisation';

export interface ReferenceTermTable {
  kind: string;
  code: string;
  parent_code: string | null;
  label_nl: string;
  label_en: string;
  sort: number;
}

export interface OrganisationTable {
  id: string;
  name: string;
  short_name: string | null;
  type: OrganisationType;
  sector: Sector | null;
  city: string | null;
  country: string;
  website: string | null;
  description: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  /** the Erasmus code of a higher-education institution (e.g. NL AMSTERD01) */
  erasmus_code: string | null;
  /** the Commission's organisation id (E10012345) */
  oid: string | null;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string; // empty until an invited person sets a password
  role: UserRole;
  organisation_id: string | null;
  locale: Locale;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  disabled_at: string | null;
}

export interface SessionTable {
  id: string; // sha-256 of the cookie token, never the token itself
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: string | null;
}

export interface AccountTokenTable {
  id: string;
  user_id: string;
  purpose: 'invitation' | 'password_reset';
  token_hash: string; // sha-256 of the token in the e-mailed link, never the token itself
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface PasswordResetRequestTable {
  id: string;
  email: string;
  requested_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
}

export interface ProjectTable {
  id: string;
  code: string | null;
  title: string;
  acronym: string | null;
  summary: string | null;
  aims: string; // JSON array of strings
  sector: Sector;
  key_action: KeyAction;
  call_year: number;
  start_date: string | null;
  end_date: string | null;
  status: Exclude<ProjectStatus, 'archived'>; // archived is archived_at
  organisation_id: string;
  grant_eur: number | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface ProjectPartnerTable {
  id: string;
  project_id: string;
  name: string;
  country: string;
  city: string | null;
  role: PartnerRole;
  sort: number;
}

export interface ActivityTable {
  id: string;
  project_id: string;
  type: ActivityType;
  title: string;
  description: string | null;
  destination_city: string | null;
  destination_country: string | null;
  start_date: string | null;
  end_date: string | null;
  participant_count: number | null;
  sort: number;
}

export interface ProductTable {
  id: string;
  project_id: string;
  title: string;
  kind: ProductKind;
  description: string | null;
  url: string | null;
  public_slug: string | null; // every product has one since 20261129_0900; never changed
  created_at: string;
  description_en: string | null;
}

export interface ProductFileTable {
  product_id: string;
  file_name: string;
  content_type: string;
  size: number;
  content: string; // base64
  uploaded_at: string;
}

export interface ProductUseTable {
  id: string;
  product_id: string;
  project_id: string;
  organisation_type: UserOrganisationType;
  country: string;
  sector: UseSector;
  how_used: string;
  recommend: RecommendAnswer;
  feedback: string | null;
  email: string | null;
  locale: string;
  created_at: string;
  reply_text: string | null;
  replied_at: string | null;
  replied_by: string | null;
}

export interface DisseminationTable {
  id: string;
  project_id: string;
  date: string | null;
  type: DisseminationType;
  scope: DisseminationScope;
  title: string;
  audience: string;
  reach: number | null;
  link: string | null;
  outcome_id: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface NetworkFollowUpTable {
  id: string;
  project_id: string;
  type: FollowUpType;
  partner_id: string | null;
  partner_name: string;
  partner_kind: PartnerKind;
  date: string | null;
  description: string | null;
  created_at: string;
  updated_at: string;
}

export interface FollowUpDayTable {
  id: string;
  project_id: string;
  activity_id: string | null;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  agenda: string;
  presented: string | null;
  created_at: string;
  updated_at: string;
}

export interface FollowUpAttendanceTable {
  follow_up_day_id: string;
  participant_id: string;
  invited_at: string | null;
  attended: number;
}

export interface RecognitionTable {
  id: string;
  project_id: string;
  participant_id: string;
  type: RecognitionType;
  description: string | null;
  date: string | null;
  created_at: string;
  updated_at: string;
}

export interface IntervieweeTable {
  id: string;
  project_id: string;
  role: IntervieweeRole;
  label: string;
  description: string | null;
}

export interface CodebookTable {
  id: string;
  key: string;
  kind: CodebookKind;
  name_nl: string;
  name_en: string;
  organisation_id: string | null; // null: the NA's shared codebooks
  is_system: number;
  created_at: string;
}

export interface CodeTable {
  id: string;
  codebook_id: string;
  key: string;
  parent_id: string | null;
  name_nl: string;
  name_en: string;
  description_nl: string | null;
  description_en: string | null;
  color: string | null;
  sort: number;
  archived_at: string | null;
}

export interface SourceTable {
  id: string;
  project_id: string;
  kind: SourceKind;
  title: string;
  content: string;
  language: Locale;
  moment: Moment | null;
  source_date: string | null;
  created_by: string | null;
  created_at: string;
  /** 1: the Agency shares this source's coded segments with every organisation's suggestions (its own texts only) */
  agency_shared: Generated<number>;
}

export interface SourceIntervieweeTable {
  source_id: string;
  interviewee_id: string;
}

export interface SegmentTable {
  id: string;
  source_id: string;
  start_offset: number; // Unicode code points
  end_offset: number;
  text: string;
  interviewee_id: string | null;
  memo: string | null;
  is_quote: number;
  created_by: string | null;
  created_at: string;
}

export interface CodingTable {
  id: string;
  segment_id: string;
  code_id: string;
  coder_id: string | null;
  polarity: Polarity | null; // factors only
  created_at: string;
}

export interface SuggestionModelTable {
  id: string;
  codebook_id: string;
  scope: LearningScopeKey;
  language: Locale;
  trained_at: string | null;
  codings_count: number;
  examples_count: number;
  model: string | null; // JSON, LearnedModel (coding/learner.ts)
  metrics: string | null; // JSON, the cross-validated figures
  claimed_by: string | null;
  claimed_until: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  organisation_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: string | null;
}

export interface ImpactElementTable {
  id: string;
  project_id: string;
  layer: Layer;
  title: string;
  description: string | null;
  sort: number;
  created_at: string;
  updated_at: string;
}

export interface ImpactLinkTable {
  id: string;
  project_id: string;
  from_id: string;
  to_id: string;
  created_at: string;
}

export interface ImpactIndicatorTable {
  id: string;
  element_id: string;
  typology_code: TypologyCode;
  level: ImpactLevel;
  target_text: string;
  target_number: number | null;
  measured_by: Of<typeof MEASURED_BY>;
  moments: string; // JSON array of moments
  sort: number;
  created_at: string;
}

export interface ReadinessCheckTable {
  id: string;
  project_id: string;
  phase: ReadinessPhase;
  answers: string; // JSON object
  answered_by: string | null;
  updated_at: string;
}

export interface ParticipantTable {
  id: string;
  project_id: string;
  activity_id: string | null;
  name: string;
  email: string;
  role: Of<typeof PARTICIPANT_ROLES>;
  locale: Locale;
  start_date: string | null;
  end_date: string | null;
  status: Of<typeof PARTICIPANT_STATUSES>;
  selection: string; // JSON: the selection fields
  pseudonym: string;
  created_at: string;
  updated_at: string;
  /** a participant of the activity, a comparison colleague, or the organisation's respondent */
  kind: Of<typeof RESPONDENT_KINDS>;
}

export interface LearningGoalTable {
  id: string;
  participant_id: string;
  text: string;
  typology_code: TypologyCode | null;
  cefr_now: Of<typeof CEFR_LEVELS> | null;
  cefr_target: Of<typeof CEFR_LEVELS> | null;
  sort: number;
  created_at: string;
}

export interface InstrumentTable {
  id: string;
  audience: Of<typeof INSTRUMENT_AUDIENCES>;
  moment: Moment;
  version: number;
  title_nl: string;
  title_en: string;
  intro_nl: string | null;
  intro_en: string | null;
  published_at: string | null;
  created_by: string | null;
  created_at: string;
}

export interface InstrumentItemTable {
  id: string;
  instrument_id: string;
  key: string;
  kind: Of<typeof ITEM_KINDS>;
  typology_code: TypologyCode | null;
  factor_code: FactorCode | null;
  text_nl: string;
  text_en: string;
  required: number;
  sort: number;
}

export interface ProjectMomentTable {
  project_id: string;
  moment: Moment;
  enabled: number;
  anchor: Anchor;
  offset_days: number;
}

export interface QuestionnaireSettingsTable {
  project_id: string;
  anonymous: number;
  reminder_days: string; // JSON array
  link_valid_days: number;
}

export interface InvitationTable {
  id: string;
  project_id: string;
  participant_id: string;
  moment: Moment;
  day: string;
  instrument_id: string | null;
  due_at: string;
  expires_at: string;
  token_hash: string | null;
  status: Of<typeof INVITATION_STATUSES>;
  sent_at: string | null;
  reminders_sent: number;
  last_sent_at: string | null;
  completed_at: string | null;
  claimed_by: string | null;
  claimed_until: string | null;
}

export interface ResponseTable {
  id: string;
  invitation_id: string;
  project_id: string;
  respondent: string;
  moment: Moment;
  instrument_id: string;
  answers: string; // JSON (kept while the readers move to the answers table)
  // defaults to 'participant' in the database, so that writers from before the groups need not name it
  respondent_group: ColumnType<RespondentGroup, RespondentGroup | undefined, RespondentGroup>;
  saved_at: string;
  submitted_at: string | null;
}

/** A learning goal followed up in one response: how far reached, the CEFR level now, a note. */
export interface GoalAnswerTable {
  response_id: string;
  goal_id: string;
  reached: number | null;
  cefr: Of<typeof CEFR_LEVELS> | null;
  note: string | null;
  saved_at: string;
}

/** One answer per (response, item): the last value saved for that item. */
export interface AnswerTable {
  response_id: string;
  item_key: string;
  value_num: number | null;
  value_text: string | null;
  saved_at: string;
}

export interface AnalyticsDirtyTable {
  project_id: string;
  version: number;
}

/** Additive measures per project and the programme's dimensions; analytics/facts.ts says what n and v1..v4 hold. */
export interface AnalyticsMeasureColumns {
  sector: string;
  key_action: string;
  call_year: number;
  activity_type: string;
  respondent_group: string;
  measure: string;
  variant: string;
  code: string;
  moment_from: string;
  moment_to: string;
  bin: number;
  n: number;
  v1: number;
  v2: number;
  v3: number;
  v4: number;
  v5: number;
}

export interface AnalyticsFactTable extends AnalyticsMeasureColumns {
  project_id: string;
}

export interface OutboxTable {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  kind: OutboxKind;
  invitation_id: string | null;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  claimed_by: string | null;
  claimed_until: string | null;
  attachments: string | null; // JSON array of MailAttachment, read through mailAttachments (lib/mailer.ts)
}

export interface ReportTable {
  id: string;
  kind: ReportKind;
  project_ids: string; // JSON array
  title: string;
  lang: Locale;
  format: ReportFormat;
  status: ReportStatus;
  progress: number;
  organisation_id: string | null; // null: the agency's
  requested_by: string | null;
  requester_role: UserRole;
  narratives: string; // JSON array of { subject, version, id }
  error: string | null;
  attempts: number;
  claimed_by: string | null;
  claimed_until: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  file_name: string | null;
  file_type: string | null;
  file_size: number | null;
}

export interface ReportFileTable {
  report_id: string;
  content: Buffer;
}

export interface ReportNarrativeTable {
  id: string;
  kind: NarrativeKind;
  subject: string; // organisation id of the case; '' for the cross-case analysis
  lang: Locale;
  version: number;
  sections: string; // JSON object
  created_by: string | null;
  created_at: string;
}

export interface CertificateTable {
  id: string;
  participant_id: string;
  code_hash: string;
  name: string;
  activity: string;
  issued_at: string;
}

export interface ImportJobTable {
  id: string;
  organisation_id: string | null;
  created_by: string | null;
  source: 'upload' | 'cli';
  file_name: string;
  file_path: string | null;
  file_size: number;
  format: 'open_data' | 'beneficiary_module' | 'project_results';
  encoding: string | null;
  delimiter: string | null;
  columns: string; // JSON: [{ column, field, index }]
  mode: 'good_rows' | 'nothing' | null;
  status: 'ready' | 'queued' | 'validating' | 'importing' | 'done' | 'rejected' | 'failed';
  rows_total: number;
  rows_done: number;
  rows_imported: number;
  rows_bad: number;
  rows_skipped: number;
  bytes_done: number;
  rows_per_second: number | null;
  seconds_left: number | null;
  counts: string; // JSON: created and updated per kind of record
  error_code: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}

export interface ImportBadRowTable {
  import_id: string;
  seq: number;
  line: number;
  column_name: string;
  reason: string;
  value: string | null;
}

export interface MobilityCountTable {
  activity_id: string;
  row_key: string;
  project_id: string;
  participants: number;
  academic_year: string | null;
  gender: string | null;
  age: string | null;
  nationality: string | null;
  education_level: string | null;
  field_of_education: string | null;
  profile: string | null;
  special_needs: string | null;
  fewer_opportunities: string | null;
  group_leader: string | null;
  receiving_country: string | null;
  import_id: string;
}

export interface DB {
  reference_terms: ReferenceTermTable;
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  projects: ProjectTable;
  project_partners: ProjectPartnerTable;
  activities: ActivityTable;
  products: ProductTable;
  interviewees: IntervieweeTable;
  codebooks: CodebookTable;
  codes: CodeTable;
  sources: SourceTable;
  source_interviewees: SourceIntervieweeTable;
  segments: SegmentTable;
  codings: CodingTable;
  suggestion_models: SuggestionModelTable;
  audit_log: AuditLogTable;
  impact_elements: ImpactElementTable;
  impact_links: ImpactLinkTable;
  impact_indicators: ImpactIndicatorTable;
  readiness_checks: ReadinessCheckTable;
  participants: ParticipantTable;
  learning_goals: LearningGoalTable;
  instruments: InstrumentTable;
  instrument_items: InstrumentItemTable;
  project_moments: ProjectMomentTable;
  questionnaire_settings: QuestionnaireSettingsTable;
  invitations: InvitationTable;
  responses: ResponseTable;
  goal_answers: GoalAnswerTable;
  answers: AnswerTable;
  outbox: OutboxTable;
  import_jobs: ImportJobTable;
  import_bad_rows: ImportBadRowTable;
  mobility_counts: MobilityCountTable;
  account_tokens: AccountTokenTable;
  password_reset_requests: PasswordResetRequestTable;
  reports: ReportTable;
  report_files: ReportFileTable;
  report_narratives: ReportNarrativeTable;
  certificates: CertificateTable;
  analytics_dirty: AnalyticsDirtyTable;
  analytics_facts: AnalyticsFactTable;
  analytics_rollup: AnalyticsMeasureColumns;
  product_files: ProductFileTable;
  product_uses: ProductUseTable;
  disseminations: DisseminationTable;
  network_follow_ups: NetworkFollowUpTable;
  follow_up_days: FollowUpDayTable;
  follow_up_attendance: FollowUpAttendanceTable;
  recognitions: RecognitionTable;
}

export type OrganisationRow = Selectable<OrganisationTable>;
export type UserRow = Selectable<UserTable>;
export type ProjectRow = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type ProjectUpdate = Updateable<ProjectTable>;
