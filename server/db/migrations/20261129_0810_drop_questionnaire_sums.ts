import { type Kysely, sql } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// The impact model showed per moment the mean of every 1-5 answer on a typology code, pooled over whoever
// answered and over state and retrospective items alike (issue 11's "change that is not change"). It now shows the
// analytics' change of the same people, from the answer rows, with perceived change apart; the pooled sums kept
// for it have no reader left. `if exists`: another branch may retire the table before this runs.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('questionnaire_sums').ifExists().execute();
}

/** Back to the pooled sums, counted again from the answer rows of the submitted responses. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('questionnaire_sums')
    .ifNotExists()
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('typology_code', 'varchar(40)', (c) => c.notNull())
    .addColumn('moment', 'varchar(2)', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('questionnaire_sums_pk', ['project_id', 'typology_code', 'moment'])
    .execute();
  await db
    .insertInto('questionnaire_sums')
    .columns(['project_id', 'typology_code', 'moment', 'answers', 'total'])
    .expression(
      db
        .selectFrom('answers as a')
        .innerJoin('responses as r', 'r.id', 'a.response_id')
        .innerJoin('instrument_items as i', (j) => j.onRef('i.instrument_id', '=', 'r.instrument_id').onRef('i.key', '=', 'a.item_key'))
        .select([
          'r.project_id',
          'i.typology_code',
          'r.moment',
          sql<number>`count(*)`.as('answers'),
          sql<number>`cast(sum(a.value_num) as integer)`.as('total'),
        ])
        .where('r.submitted_at', 'is not', null)
        .where('i.typology_code', 'is not', null)
        .where('a.value_num', '>=', 1)
        .groupBy(['r.project_id', 'i.typology_code', 'r.moment']),
    )
    .execute();
}
