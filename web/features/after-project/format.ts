import type { Locale } from '../../../shared/reference.js';

/** "1,2 MB", "340 kB": a file's size as a reader judges a download. */
export function fileSize(bytes: number, locale: Locale): string {
  const intl = locale === 'en' ? 'en-GB' : 'nl-NL';
  if (bytes >= 1024 * 1024) return `${new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
  return `${new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}
