import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AnalyticsCall, analytics } from '../../api/analytics.js';
import type { Query } from '../../api/client.js';
import { keys } from '../../api/keys.js';

// The dashboards' server state: one query per question and selection. Changing a filter keeps the figures on
// screen (dimmed) until the new ones are there.

type Answer<C extends AnalyticsCall> = Awaited<ReturnType<(typeof analytics)[C]>>;

export function useAnalytics<C extends AnalyticsCall>(call: C, query: Query, enabled = true) {
  return useQuery<Answer<C>>({
    queryKey: keys.analytics.call(call, query),
    queryFn: ({ signal }) => analytics[call](query, signal) as Promise<Answer<C>>,
    placeholderData: keepPreviousData,
    enabled,
  });
}
