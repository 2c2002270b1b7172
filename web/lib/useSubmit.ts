import { type FormEvent, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client.js';
import { translatedFieldErrors } from './errors.js';
import { useLocale } from './useLocale.js';
import { validate } from './validation.js';

/** A write from useWrite (a TanStack mutation): what the form sends its checked value to. */
interface Write<V, R> {
  mutateAsync: (value: V) => Promise<R>;
  isPending: boolean;
}

/**
 * A form's submit cycle: check the input with the shared schema, send it with `write`, and show
 * either the client's or the server's field errors next to their fields (focusing the first), or
 * a general error.
 */
export function useSubmit<S extends z.ZodType, R>(schema: S, write: Write<z.output<S>, R>, onDone: (result: R) => void) {
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);

  const focusFirstError = () =>
    // after React has rendered the errors
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);

  async function submit(event: FormEvent, input: unknown) {
    event.preventDefault();
    setError(undefined);
    const checked = validate(schema, input);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      focusFirstError();
      return;
    }
    setFieldErrors({});
    let result: R;
    try {
      result = await write.mutateAsync(checked.value);
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldErrors : {};
      setFieldErrors(fields);
      setError(err);
      if (Object.keys(fields).length) focusFirstError();
      return;
    }
    onDone(result);
  }

  return {
    formRef,
    submit,
    busy: write.isPending,
    error,
    errors: translatedFieldErrors(fieldErrors, locale),
    hasFieldErrors: Object.keys(fieldErrors).length > 0,
  };
}
