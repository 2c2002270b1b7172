import { type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen. Answers become one row per (response, item), so that the database can aggregate them and a save can
// write the last value of each item; the existing JSON answers are copied over. Beside them, the analytics'
// pre-aggregated facts: per project (`analytics_facts`) and summed over the programme's dimensions
// (`analytics_rollup`). Triggers mark a project in `analytics_dirty` whenever something its facts are made of
// changes, whichever module or import writes it; the analytics bring the facts up to date before they answer.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('answers')
    .addColumn('response_id', 'varchar(36)', (c) => c.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('item_key', 'varchar(60)', (c) => c.notNull())
    .addColumn('value_num', 'double precision') // scale answers (1-5)
    .addColumn('value_text', 'text') // open answers
    .addColumn('saved_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('answers_pk', ['response_id', 'item_key'])
    // SQLite: rows stored in key order, so that a response's answers are read together, not one lookup each
    .$call((t) => (db.getExecutor().adapter instanceof PostgresAdapter ? t : t.modifyEnd(sql`without rowid`)))
    .execute();

  // who answered: a participant, a colleague in the comparison group, or the organisation (its own questionnaire)
  await db.schema
    .alterTable('responses')
    .addColumn('respondent_group', 'varchar(12)', (c) => c.notNull().defaultTo('participant'))
    .execute();

  // the per-project refresh finds a project's responses, invitations, sources and activities through the indexes of
  // 20261129_0100_indexes, which all start with project_id

  await db.schema
    .createTable('analytics_dirty')
    .addColumn('project_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull()) // raised by every change; the refresh clears only the version it saw
    .execute();

  // Additive measures: the meaning of n and v1..v4 per measure is written down in analytics/facts.ts.
  const measureColumns = (t: CreateTableBuilder<any, any>) =>
    t
      .addColumn('sector', 'varchar(4)', (c) => c.notNull())
      .addColumn('key_action', 'varchar(4)', (c) => c.notNull())
      .addColumn('call_year', 'integer', (c) => c.notNull())
      .addColumn('activity_type', 'varchar(40)', (c) => c.notNull())
      .addColumn('respondent_group', 'varchar(12)', (c) => c.notNull())
      .addColumn('measure', 'varchar(12)', (c) => c.notNull())
      .addColumn('variant', 'varchar(30)', (c) => c.notNull())
      .addColumn('code', 'varchar(60)', (c) => c.notNull())
      .addColumn('moment_from', 'varchar(2)', (c) => c.notNull())
      .addColumn('moment_to', 'varchar(2)', (c) => c.notNull())
      .addColumn('bin', 'integer', (c) => c.notNull())
      .addColumn('n', 'double precision', (c) => c.notNull())
      .addColumn('v1', 'double precision', (c) => c.notNull())
      .addColumn('v2', 'double precision', (c) => c.notNull())
      .addColumn('v3', 'double precision', (c) => c.notNull())
      .addColumn('v4', 'double precision', (c) => c.notNull())
      .addColumn('v5', 'double precision', (c) => c.notNull());

  await measureColumns(db.schema.createTable('analytics_facts').addColumn('project_id', 'varchar(36)', (c) => c.notNull()))
    // measure first: every read names one, and a refresh names the measures with the projects
    .addPrimaryKeyConstraint('analytics_facts_pk', [
      'measure',
      'project_id',
      'moment_from',
      'moment_to',
      'variant',
      'activity_type',
      'respondent_group',
      'code',
      'bin',
    ])
    .execute();

  await measureColumns(db.schema.createTable('analytics_rollup'))
    .addPrimaryKeyConstraint('analytics_rollup_pk', [
      'measure',
      'moment_from',
      'moment_to',
      'variant',
      'activity_type',
      'respondent_group',
      'code',
      'sector',
      'key_action',
      'call_year',
      'bin',
    ])
    .execute();

  // copy the JSON answers, a batch of responses at a time
  for (let offset = 0; ; offset += 500) {
    const rows: Array<{ id: string; answers: string; saved_at: string }> = await db
      .selectFrom('responses')
      .select(['id', 'answers', 'saved_at'])
      .orderBy('id')
      .limit(500)
      .offset(offset)
      .execute();
    if (!rows.length) break;
    const values = rows.flatMap((r) =>
      Object.entries(JSON.parse(r.answers) as Record<string, unknown>)
        .filter(([, v]) => typeof v === 'number' || (typeof v === 'string' && v !== ''))
        .map(([key, v]) => ({
          response_id: r.id,
          item_key: key,
          value_num: typeof v === 'number' ? v : null,
          value_text: typeof v === 'string' ? v : null,
          saved_at: r.saved_at,
        })),
    );
    for (let i = 0; i < values.length; i += 1000)
      await db
        .insertInto('answers')
        .values(values.slice(i, i + 1000))
        .execute();
  }

  await createDirtyTriggers(db);
  // everything that exists is new to the analytics
  await db
    .insertInto('analytics_dirty')
    .columns(['project_id', 'version'])
    .expression(db.selectFrom('projects').select(['id', sql<number>`1`.as('version')]))
    .execute();
}

/**
 * Which change marks which project: [table, how its project is found from a row (the row is `X`), a condition on
 * the row (drafts do not count: a response counts once it is submitted), the columns whose update matters (the
 * scheduler updates invitations often, but only their status counts)].
 */
const SOURCES: Array<[table: string, project: string, when: string | null, columns: string[] | null]> = [
  ['projects', 'X.id', null, null],
  ['activities', 'X.project_id', null, null],
  ['participants', 'X.project_id', null, null],
  ['invitations', 'X.project_id', null, ['status', 'moment', 'participant_id']],
  ['responses', 'X.project_id', 'X.submitted_at is not null', null],
  ['answers', '(select r.project_id from responses r where r.id = X.response_id and r.submitted_at is not null)', null, null],
  ['learning_goals', '(select p.project_id from participants p where p.id = X.participant_id)', null, null],
  ['sources', 'X.project_id', null, null],
  ['source_interviewees', '(select s.project_id from sources s where s.id = X.source_id)', null, null],
  ['segments', '(select s.project_id from sources s where s.id = X.source_id)', null, null],
  ['codings', '(select s.project_id from segments g join sources s on s.id = g.source_id where g.id = X.segment_id)', null, null],
];

async function createDirtyTriggers(db: Kysely<any>) {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql
      .raw(
        `create function analytics_touch(p varchar) returns void language sql as $$
           insert into analytics_dirty (project_id, version) select p, 1 where p is not null
           on conflict (project_id) do update set version = analytics_dirty.version + 1 $$`,
      )
      .execute(db);
    for (const [table, project, when, columns] of SOURCES) {
      const at = (row: 'old' | 'new') => {
        const touch = `perform analytics_touch(${project.replaceAll('X.', `${row}.`)});`;
        return when ? `if ${when.replaceAll('X.', `${row}.`)} then ${touch} end if;` : touch;
      };
      await sql
        .raw(
          `create function analytics_dirty_${table}() returns trigger language plpgsql as $$
           begin
             if tg_op <> 'INSERT' then ${at('old')} end if;
             if tg_op <> 'DELETE' then ${at('new')} end if;
             return null;
           end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger analytics_dirty_${table} after insert or update${columns ? ` of ${columns.join(', ')}` : ''} or delete on ${table}
           for each row execute function analytics_dirty_${table}()`,
        )
        .execute(db);
    }
    return;
  }
  for (const [table, project, when, columns] of SOURCES) {
    for (const [event, row] of [
      ['insert', 'new'],
      ['update', 'old'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      const condition = when ? `when ${when.replaceAll('X.', `${row}.`)}` : '';
      // `where true` keeps SQLite from reading the upsert's `on` as a join of the select
      await sql
        .raw(
          `create trigger analytics_dirty_${table}_${event}_${row} after ${event}${event === 'update' && columns ? ` of ${columns.join(', ')}` : ''} on ${table} ${condition}
           begin
             insert into analytics_dirty (project_id, version) select p, 1 from (select ${project.replaceAll('X.', `${row}.`)} as p) where p is not null
             on conflict (project_id) do update set version = version + 1;
           end`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const [table] of SOURCES) {
      await sql.raw(`drop trigger if exists analytics_dirty_${table} on ${table}`).execute(db);
      await sql.raw(`drop function if exists analytics_dirty_${table}()`).execute(db);
    }
    await sql.raw('drop function if exists analytics_touch(varchar)').execute(db);
  } else {
    for (const [table] of SOURCES)
      for (const suffix of ['insert_new', 'update_old', 'update_new', 'delete_old'])
        await sql.raw(`drop trigger if exists analytics_dirty_${table}_${suffix}`).execute(db);
  }
  for (const t of ['analytics_rollup', 'analytics_facts', 'analytics_dirty', 'answers']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('responses').dropColumn('respondent_group').execute();
}
