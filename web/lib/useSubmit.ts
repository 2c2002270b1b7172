import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client.js';
import { translatedFieldErrors } from './errors.js';
import { validate } from './validation.js';

/**
 * A form's submit cycle: check the input with the shared schema, send it, and show either the
 * client's or the server's field errors next to their fields (focusing the first), or a general error.
 */
export function useSubmit<S extends z.ZodType, R>(schema: S, send: (value: z.output<S>) => Promise<R>, onDone: (result: R) => void) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

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
    setBusy(true);
    try {
      const result = await send(checked.value);
      onDone(result);
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldErrors : {};
      setFieldErrors(fields);
      setError(err);
      if (Object.keys(fields).length) focusFirstError();
    } finally {
      setBusy(false);
    }
  }

  return { formRef, submit, busy, error, errors: translatedFieldErrors(t, fieldErrors), hasFieldErrors: Object.keys(fieldErrors).length > 0 };
}
