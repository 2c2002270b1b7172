import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

/**
 * A fresh, migrated database for one test file: in-memory SQLite by default, or a new PostgreSQL
 * database on the server TEST_DATABASE_URL names (dropped again by `drop`).
 */
export async function freshDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const database = await emptyDatabase();
  await migrateToLatest(database.db);
  return database;
}

/** As freshDatabase, without migrating: for the tests of the migrations themselves. */
export async function emptyDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = openDatabase('sqlite::memory:');
    return { ...database, drop: () => database.destroy() };
  }
  const name = `impact_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString());
  return {
    ...database,
    drop: async () => {
      await database.destroy();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const onPostgres = () => !!process.env.TEST_DATABASE_URL;
