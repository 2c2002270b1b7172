import { type Expression, type SqlBool, sql } from 'kysely';

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
