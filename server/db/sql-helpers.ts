import { type Expression, type Kysely, PostgresAdapter, type SqlBool, sql } from 'kysely';
import type { DB } from './schema.js';

/** Case-insensitive "contains" that behaves the same on SQLite and PostgreSQL. */
export function containsText(column: Expression<string | null>, needle: string): Expression<SqlBool> {
  const pattern = `%${needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${column}) like ${pattern} escape '\\'`;
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
 * The entries of a JSON object held in a text column, as a table to join (`j`): each entry's key,
 * and its value when that is a number (null otherwise). SQLite spells this json_each, PostgreSQL
 * jsonb_each; both let the function read the row it is joined to.
 */
export function answerEntries(db: Kysely<DB>, column: Expression<string>) {
  if (isPostgres(db)) {
    return {
      from: sql<{ key: string; value: unknown }>`jsonb_each(cast(${column} as jsonb))`.as('j'),
      key: sql<string>`j.key`,
      number: sql<number | null>`case when jsonb_typeof(j.value) = 'number' then (j.value #>> '{}')::numeric end`,
    };
  }
  return {
    from: sql<{ key: string; value: unknown }>`json_each(${column})`.as('j'),
    key: sql<string>`j.key`,
    number: sql<number | null>`case when j.type in ('integer', 'real') then j.value end`,
  };
}
