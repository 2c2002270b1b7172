import { useSearchParams } from 'react-router-dom';
import { CHANGE_MOMENTS } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';

// The dashboard's selection lives in the address, so that a view can be shared and the back button undoes a filter.

export const FILTERS = ['sector', 'keyAction', 'activityType', 'callYear', 'organisationId', 'from', 'to'] as const;
export type FilterName = (typeof FILTERS)[number];
export type Moment = (typeof CHANGE_MOMENTS)[number];

const moment = (value: string | null, fallback: Moment): Moment => ((CHANGE_MOMENTS as readonly string[]).includes(value ?? '') ? (value as Moment) : fallback);

export function useSelection(projectId?: string) {
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<FilterName, string>;
  let from = moment(params.get('from'), 'T0');
  let to = moment(params.get('to'), 'T1');
  // a change goes forward in time: an impossible pair falls back to the first moment after `from`
  if (CHANGE_MOMENTS.indexOf(to) <= CHANGE_MOMENTS.indexOf(from)) {
    if (from === 'T3') from = 'T2';
    to = CHANGE_MOMENTS[CHANGE_MOMENTS.indexOf(from) + 1]!;
  }
  /** the selection every question of the dashboard is asked about */
  const query: Query = {
    projectId,
    sector: filter.sector || undefined,
    keyAction: filter.keyAction || undefined,
    activityType: filter.activityType || undefined,
    callYear: filter.callYear || undefined,
    organisationId: filter.organisationId || undefined,
  };
  const set = (name: FilterName, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: false },
    );
  const reset = () => setParams(new URLSearchParams());
  const any = FILTERS.some((name) => filter[name]);
  return { filter, query, from, to, set, reset, any };
}
export type Selection = ReturnType<typeof useSelection>;
