import type { Kysely } from 'kysely';

// Frozen: never import application code here, never edit after release.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reference_terms')
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('code', 'varchar(80)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(80)')
    .addColumn('label_nl', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('reference_terms_pk', ['kind', 'code'])
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('sector', 'varchar(8)')
    .addColumn('city', 'text')
    .addColumn('country', 'varchar(2)', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('description', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('archived_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('email', 'varchar(320)', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('organisation_id', 'varchar(36)', (c) => c.references('organisations.id'))
    .addColumn('locale', 'varchar(2)', (c) => c.notNull().defaultTo('nl'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_login_at', 'varchar(32)')
    .addColumn('disabled_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('projects')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(40)', (c) => c.unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('acronym', 'text')
    .addColumn('summary', 'text')
    .addColumn('aims', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sector', 'varchar(8)', (c) => c.notNull())
    .addColumn('key_action', 'varchar(8)', (c) => c.notNull())
    .addColumn('call_year', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('organisation_id', 'varchar(36)', (c) => c.notNull().references('organisations.id'))
    .addColumn('grant_eur', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('archived_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('projects_org_idx').on('projects').column('organisation_id').execute();

  await db.schema
    .createTable('project_partners')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'varchar(2)', (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('destination_city', 'text')
    .addColumn('destination_country', 'varchar(2)')
    .addColumn('start_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('participant_count', 'integer')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('products')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('url', 'text')
    .addColumn('public_slug', 'varchar(80)', (c) => c.unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('interviewees')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .execute();

  await db.schema
    .createTable('codebooks')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('key', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'varchar(36)', (c) => c.references('organisations.id'))
    .addColumn('is_system', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('codes')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('codebook_id', 'varchar(36)', (c) => c.notNull().references('codebooks.id'))
    .addColumn('key', 'varchar(80)', (c) => c.notNull())
    .addColumn('parent_id', 'varchar(36)', (c) => c.references('codes.id'))
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_nl', 'text')
    .addColumn('description_en', 'text')
    .addColumn('color', 'varchar(9)')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'varchar(32)')
    .addUniqueConstraint('codes_codebook_key_uq', ['codebook_id', 'key'])
    .execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('language', 'varchar(2)', (c) => c.notNull())
    .addColumn('moment', 'varchar(2)')
    .addColumn('source_date', 'varchar(10)')
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('source_interviewees')
    .addColumn('source_id', 'varchar(36)', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('interviewee_id', 'varchar(36)', (c) => c.notNull().references('interviewees.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('source_interviewees_pk', ['source_id', 'interviewee_id'])
    .execute();

  await db.schema
    .createTable('segments')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('source_id', 'varchar(36)', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('interviewee_id', 'varchar(36)', (c) => c.references('interviewees.id').onDelete('set null'))
    .addColumn('memo', 'text')
    .addColumn('is_quote', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('segments_source_idx').on('segments').column('source_id').execute();

  await db.schema
    .createTable('codings')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('segment_id', 'varchar(36)', (c) => c.notNull().references('segments.id').onDelete('cascade'))
    .addColumn('code_id', 'varchar(36)', (c) => c.notNull().references('codes.id'))
    .addColumn('coder_id', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('polarity', 'varchar(10)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('codings_segment_idx').on('codings').column('segment_id').execute();
  await db.schema.createIndex('codings_code_idx').on('codings').column('code_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('organisation_id', 'varchar(36)')
    .addColumn('action', 'varchar(60)', (c) => c.notNull())
    .addColumn('entity', 'varchar(40)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(36)')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'audit_log',
    'codings',
    'segments',
    'source_interviewees',
    'sources',
    'codes',
    'codebooks',
    'interviewees',
    'products',
    'activities',
    'project_partners',
    'projects',
    'sessions',
    'users',
    'organisations',
    'reference_terms',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
