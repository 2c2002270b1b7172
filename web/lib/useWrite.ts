import { type QueryClient, type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A write to the server. After it succeeds, `refresh` brings the cache up to date: it puts in what
 * the server answered and invalidates what the write changed elsewhere. The write resolves only
 * once the pages on screen show the new state, so a notice never announces what is not there yet.
 */
export function useWrite<I, R>(
  send: (input: I) => Promise<R>,
  refresh?: (client: QueryClient, result: R, input: I) => unknown,
): UseMutationResult<R, unknown, I> {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: async (result, input) => void (await refresh?.(client, result, input)) });
}

/** Waits for every invalidation, so the caller can rely on fresh data. */
export const invalidate = (client: QueryClient, ...keys: readonly (readonly unknown[])[]) =>
  Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));

/** Marks what a write changed that is not on screen: it loads again when it is next shown, not now. */
export const markStale = (client: QueryClient, ...keys: readonly (readonly unknown[])[]) => {
  for (const queryKey of keys) void client.invalidateQueries({ queryKey, refetchType: 'none' });
};
