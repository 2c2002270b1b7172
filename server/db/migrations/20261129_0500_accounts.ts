import type { Kysely } from 'kysely';

// Frozen: invitation and password-reset links (only their hashes), reset requests waiting to be
// looked up off the response path, and the browser of each session.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('account_tokens')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'varchar(20)', (c) => c.notNull()) // invitation | password_reset
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique()) // sha-256 of the link's token
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('used_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('account_tokens_user_idx').on('account_tokens').columns(['user_id', 'purpose']).execute();

  await db.schema
    .createTable('password_reset_requests')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('email', 'varchar(320)', (c) => c.notNull())
    .addColumn('requested_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('claimed_by', 'varchar(60)')
    .addColumn('claimed_until', 'varchar(32)')
    .execute();

  await db.schema.alterTable('sessions').addColumn('user_agent', 'varchar(400)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('user_agent').execute();
  await db.schema.dropTable('password_reset_requests').execute();
  await db.schema.dropTable('account_tokens').execute();
}
