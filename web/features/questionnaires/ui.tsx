import { type ReactNode, useMemo } from 'react';
import { useReference } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import './questionnaires.css';

/** A status in words; the colour only repeats what the word says. */
export function Pill({ status, children }: { status: string; children: ReactNode }) {
  return (
    <span className="q-pill" data-status={status}>
      {children}
    </span>
  );
}

/** The codes of a shared codebook (`typology`, `factors`) as select options, grouped under their domain. */
export function useCodeOptions(bookKey: 'typology' | 'factors') {
  const data = useReference();
  const locale = useLocale();
  return useMemo(() => {
    const codes = data?.codebooks.find((b) => b.key === bookKey)?.codes ?? [];
    const label = new Map(codes.map((c) => [c.key, c[locale]]));
    const roots = codes.filter((c) => !c.parentKey || !label.has(c.parentKey));
    const options = roots.map((root) => {
      const children = codes.filter((c) => c.parentKey === root.key);
      return children.length
        ? { group: root[locale], items: children.map((c) => ({ value: c.key, label: c[locale] })) }
        : { value: root.key, label: root[locale] };
    });
    return { options, label: (key: string | null | undefined) => (key ? (label.get(key) ?? key) : '') };
  }, [data, bookKey, locale]);
}
