// Stable keys of the reference data (DESIGN.md). Labels in nl and en live in the database,
// seeded by migration, so that the NA admin can maintain them.

export const SECTORS = ['po', 'vo', 'mbo', 'ho', 've'] as const;
export type Sector = (typeof SECTORS)[number];

export const KEY_ACTIONS = ['KA1', 'KA2'] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];

export const ACTIVITY_TYPES = [
  'structured_course',
  'job_shadowing',
  'teaching_assignment',
  'study_visit',
  'project_meeting',
  'training_activity',
  'multiplier_event',
  'output_development',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const IMPACT_LEVELS = ['individual', 'organisation', 'beyond'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

export const MOMENTS = ['T0', 'D', 'T1', 'T2', 'T3'] as const;
export type Moment = (typeof MOMENTS)[number];

export const INTERVIEWEE_ROLES = ['teacher', 'coordinator', 'manager', 'trainer', 'volunteer', 'learner', 'policy_maker', 'partner', 'third_party'] as const;
export type IntervieweeRole = (typeof INTERVIEWEE_ROLES)[number];

export const POLARITIES = ['promoting', 'hindering'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const TYPOLOGY_CODES = [
  'PRO',
  'PRO.examples',
  'PRO.attitude',
  'PRO.methods',
  'PRO.subject_skills',
  'PRO.subject_knowledge',
  'PRO.assessment',
  'PRO.language',
  'PRO.ict',
  'PRO.leadership',
  'PER',
  'PER.job_satisfaction',
  'PER.career',
  'INT',
  'INT.competences',
  'INT.awareness',
  'INT.systems',
  'ORG',
  'ORG.shared',
  'ORG.internationalisation',
  'ORG.change',
  'ORG.themes',
  'ORG.methods',
  'ORG.learners',
  'ORG.agenda',
  'COL',
  'COL.network',
  'COL.labour_market',
  'COL.civil_society',
  'COL.partner',
] as const;
export type TypologyCode = (typeof TYPOLOGY_CODES)[number];

export const FACTOR_CODES = [
  'FAC.management_support',
  'FAC.policy_embedding',
  'FAC.whole_team',
  'FAC.single_driver',
  'FAC.partner_choice',
  'FAC.participant_selection',
  'FAC.preparation_goals',
  'FAC.direct_applicability',
  'FAC.monitoring_evaluation',
  'FAC.reflection',
  'FAC.sharing_dissemination',
  'FAC.time_workload',
  'FAC.funding',
  'FAC.administrative_burden',
  'FAC.language',
  'FAC.role_clarity',
  'FAC.staff_turnover',
  'FAC.context_differences',
  'FAC.recognition',
  'FAC.host_quality',
  'FAC.keeping_contact',
  'FAC.product_feedback',
  'FAC.fixed_format',
  'FAC.ownership',
  'FAC.stakeholder_involvement',
  'FAC.project_leadership',
] as const;
export type FactorCode = (typeof FACTOR_CODES)[number];

export const ORGANISATION_TYPES = [
  'primary_school',
  'secondary_school',
  'vet_college',
  'higher_education',
  'adult_education',
  'sector_organisation',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const PROJECT_STATUSES = ['planned', 'running', 'finished', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PARTNER_ROLES = ['partner', 'host', 'coordinator', 'trainer'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const PRODUCT_KINDS = ['guide', 'toolkit', 'training_kit', 'handbook', 'course', 'other'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const USER_ROLES = ['na_admin', 'na_analyst', 'coordinator', 'participant'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
