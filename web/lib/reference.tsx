import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/reference.js';
import type { ReferenceView, TermView } from '../../shared/schemas.js';
import { reference as referenceApi } from '../api/endpoints.js';
import { isLocale } from '../i18n/index.js';

/** The kinds of terms GET /reference returns, each a list of codes with nl and en labels. */
export type TermKind =
  | 'sector'
  | 'key_action'
  | 'activity_type'
  | 'impact_level'
  | 'moment'
  | 'interviewee_role'
  | 'organisation_type'
  | 'project_status'
  | 'partner_role'
  | 'product_kind';

interface ReferenceState {
  data: ReferenceView | null;
  error: unknown;
  reload: () => void;
}

const ReferenceContext = createContext<ReferenceState>({ data: null, error: undefined, reload: () => {} });

/** Loads the reference data (labels of sectors, actions, statuses...) once for the whole app. */
export function ReferenceProvider({ children }: { children: ReactNode }) {
  const [data, setData] = useState<ReferenceView | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    referenceApi.get(controller.signal).then(
      (value) => setData(value),
      (err: unknown) => {
        if (!controller.signal.aborted) setError(err);
      },
    );
    return () => controller.abort();
  }, [generation]);
  const value = useMemo(() => ({ data, error, reload: () => setGeneration((g) => g + 1) }), [data, error]);
  return <ReferenceContext.Provider value={value}>{children}</ReferenceContext.Provider>;
}

export interface Terms {
  ready: boolean;
  /** The label of a code in the current language; the code itself while the labels load or when unknown. */
  label: (kind: TermKind, code: string | null | undefined) => string;
  /** All codes of a kind as options for a select, in the server's order. */
  options: (kind: TermKind, filter?: (term: TermView) => boolean) => { value: string; label: string }[];
}

export function useTerms(): Terms {
  const { data } = useContext(ReferenceContext);
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
  const byKind = useMemo(() => {
    const map = new Map<string, Map<string, TermView>>();
    for (const [kind, terms] of Object.entries(data?.terms ?? {})) map.set(kind, new Map(terms.map((term) => [term.code, term])));
    return map;
  }, [data]);
  const label = useCallback(
    (kind: TermKind, code: string | null | undefined) => {
      if (!code) return '';
      const term = byKind.get(kind)?.get(code);
      return term ? term[locale] : code;
    },
    [byKind, locale],
  );
  const options = useCallback(
    (kind: TermKind, filter?: (term: TermView) => boolean) =>
      (data?.terms[kind] ?? []).filter((term) => !filter || filter(term)).map((term) => ({ value: term.code, label: term[locale] })),
    [data, locale],
  );
  return { ready: data !== null, label, options };
}

export function useReferenceState(): ReferenceState {
  return useContext(ReferenceContext);
}
