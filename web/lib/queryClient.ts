import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.js';

/**
 * The one cache of server state. A refusal (4xx) is an answer, not a glitch: only network errors
 * and server errors are tried again, once.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
    mutations: { retry: false },
  },
});
