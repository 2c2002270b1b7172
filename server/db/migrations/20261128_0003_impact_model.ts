import type { Kysely } from 'kysely';

// Frozen: the impact model (Figure 1 of the report) and the readiness checks.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('impact_elements')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('layer', 'varchar(10)', (c) => c.notNull()) // activity | output | outcome | impact
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('impact_elements_project_idx').on('impact_elements').columns(['project_id', 'layer', 'sort']).execute();

  await db.schema
    .createTable('impact_links')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('from_id', 'varchar(36)', (c) => c.notNull().references('impact_elements.id').onDelete('cascade'))
    .addColumn('to_id', 'varchar(36)', (c) => c.notNull().references('impact_elements.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('impact_links_pair_uq', ['from_id', 'to_id'])
    .execute();
  await db.schema.createIndex('impact_links_project_idx').on('impact_links').column('project_id').execute();

  await db.schema
    .createTable('impact_indicators')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('element_id', 'varchar(36)', (c) => c.notNull().references('impact_elements.id').onDelete('cascade'))
    .addColumn('typology_code', 'varchar(40)', (c) => c.notNull())
    .addColumn('level', 'varchar(20)', (c) => c.notNull())
    .addColumn('target_text', 'text', (c) => c.notNull())
    .addColumn('target_number', 'double precision')
    .addColumn('measured_by', 'varchar(20)', (c) => c.notNull()) // questionnaire | evidence | both
    .addColumn('moments', 'text', (c) => c.notNull().defaultTo('[]')) // JSON array of T0..T3
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('impact_indicators_element_idx').on('impact_indicators').column('element_id').execute();

  await db.schema
    .createTable('readiness_checks')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('phase', 'varchar(10)', (c) => c.notNull()) // before | end
    .addColumn('answers', 'text', (c) => c.notNull()) // JSON: question key -> 1..5
    .addColumn('answered_by', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('readiness_checks_phase_uq', ['project_id', 'phase'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['readiness_checks', 'impact_indicators', 'impact_links', 'impact_elements']) await db.schema.dropTable(t).execute();
}
