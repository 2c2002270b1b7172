import type { Kysely } from 'kysely';

// Frozen: participants, the instrument library, invitations per moment, responses and the mail outbox.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('participants')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('activity_id', 'varchar(36)', (c) => c.references('activities.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'varchar(320)', (c) => c.notNull())
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('locale', 'varchar(2)', (c) => c.notNull().defaultTo('nl'))
    .addColumn('start_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('status', 'varchar(12)', (c) => c.notNull().defaultTo('candidate')) // candidate | selected | withdrawn
    .addColumn('selection', 'text', (c) => c.notNull().defaultTo('{}')) // JSON: motivation, fit, willingness, time given
    .addColumn('pseudonym', 'varchar(16)', (c) => c.notNull().unique()) // stable across moments
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('participants_project_email_uq', ['project_id', 'email'])
    .execute();

  await db.schema
    .createTable('learning_goals')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('participant_id', 'varchar(36)', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('typology_code', 'varchar(40)')
    .addColumn('cefr_now', 'varchar(2)')
    .addColumn('cefr_target', 'varchar(2)')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('instruments')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('moment', 'varchar(2)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('intro_nl', 'text')
    .addColumn('intro_en', 'text')
    .addColumn('published_at', 'varchar(32)')
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('instruments_moment_version_uq', ['moment', 'version'])
    .execute();

  await db.schema
    .createTable('instrument_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('instrument_id', 'varchar(36)', (c) => c.notNull().references('instruments.id').onDelete('cascade'))
    .addColumn('key', 'varchar(60)', (c) => c.notNull()) // stable across versions, so answers compare
    .addColumn('kind', 'varchar(16)', (c) => c.notNull()) // state | retrospective | open | factor
    .addColumn('typology_code', 'varchar(40)')
    .addColumn('factor_code', 'varchar(60)')
    .addColumn('text_nl', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('instrument_items_key_uq', ['instrument_id', 'key'])
    .execute();

  await db.schema
    .createTable('project_moments')
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('moment', 'varchar(2)', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('anchor', 'varchar(6)', (c) => c.notNull()) // start | end of the participant's activity
    .addColumn('offset_days', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_moments_pk', ['project_id', 'moment'])
    .execute();

  await db.schema
    .createTable('questionnaire_settings')
    .addColumn('project_id', 'varchar(36)', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reminder_days', 'text', (c) => c.notNull().defaultTo('[7,14]'))
    .addColumn('link_valid_days', 'integer', (c) => c.notNull().defaultTo(28))
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('participant_id', 'varchar(36)', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('moment', 'varchar(2)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull().defaultTo('')) // the day of a daily reflection (moment D), else ''
    .addColumn('instrument_id', 'varchar(36)', (c) => c.references('instruments.id'))
    .addColumn('due_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('token_hash', 'varchar(64)', (c) => c.unique())
    .addColumn('status', 'varchar(12)', (c) => c.notNull()) // scheduled | sent | completed | expired | cancelled
    .addColumn('sent_at', 'varchar(32)')
    .addColumn('reminders_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_sent_at', 'varchar(32)')
    .addColumn('completed_at', 'varchar(32)')
    .addColumn('claimed_by', 'varchar(40)')
    .addColumn('claimed_until', 'varchar(32)')
    .addUniqueConstraint('invitations_participant_moment_day_uq', ['participant_id', 'moment', 'day'])
    .execute();
  await db.schema.createIndex('invitations_due_idx').on('invitations').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('invitation_id', 'varchar(36)', (c) => c.notNull().unique().references('invitations.id').onDelete('cascade'))
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('respondent', 'varchar(40)', (c) => c.notNull()) // the participant's pseudonym (anonymous mode: a per-response one)
    .addColumn('moment', 'varchar(2)', (c) => c.notNull())
    .addColumn('instrument_id', 'varchar(36)', (c) => c.notNull().references('instruments.id'))
    .addColumn('answers', 'text', (c) => c.notNull().defaultTo('{}')) // JSON: item key -> value
    .addColumn('saved_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('to_address', 'varchar(320)', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('invitation_id', 'varchar(36)', (c) => c.references('invitations.id').onDelete('set null'))
    .addColumn('status', 'varchar(10)', (c) => c.notNull()) // queued | sent | held (no SMTP configured) | failed
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(32)')
    .addColumn('claimed_by', 'varchar(40)')
    .addColumn('claimed_until', 'varchar(32)')
    .execute();
  await db.schema.createIndex('outbox_status_idx').on('outbox').columns(['status', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'outbox',
    'responses',
    'invitations',
    'questionnaire_settings',
    'project_moments',
    'instrument_items',
    'instruments',
    'learning_goals',
    'participants',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
