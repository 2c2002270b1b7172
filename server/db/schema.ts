import type { Insertable, Selectable, Updateable } from 'kysely';

// Column types as both drivers return them: ids, dates and timestamps are ISO text,
// booleans are 0/1 integers, JSON is text (see db/json.ts).

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
  type: string;
  sector: string | null;
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
  password_hash: string;
  role: string;
  organisation_id: string | null;
  locale: string;
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
}

export interface ProjectTable {
  id: string;
  code: string | null;
  title: string;
  acronym: string | null;
  summary: string | null;
  aims: string; // JSON array of strings
  sector: string;
  key_action: string;
  call_year: number;
  start_date: string | null;
  end_date: string | null;
  status: string;
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
  role: string;
  sort: number;
}

export interface ActivityTable {
  id: string;
  project_id: string;
  type: string;
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
  kind: string;
  description: string | null;
  url: string | null;
  public_slug: string | null;
  created_at: string;
}

export interface IntervieweeTable {
  id: string;
  project_id: string;
  role: string;
  label: string;
  description: string | null;
}

export interface CodebookTable {
  id: string;
  key: string;
  kind: string; // typology | level | factor | custom
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
  kind: string; // interview | open_answer | reflection | report
  title: string;
  content: string;
  language: string;
  moment: string | null;
  source_date: string | null;
  created_by: string | null;
  created_at: string;
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
  polarity: string | null; // factors only: promoting | hindering
  created_at: string;
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
  layer: string;
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
  typology_code: string;
  level: string;
  target_text: string;
  target_number: number | null;
  measured_by: string;
  moments: string; // JSON array
  sort: number;
  created_at: string;
}

export interface ReadinessCheckTable {
  id: string;
  project_id: string;
  phase: string;
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
  role: string;
  locale: string;
  start_date: string | null;
  end_date: string | null;
  status: string;
  selection: string; // JSON
  pseudonym: string;
  created_at: string;
  updated_at: string;
}

export interface LearningGoalTable {
  id: string;
  participant_id: string;
  text: string;
  typology_code: string | null;
  cefr_now: string | null;
  cefr_target: string | null;
  sort: number;
  created_at: string;
}

export interface InstrumentTable {
  id: string;
  moment: string;
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
  kind: string;
  typology_code: string | null;
  factor_code: string | null;
  text_nl: string;
  text_en: string;
  required: number;
  sort: number;
}

export interface ProjectMomentTable {
  project_id: string;
  moment: string;
  enabled: number;
  anchor: string;
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
  moment: string;
  day: string;
  instrument_id: string | null;
  due_at: string;
  expires_at: string;
  token_hash: string | null;
  status: string;
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
  moment: string;
  instrument_id: string;
  answers: string; // JSON
  saved_at: string;
  submitted_at: string | null;
}

export interface OutboxTable {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  kind: string;
  invitation_id: string | null;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  claimed_by: string | null;
  claimed_until: string | null;
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
  outbox: OutboxTable;
  import_jobs: ImportJobTable;
  import_bad_rows: ImportBadRowTable;
  mobility_counts: MobilityCountTable;
}

export type OrganisationRow = Selectable<OrganisationTable>;
export type UserRow = Selectable<UserTable>;
export type ProjectRow = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type ProjectUpdate = Updateable<ProjectTable>;
