import type { Kysely } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// Importing the official Erasmus+ data (open data, Beneficiary Module, Project Results Platform).
// Organisations get the Commission's identifiers, imports are recorded with their bad rows, and the
// open data's aggregated participant counts are kept per mobility row (never as invented people).

export async function up(db: Kysely<any>): Promise<void> {
  // the Commission's identifiers: the Erasmus code of a higher-education institution, the OID of any organisation
  await db.schema.alterTable('organisations').addColumn('erasmus_code', 'varchar(40)').execute();
  await db.schema.alterTable('organisations').addColumn('oid', 'varchar(20)').execute();
  await db.schema.createIndex('organisations_erasmus_code_uq').unique().on('organisations').column('erasmus_code').execute();
  await db.schema.createIndex('organisations_oid_uq').unique().on('organisations').column('oid').execute();

  await db.schema
    .createTable('import_jobs')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('organisation_id', 'varchar(36)', (c) => c.references('organisations.id')) // a coordinator's own organisation
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null')) // null: the command line
    .addColumn('source', 'varchar(10)', (c) => c.notNull()) // upload | cli
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_path', 'text') // the stored upload; removed when the import ends
    .addColumn('file_size', 'integer', (c) => c.notNull())
    .addColumn('format', 'varchar(30)', (c) => c.notNull())
    .addColumn('encoding', 'varchar(20)')
    .addColumn('delimiter', 'varchar(4)')
    .addColumn('columns', 'text', (c) => c.notNull()) // JSON: each column of the file and the field it fills
    .addColumn('mode', 'varchar(12)') // good_rows | nothing
    .addColumn('status', 'varchar(12)', (c) => c.notNull()) // ready | queued | validating | importing | done | rejected | failed
    .addColumn('rows_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_bad', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_per_second', 'integer')
    .addColumn('seconds_left', 'integer')
    .addColumn('counts', 'text', (c) => c.notNull().defaultTo('{}')) // JSON: records created and updated per kind
    .addColumn('error_code', 'varchar(60)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)')
    .addColumn('finished_at', 'varchar(32)')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull()) // also the heartbeat of a running import
    .execute();
  await db.schema.createIndex('import_jobs_created_idx').on('import_jobs').columns(['created_at']).execute();
  await db.schema.createIndex('import_jobs_org_idx').on('import_jobs').column('organisation_id').execute();

  await db.schema
    .createTable('import_bad_rows')
    .addColumn('import_id', 'varchar(36)', (c) => c.notNull().references('import_jobs.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('column_name', 'text', (c) => c.notNull())
    .addColumn('reason', 'varchar(80)', (c) => c.notNull()) // a message key, translated when shown
    .addColumn('value', 'text')
    .addPrimaryKeyConstraint('import_bad_rows_pk', ['import_id', 'seq'])
    .execute();

  await db.schema
    .createTable('mobility_counts')
    .addColumn('activity_id', 'varchar(36)', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('row_key', 'varchar(64)', (c) => c.notNull()) // the mobility id, or a hash of the row's describing columns
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addColumn('academic_year', 'varchar(12)')
    .addColumn('gender', 'varchar(40)')
    .addColumn('age', 'varchar(20)')
    .addColumn('nationality', 'varchar(40)')
    .addColumn('education_level', 'text')
    .addColumn('field_of_education', 'text')
    .addColumn('profile', 'varchar(80)')
    .addColumn('special_needs', 'varchar(20)')
    .addColumn('fewer_opportunities', 'varchar(20)')
    .addColumn('group_leader', 'varchar(20)')
    .addColumn('receiving_country', 'varchar(2)')
    .addColumn('import_id', 'varchar(36)', (c) => c.notNull()) // the last import that read this row
    .addPrimaryKeyConstraint('mobility_counts_pk', ['activity_id', 'row_key'])
    .execute();
  await db.schema.createIndex('mobility_counts_project_idx').on('mobility_counts').column('project_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mobility_counts').execute();
  await db.schema.dropTable('import_bad_rows').execute();
  await db.schema.dropTable('import_jobs').execute();
  await db.schema.dropIndex('organisations_oid_uq').execute();
  await db.schema.dropIndex('organisations_erasmus_code_uq').execute();
  await db.schema.alterTable('organisations').dropColumn('oid').execute();
  await db.schema.alterTable('organisations').dropColumn('erasmus_code').execute();
}
