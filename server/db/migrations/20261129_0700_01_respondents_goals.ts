import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// Instruments that measure what the study found (issue 11):
// - Respondents of three kinds in one table: participants of the activity, colleagues who did not
//   take part (the comparison group) and the organisation's respondent (coordinator or school
//   leader). An e-mail address is unique per project and kind, so a school leader who also went
//   abroad can answer both questionnaires.
// - Instruments for two audiences: the participant's questionnaire and the organisation's, each
//   with its own versions per moment.
// - Answers to learning goals, one row per response and goal.
// Every response so far came from a participant: 20261129_0800 gives them all that respondent group,
// and the survey writes a new response's group from its respondent's kind.

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

/**
 * SQLite cannot drop a table's UNIQUE constraint: the table is rebuilt with the same rows and ids,
 * foreign keys off meanwhile (other tables refer to it), checked before they are on again.
 */
async function rebuildSqliteTable(db: Kysely<any>, name: string, create: (trx: Kysely<any>, into: string) => Promise<void>, copy: string, indexes: string[]) {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      const rebuilt = `${name}_rebuilt`;
      await create(trx, rebuilt);
      await sql.raw(`insert into ${rebuilt} ${copy} from ${name}`).execute(trx);
      await trx.schema.dropTable(name).execute();
      await trx.schema.alterTable(rebuilt).renameTo(name).execute();
      for (const index of indexes) await sql.raw(index).execute(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error(`${name} rebuilt with ${broken.rows.length} broken references`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  // --- respondents of three kinds ---
  if (isSqlite(db)) {
    await rebuildSqliteTable(
      db,
      'participants',
      (trx, into) =>
        trx.schema
          .createTable(into)
          .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
          .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
          .addColumn('activity_id', 'varchar(36)', (c) => c.references('activities.id').onDelete('set null'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('email', 'varchar(320)', (c) => c.notNull())
          .addColumn('role', 'varchar(20)', (c) => c.notNull())
          .addColumn('locale', 'varchar(2)', (c) => c.notNull().defaultTo('nl'))
          .addColumn('start_date', 'varchar(10)')
          .addColumn('end_date', 'varchar(10)')
          .addColumn('status', 'varchar(12)', (c) => c.notNull().defaultTo('candidate'))
          .addColumn('selection', 'text', (c) => c.notNull().defaultTo('{}'))
          .addColumn('pseudonym', 'varchar(16)', (c) => c.notNull().unique())
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('kind', 'varchar(12)', (c) => c.notNull().defaultTo('participant'))
          .addUniqueConstraint('participants_project_kind_email_uq', ['project_id', 'kind', 'email'])
          .execute(),
      `(id, project_id, activity_id, name, email, role, locale, start_date, end_date, status, selection, pseudonym, created_at, updated_at, kind)
        select id, project_id, activity_id, name, email, role, locale, start_date, end_date, status, selection, pseudonym, created_at, updated_at, 'participant'`,
      ['create index participants_project_name_idx on participants (project_id, name)', 'create index participants_activity_idx on participants (activity_id)'],
    );
    await rebuildSqliteTable(
      db,
      'instruments',
      (trx, into) =>
        trx.schema
          .createTable(into)
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
          .addColumn('audience', 'varchar(12)', (c) => c.notNull().defaultTo('participant'))
          .addUniqueConstraint('instruments_audience_moment_version_uq', ['audience', 'moment', 'version'])
          .execute(),
      `(id, moment, version, title_nl, title_en, intro_nl, intro_en, published_at, created_by, created_at, audience)
        select id, moment, version, title_nl, title_en, intro_nl, intro_en, published_at, created_by, created_at, 'participant'`,
      [],
    );
  } else {
    await db.schema
      .alterTable('participants')
      .addColumn('kind', 'varchar(12)', (c) => c.notNull().defaultTo('participant'))
      .execute();
    await db.schema.alterTable('participants').dropConstraint('participants_project_email_uq').execute();
    await db.schema.alterTable('participants').addUniqueConstraint('participants_project_kind_email_uq', ['project_id', 'kind', 'email']).execute();
    await db.schema
      .alterTable('instruments')
      .addColumn('audience', 'varchar(12)', (c) => c.notNull().defaultTo('participant'))
      .execute();
    await db.schema.alterTable('instruments').dropConstraint('instruments_moment_version_uq').execute();
    await db.schema.alterTable('instruments').addUniqueConstraint('instruments_audience_moment_version_uq', ['audience', 'moment', 'version']).execute();
  }

  // --- learning goals followed up ---
  await db.schema
    .createTable('goal_answers')
    .addColumn('response_id', 'varchar(36)', (c) => c.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('goal_id', 'varchar(36)', (c) => c.notNull().references('learning_goals.id').onDelete('cascade'))
    .addColumn('reached', 'integer') // 1-5, 0 not applicable
    .addColumn('cefr', 'varchar(2)')
    .addColumn('note', 'text')
    .addColumn('saved_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('goal_answers_pk', ['response_id', 'goal_id'])
    .execute();
  await db.schema.createIndex('goal_answers_goal_idx').on('goal_answers').column('goal_id').execute();
}

export async function down(): Promise<void> {
  // a one-way change: the respondents of other kinds and the organisation's instruments have nowhere to go back to
  throw new Error('20261129_0700_01 cannot be undone');
}
