import { type Expression, type Kysely, PostgresAdapter, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { jsonArrayFrom as postgresJsonArray } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArray } from 'kysely/helpers/sqlite';
import type { DB } from './schema.js';

/**
 * Case-insensitive "contains" that behaves the same on SQLite and PostgreSQL. With `wildcards`,
 * an `_` in the needle stands for any one character (the caller escapes nothing else then).
 */
export function containsText(column: Expression<string | null>, needle: string, wildcards = false): Expression<SqlBool> {
  const escaped = needle.toLowerCase().replace(wildcards ? /[\\%]/g : /[\\%_]/g, (c) => `\\${c}`);
  return sql<SqlBool>`lower(${column}) like ${`%${escaped}%`} escape '\\'`;
}

/** count(*) as a JavaScript number on both drivers (pg returns bigint counts as strings). */
export const countAll = () => sql<number>`cast(count(*) as integer)`;

/** Runs `write` on consecutive slices of `rows` of at most `size`, in order; nothing for no rows. */
export async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Whether the database behind `db` is PostgreSQL (else SQLite): for the few statements the two spell differently. */
export const isPostgres = (db: Kysely<DB>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The rows of a correlated subquery as one JSON array per outer row, so a list and its children
 * come in one query. SQLite hands the array over as JSON text, PostgreSQL already parsed: read it
 * with db/json.ts's `parseJsonValue`, which takes either.
 */
// biome-ignore lint/suspicious/noExplicitAny: the subquery's tables are the caller's; only its row shape matters here
export function jsonArrayOf<O>(db: Kysely<DB>, subquery: SelectQueryBuilder<any, any, O>): RawBuilder<unknown> {
  return (isPostgres(db) ? postgresJsonArray(subquery) : sqliteJsonArray(subquery)) as RawBuilder<unknown>;
}
