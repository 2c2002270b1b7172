import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  destroy(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'sqlite:data/impact.db';

/** Opens the database that DATABASE_URL names: `sqlite:<path>` (`sqlite::memory:` for tests) or `postgres://...`. */
export function openDatabase(url: string = DEFAULT_DATABASE_URL): Database {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // integer columns come back as numbers; bigint counts are cast in the queries that make them
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // an idle connection the server closed (restart, failover, a dropped test database) is simply
    // discarded by the pool; without a listener its error would end the process
    pool.on('error', () => undefined);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', destroy: () => db.destroy() };
  }
  if (!url.startsWith('sqlite:')) {
    throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(':')[0]}:")`);
  }
  const file = url.slice('sqlite:'.length);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', destroy: () => db.destroy() };
}
