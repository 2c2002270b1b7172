import type { Kysely } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// An index for every foreign key a delete must follow (PostgreSQL makes none by itself) and for
// every column the queries filter or sort a project's rows by. Foreign keys to users have none:
// accounts are disabled, never deleted. Some keys are already served by an older unique index
// that starts with them (codes by codebook, readiness checks and moments by project, impact links
// by their first element, participants by project).

const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['users_organisation_idx', 'users', ['organisation_id']],
  ['sessions_expires_idx', 'sessions', ['expires_at']],
  ['project_partners_project_idx', 'project_partners', ['project_id', 'sort']],
  ['activities_project_idx', 'activities', ['project_id', 'sort']],
  ['products_project_idx', 'products', ['project_id']],
  ['interviewees_project_idx', 'interviewees', ['project_id', 'label']],
  ['codebooks_organisation_idx', 'codebooks', ['organisation_id']],
  ['codes_parent_idx', 'codes', ['parent_id']],
  ['codes_key_idx', 'codes', ['key']],
  ['sources_project_idx', 'sources', ['project_id', 'created_at']],
  ['source_interviewees_interviewee_idx', 'source_interviewees', ['interviewee_id']],
  ['segments_interviewee_idx', 'segments', ['interviewee_id']],
  ['codings_coder_idx', 'codings', ['coder_id']],
  ['impact_links_to_idx', 'impact_links', ['to_id']],
  ['participants_project_name_idx', 'participants', ['project_id', 'name']],
  ['participants_activity_idx', 'participants', ['activity_id']],
  ['learning_goals_participant_idx', 'learning_goals', ['participant_id', 'sort']],
  ['invitations_participant_idx', 'invitations', ['participant_id', 'due_at']],
  ['invitations_project_idx', 'invitations', ['project_id', 'status']],
  ['responses_project_idx', 'responses', ['project_id', 'respondent']],
  ['outbox_invitation_idx', 'outbox', ['invitation_id']],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of INDEXES) await db.schema.createIndex(name).on(table).columns(columns).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of [...INDEXES].reverse()) await db.schema.dropIndex(name).execute();
}
