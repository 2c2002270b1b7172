import type { Kysely } from 'kysely';

// Frozen. The learned code suggester (issue 16): one stored model per codebook, training scope
// and language, and a mark on the sources whose coded segments the Agency shares with every
// organisation's suggestions (its own published texts, such as the case descriptions of its study).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('suggestion_models')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('codebook_id', 'varchar(36)', (c) => c.notNull().references('codebooks.id').onDelete('cascade'))
    // 'agency', 'shared' or 'organisation:<id>': whose coded segments the model learned from
    .addColumn('scope', 'varchar(60)', (c) => c.notNull())
    .addColumn('language', 'varchar(2)', (c) => c.notNull())
    .addColumn('trained_at', 'varchar(32)')
    // codings in the scope when it was trained: retraining starts when the count has moved enough
    .addColumn('codings_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('examples_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('model', 'text')
    .addColumn('metrics', 'text')
    .addColumn('claimed_by', 'varchar(60)')
    .addColumn('claimed_until', 'varchar(32)')
    .addUniqueConstraint('suggestion_models_scope_uq', ['codebook_id', 'scope', 'language'])
    .execute();

  await db.schema
    .alterTable('sources')
    .addColumn('agency_shared', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sources').dropColumn('agency_shared').execute();
  await db.schema.dropTable('suggestion_models').execute();
}
