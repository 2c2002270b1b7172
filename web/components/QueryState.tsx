import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isNotFound } from '../lib/errors.js';
import { ErrorAlert, LoadingState } from './States.js';

type DataOf<Q extends readonly UseQueryResult<unknown>[]> = { [K in keyof Q]: Q[K] extends UseQueryResult<infer T> ? T : never };

interface Common {
  /** What to show when the server says the thing is not there (or not for this user). */
  notFound?: ReactNode;
}

/**
 * The one way a page shows server state: a spinner until the data is there, the failure with a
 * "try again" when it cannot be loaded, and otherwise the data (with the failure of a later
 * refresh above it, so nothing the user was reading disappears).
 */
export function QueryState<T>(props: Common & { query: UseQueryResult<T>; children: (data: T) => ReactNode }): ReactNode;
export function QueryState<const Q extends readonly UseQueryResult<unknown>[]>(
  props: Common & { queries: Q; children: (data: DataOf<Q>) => ReactNode },
): ReactNode;
export function QueryState(
  props: Common & { query?: UseQueryResult<unknown>; queries?: readonly UseQueryResult<unknown>[]; children: (data: never) => ReactNode },
): ReactNode {
  const queries = props.queries ?? (props.query ? [props.query] : []);
  const failed = queries.find((q) => q.isError);
  if (props.notFound && queries.some((q) => isNotFound(q.error))) return props.notFound;
  const retry = () => {
    for (const q of queries) if (q.isError) void q.refetch();
  };
  if (queries.some((q) => q.data === undefined)) {
    return failed ? <ErrorAlert error={failed.error} onRetry={retry} /> : <LoadingState />;
  }
  const data = queries.map((q) => q.data);
  const render = props.children as (data: unknown) => ReactNode;
  return (
    <>
      {failed ? <ErrorAlert error={failed.error} onRetry={retry} /> : null}
      {render(props.queries ? data : data[0])}
    </>
  );
}
