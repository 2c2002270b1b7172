import type { z } from 'zod';

/**
 * A JSON text column read back through the zod schema it was written with. A value that no longer
 * fits (edited by hand, written by an older version) is a server fault, not the caller's: it
 * throws, is logged, and answers 500, instead of flowing on untyped.
 */
export function parseJson<S extends z.ZodType>(schema: S, text: string, column: string): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`column ${column} holds text that is not JSON`);
  }
  return parseParsed(schema, value, `column ${column}`);
}

/** A JSON value as a driver hands it over: text (SQLite) or already parsed (PostgreSQL's json). */
export function parseJsonValue<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  return typeof value === 'string' ? parseJson(schema, value, what) : parseParsed(schema, value, what);
}

function parseParsed<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${what} holds JSON of the wrong shape: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** The JSON text of a value for a text column. */
export const toJson = (value: unknown): string => JSON.stringify(value);
