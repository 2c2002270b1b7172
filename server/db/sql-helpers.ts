import { type Expression, type SqlBool, sql } from 'kysely';

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
