import type { Locale } from '../../shared/reference.js';

// Every date and number the app shows is written here, in the user's language.

// English in a European product: day before month ("1 January 2016"), not the US order
const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');

type DateStyle = 'long' | 'short' | 'dateTime' | 'weekday';
const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  // calendar days in UTC, so that no time zone shifts them
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  // moments in time in the user's own time zone
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

function format(style: DateStyle, locale: Locale, date: Date): string {
  const key = `${style}|${locale}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), OPTIONS[style]);
    formats.set(key, f);
  }
  return f.format(date);
}

/** An ISO date (YYYY-MM-DD) or timestamp in the user's language: "1 september 2014" or "1 September 2014". */
export function formatDate(value: string | null | undefined, locale: Locale): string | null {
  if (!value) return null;
  // a bare date is a calendar day, not a moment: read it as UTC midnight, which the format keeps
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return format('long', locale, date);
}

/** "1 september 2014 – 31 augustus 2015", or one of the dates when the other is unknown. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined, locale: Locale): string | null {
  const from = formatDate(start, locale);
  const to = formatDate(end, locale);
  if (from && to) return `${from} – ${to}`;
  return from ?? to;
}

/** "3 mrt 2026": a moment in time in the user's own time zone, compact for tables. */
export const shortDate = (iso: string | null | undefined, locale: Locale) => (iso ? format('short', locale, new Date(iso)) : '');
/** "3 mrt 2026 14:05" */
export const dateTime = (iso: string | null | undefined, locale: Locale) => (iso ? format('dateTime', locale, new Date(iso)) : '');
/** "dinsdag 3 maart 2026" for a calendar day (YYYY-MM-DD). */
export const longDay = (day: string, locale: Locale) => format('weekday', locale, new Date(`${day}T00:00:00Z`));

/** A country's name from its ISO code, e.g. GB -> "Verenigd Koninkrijk" / "United Kingdom". */
export function countryName(code: string | null | undefined, locale: Locale): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** "1,2 MB", "340 kB": a file's size as a reader judges a download. */
export function fileSize(bytes: number, locale: Locale): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), locale, { maximumFractionDigits: 1 })} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale, { maximumFractionDigits: 0 })} kB`;
}
