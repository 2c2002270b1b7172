import { useCallback, useMemo } from 'react';
import type { CodeView } from '../../../shared/schemas.js';
import { useReference } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';

export interface CodebookLabels {
  /** The code's name in the current language ("Heeft kennis gemaakt met nieuwe leermethoden"), or the code while loading. */
  label: (key: string) => string;
  /** Select options grouped by top-level code (the typology's domains), each domain first. */
  groups: { group: string; items: { value: string; label: string }[] }[];
}

/** Labels of a shared codebook from the reference data: `typology` for indicators, `factor` for the readiness check. */
export function useCodebook(kind: 'typology' | 'factor'): CodebookLabels {
  const data = useReference();
  const locale = useLocale();
  const codes = useMemo<CodeView[]>(() => data?.codebooks.find((b) => b.kind === kind)?.codes ?? [], [data, kind]);
  const byKey = useMemo(() => new Map(codes.map((c) => [c.key, c])), [codes]);
  const label = useCallback((key: string) => byKey.get(key)?.[locale] ?? key, [byKey, locale]);
  const groups = useMemo(
    () =>
      codes
        .filter((c) => c.parentKey === null)
        .map((domain) => ({
          group: domain[locale],
          items: [domain, ...codes.filter((c) => c.parentKey === domain.key)].map((c) => ({ value: c.key, label: `${c.key} – ${c[locale]}` })),
        })),
    [codes, locale],
  );
  return { label, groups };
}
