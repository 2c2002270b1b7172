import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
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
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', destroy: () => db.destroy() };
}

/**
 * Kysely prepares every query it runs; better-sqlite3's prepared statements can be run again, so the
 * most recent ones are kept by their SQL text. The same query with other parameters (a request, a
 * batch of an import) then skips SQLite's parsing and planning.
 */
function withStatementCache(sqlite: SQLite.Database, size = 32): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      // a statement still iterating (a streamed query) cannot run twice at once: prepare another then
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
