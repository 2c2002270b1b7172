import { messageText } from '../../shared/messages.js';
import type { Locale } from '../../shared/reference.js';
import { ApiError } from '../api/client.js';
import { i18next } from '../i18n/index.js';

// Texts of failures come from shared/messages.ts, the catalogue the server writes its problems from.

/** "45 seconden", "2 minuten": a wait rounded up to whole minutes from a minute on. */
export function waitTime(seconds: number, locale: Locale): string {
  const t = i18next.getFixedT(locale);
  return seconds < 60 ? t('accounts.time.seconds', { count: Math.max(1, seconds) }) : t('accounts.time.minutes', { count: Math.ceil(seconds / 60) });
}

/** The message to show for any failure: the problem's code in words, or a generic one. */
export function errorMessage(error: unknown, locale: Locale): string {
  if (error instanceof ApiError) {
    // throttled: say how long to wait, as the server told (Retry-After)
    if (error.status === 429 && error.retryAfterSeconds !== null) {
      return i18next.getFixedT(locale)('accounts.throttled', { time: waitTime(error.retryAfterSeconds, locale) });
    }
    // "invalid input" with one field error says more when it names that error
    const errors = error.problem.errors ?? [];
    if (error.code === 'invalid_input' && errors.length === 1 && errors[0]) return messageText(errors[0].message, locale);
    return messageText(error.code, locale);
  }
  return messageText('unknown', locale);
}

/** Field error messages by field name, in words. */
export function translatedFieldErrors(errors: Record<string, string>, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, messageText(key, locale)]));
}

/** Not there, or not for this user (the server answers 404 for both); a malformed id in the address counts too. */
export const isNotFound = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || (error.status === 400 && (error.problem.errors ?? []).some((e) => e.path.startsWith('params.'))));
