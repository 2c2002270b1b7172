import type { z } from 'zod';

/**
 * Checks form input with the same zod schema the server uses, so the user sees the same messages
 * before sending. Returns field errors as i18n keys by path (and by the path's first part).
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): { ok: true; value: z.output<S> } | { ok: false; errors: Record<string, string> } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const message = /^validation\.[a-z_]+$/.test(issue.message) ? issue.message : 'validation.invalid';
    errors[path] ??= message;
    const head = path.split('.')[0];
    if (head && head !== path) errors[head] ??= message;
  }
  return { ok: false, errors };
}

/** '' from a form field means "not filled in". */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
