import { MESSAGES, type MessageKey } from '../../shared/messages.js';
import type { Locale } from '../../shared/reference.js';

// The texts themselves are in shared/messages.ts, which the web reads too; here only the choice of
// language for a request.

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'nl';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}

export function messageFor(key: MessageKey, locale: Locale): string {
  return MESSAGES[key][locale];
}
