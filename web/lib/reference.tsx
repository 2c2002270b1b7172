import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ReferenceView, TermView } from '../../shared/schemas.js';
import { reference as referenceApi } from '../api/endpoints.js';
import { keys } from '../api/keys.js';
import { useLocale } from './useLocale.js';

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

/** The reference data (labels of sectors, actions, statuses, the shared codebooks), loaded once for the whole app. */
export function useReference(): ReferenceView | undefined {
  // the labels change only with a new release of the server
  return useQuery({ queryKey: keys.reference, queryFn: ({ signal }) => referenceApi.get(signal), staleTime: Number.POSITIVE_INFINITY }).data;
}

export interface Terms {
  ready: boolean;
  /** The label of a code in the current language; the code itself while the labels load or when unknown. */
  label: (kind: TermKind, code: string | null | undefined) => string;
  /** All codes of a kind as options for a select, in the server's order. */
  options: (kind: TermKind, filter?: (term: TermView) => boolean) => { value: string; label: string }[];
}

export function useTerms(): Terms {
  const data = useReference();
  const locale = useLocale();
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
  return { ready: data !== undefined, label, options };
}

/** "T3 Lange termijn" of the reference label "T3 Lange termijn, 36 maanden of meer": short enough for a table or a line of facts. */
export function useMomentLabel() {
  const { label } = useTerms();
  return (moment: string | null | undefined) => (moment ? label('moment', moment).split(/[,(]/)[0]!.trim() : '');
}
