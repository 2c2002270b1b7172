import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useCodebook } from '../impact-model/labels.js';

// How the dashboards write their figures, in the user's language: means and changes with two decimals, shares as
// percentages beside their n, p-values as statisticians read them, and small cells said in words.

export function useFigures() {
  const locale = useLocale();
  const { t } = useTranslation();
  const fixed = (value: number, digits = 2, signed = false) =>
    formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' });
  return {
    mean: (v: number | null) => (v === null ? null : fixed(v)),
    change: (v: number | null) => (v === null ? null : fixed(v, 2, true)),
    interval: (ci: [number, number] | null) => (ci ? `${fixed(ci[0], 2, true)} ${t('analytics.to')} ${fixed(ci[1], 2, true)}` : null),
    p: (v: number | null) => (v === null ? null : v < 0.001 ? `< ${fixed(0.001, 3)}` : fixed(v, 3)),
    share: (part: number, whole: number) =>
      whole ? `${formatNumber(part / whole, locale, { style: 'percent', maximumFractionDigits: 0 })} (${part}/${whole})` : null,
    count: (v: number | null) => (v === null ? null : formatNumber(v, locale)),
  };
}

/** A figure withheld from the Agency: a dash for the eye, the reason for a screen reader. */
export function Withheld() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <VisuallyHidden>{t('analytics.withheld')}</VisuallyHidden>
    </>
  );
}

/** The note a small cell carries everywhere: n < 5, and whether its figures are shown. */
export function SmallNote({ small, suppressed }: { small: boolean; suppressed: boolean }) {
  const { t } = useTranslation();
  if (!small && !suppressed) return null;
  return (
    <Badge variant="light" color={suppressed ? 'gray' : 'yellow'} c="dark.9" size="sm" radius="sm" tt="none">
      {suppressed ? t('analytics.withheldShort') : t('analytics.smallShort')}
    </Badge>
  );
}

/** The note as the CSV file writes it. */
export const noteOf = (t: (key: 'analytics.withheldShort' | 'analytics.smallShort') => string, row: { small: boolean; suppressed: boolean }) =>
  row.suppressed ? t('analytics.withheldShort') : row.small ? t('analytics.smallShort') : '';

/** A typology, level or factor code with its name, and the name alone. */
export function useCodeNames() {
  const typology = useCodebook('typology');
  const factor = useCodebook('factor');
  const { t } = useTranslation();
  return (code: string) => {
    if (code === '') return t('analytics.noCode');
    if (code.startsWith('FAC.')) return factor.label(code);
    if (['individual', 'organisation', 'beyond'].includes(code)) return t(`analytics.levels.${code as 'individual' | 'organisation' | 'beyond'}`);
    return typology.label(code);
  };
}

export const DOMAINS = ['PRO', 'PER', 'INT', 'ORG', 'COL'] as const;
