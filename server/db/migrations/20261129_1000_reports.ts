import type { Kysely } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// Reports generated in the background (a job row claimed atomically by one app server, like the
// questionnaire scheduler's), the finished files, the analysts' narrative texts with every version
// kept, and certificates of participation with only the hash of their verification code.
//
// Files are kept in the database, not under data/: an agency runs several app servers behind a
// load balancer on one PostgreSQL, and the server that generated a report is seldom the one asked
// for it later. They sit in their own table so that listing reports never reads a file.
// `bytea` is PostgreSQL's binary type; SQLite stores the same bytes as a BLOB under that name.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(12)', (c) => c.notNull()) // case | cross-case | project
    .addColumn('project_ids', 'text', (c) => c.notNull()) // JSON array, in the order asked
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('format', 'varchar(4)', (c) => c.notNull())
    .addColumn('status', 'varchar(8)', (c) => c.notNull()) // queued | running | done | failed
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    // whose report it is: the project's organisation for a project report, null for the agency's
    .addColumn('organisation_id', 'varchar(36)', (c) => c.references('organisations.id').onDelete('cascade'))
    .addColumn('requested_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('requester_role', 'varchar(20)', (c) => c.notNull())
    .addColumn('narratives', 'text', (c) => c.notNull().defaultTo('[]')) // JSON: the narrative versions used
    .addColumn('error', 'varchar(80)')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_by', 'varchar(40)')
    .addColumn('claimed_until', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)')
    .addColumn('finished_at', 'varchar(32)')
    .addColumn('file_name', 'text')
    .addColumn('file_type', 'varchar(100)')
    .addColumn('file_size', 'integer')
    .execute();
  await db.schema.createIndex('reports_status_idx').on('reports').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('reports_organisation_idx').on('reports').columns(['organisation_id', 'created_at']).execute();

  await db.schema
    .createTable('report_files')
    .addColumn('report_id', 'varchar(36)', (c) => c.primaryKey().references('reports.id').onDelete('cascade'))
    .addColumn('content', 'bytea', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('report_narratives')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(12)', (c) => c.notNull()) // case | cross-case
    .addColumn('subject', 'varchar(36)', (c) => c.notNull()) // the case's organisation id; '' for the cross-case analysis
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull()) // JSON: section key -> text
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('report_narratives_version_uq', ['kind', 'subject', 'lang', 'version'])
    .execute();

  await db.schema
    .createTable('certificates')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('participant_id', 'varchar(36)', (c) => c.notNull().unique().references('participants.id').onDelete('cascade'))
    .addColumn('code_hash', 'varchar(64)', (c) => c.notNull().unique()) // sha-256 of the code; the code itself is derived, never stored
    .addColumn('name', 'text', (c) => c.notNull()) // as printed
    .addColumn('activity', 'text', (c) => c.notNull()) // as printed
    .addColumn('issued_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['certificates', 'report_narratives', 'report_files', 'reports']) await db.schema.dropTable(t).ifExists().execute();
}
