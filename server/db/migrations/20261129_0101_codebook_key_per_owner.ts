import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Frozen: never import application code here, never edit after release.
//
// A codebook's key was unique over all organisations, so creating one told a coordinator that
// another organisation used that key. Keys are now unique per owner (an organisation, or the
// agency for the shared codebooks); the application keeps the agency's keys unique over all.

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    // SQLite cannot drop a column's UNIQUE: the table is rebuilt with the same rows and ids,
    // foreign keys off meanwhile (codes refer to it), checked before they are on again
    await sql`pragma foreign_keys = off`.execute(db);
    try {
      await db.transaction().execute(async (trx) => {
        await trx.schema
          .createTable('codebooks_rebuilt')
          .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
          .addColumn('key', 'varchar(40)', (c) => c.notNull())
          .addColumn('kind', 'varchar(20)', (c) => c.notNull())
          .addColumn('name_nl', 'text', (c) => c.notNull())
          .addColumn('name_en', 'text', (c) => c.notNull())
          .addColumn('organisation_id', 'varchar(36)', (c) => c.references('organisations.id'))
          .addColumn('is_system', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .execute();
        await sql`insert into codebooks_rebuilt (id, key, kind, name_nl, name_en, organisation_id, is_system, created_at)
          select id, key, kind, name_nl, name_en, organisation_id, is_system, created_at from codebooks`.execute(trx);
        await trx.schema.dropTable('codebooks').execute();
        await trx.schema.alterTable('codebooks_rebuilt').renameTo('codebooks').execute();
        const broken = await sql`pragma foreign_key_check`.execute(trx);
        if (broken.rows.length > 0) throw new Error(`codebooks rebuilt with ${broken.rows.length} broken references`);
      });
    } finally {
      await sql`pragma foreign_keys = on`.execute(db);
    }
  } else {
    await db.schema.alterTable('codebooks').dropConstraint('codebooks_key_key').execute();
  }
  await db.schema.createIndex('codebooks_owner_key_uq').on('codebooks').unique().expression(sql`coalesce(organisation_id, ''), key`).execute();
  await db.schema.createIndex('codebooks_key_idx').on('codebooks').column('key').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('codebooks_key_idx').execute();
  await db.schema.dropIndex('codebooks_owner_key_uq').execute();
  // only possible while no two owners share a key
  await db.schema.createIndex('codebooks_key_uq').on('codebooks').unique().column('key').execute();
}
