import type { TFunction } from 'i18next';
import type { ImportColumnView, ImportJobView } from '../../../shared/imports.js';

/** The status a user sees: a running import whose server stopped is "interrupted". */
export const statusKey = (job: ImportJobView) => (job.interrupted ? 'interrupted' : job.status);

export function statusLabel(t: TFunction, job: ImportJobView): string {
  return t(`imports.statuses.${statusKey(job)}`);
}

export function encodingLabel(t: TFunction, encoding: string | null): string {
  if (encoding === 'utf-8') return t('imports.encodings.utf8');
  if (encoding === 'utf-8-bom') return t('imports.encodings.utf8bom');
  if (encoding === 'windows-1252') return t('imports.encodings.windows1252');
  return t('imports.encodings.xlsx');
}

export function delimiterLabel(t: TFunction, delimiter: string | null): string | null {
  if (delimiter === ',') return t('imports.delimiters.comma');
  if (delimiter === ';') return t('imports.delimiters.semicolon');
  if (delimiter === '\t') return t('imports.delimiters.tab');
  return null;
}

export function fieldLabel(t: TFunction, column: ImportColumnView): string {
  if (!column.field) return t('imports.mapping.notUsed');
  if (column.field === 'personal') return t('imports.mapping.personal');
  return t(`imports.fields.${column.field}`, { n: column.index ?? '' });
}

/** "2 min 5 s" or "40 s". */
export function duration(t: TFunction, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? t('imports.progress.minutes', { minutes: Math.floor(s / 60), seconds: s % 60 }) : t('imports.progress.seconds', { seconds: s });
}

export function fileSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}
