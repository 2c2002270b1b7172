import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.js';
import { i18next } from '../i18n/index.js';

/** A translated message for an i18n key the server sent (`code` or a field error's `message`). */
export function messageForKey(t: TFunction, key: string): string {
  const full = `errors.${key}`;
  // keys come from the server at run time, so they are looked up untyped
  return i18next.exists(full) ? (t as unknown as (k: string) => string)(full) : t('errors.unknown');
}

/** "45 seconden", "2 minuten": a wait rounded up to whole minutes from a minute on. */
export function waitTime(t: TFunction, seconds: number): string {
  return seconds < 60 ? t('accounts.time.seconds', { count: Math.max(1, seconds) }) : t('accounts.time.minutes', { count: Math.ceil(seconds / 60) });
}

/** The message to show for any failure: the problem's code translated, or a generic one. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    // throttled: say how long to wait, as the server told (Retry-After)
    if (error.status === 429 && error.retryAfterSeconds !== null) return t('accounts.throttled', { time: waitTime(t, error.retryAfterSeconds) });
    // "invalid input" with one field error says more when it names that error
    const first = error.problem.errors?.[0];
    if (error.code === 'invalid_input' && error.problem.errors?.length === 1 && first) return messageForKey(t, first.message);
    return messageForKey(t, error.code);
  }
  return t('errors.unknown');
}

/** Field error messages by field name, translated. */
export function translatedFieldErrors(t: TFunction, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, messageForKey(t, key)]));
}

/** Not there, or not for this user (the server answers 404 for both); a malformed id in the address counts too. */
export const isNotFound = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || (error.status === 400 && (error.problem.errors ?? []).some((e) => e.path === 'params.id')));
