import type { Locale } from '../../shared/reference.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

// English in a European product: day before month ("1 January 2016"), not the US order
const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** An ISO date (YYYY-MM-DD) or timestamp in the user's language: "1 september 2014" or "1 September 2014". */
export function formatDate(value: string | null | undefined, locale: Locale): string | null {
  if (!value) return null;
  // a bare date is a calendar day, not a moment: format it in UTC so no time zone shifts it
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** "1 september 2014 – 31 augustus 2015", or one of the dates when the other is unknown. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined, locale: Locale): string | null {
  const from = formatDate(start, locale);
  const to = formatDate(end, locale);
  if (from && to) return `${from} – ${to}`;
  return from ?? to;
}

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
