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
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`column ${column} holds JSON of the wrong shape: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** The JSON text of a value for a text column. */
export const toJson = (value: unknown): string => JSON.stringify(value);
